/**
 * A one-page invitation to hand out or post: the group's public face. It is
 * made only from what the facilitator chose to put on it and the group's
 * public fields (name, purpose, venue, next dates): no member data can reach
 * it, because none goes in.
 */
export interface InvitationContent {
  groupName: string;
  purpose: string;
  /** "Carers of someone with dementia, and former carers." */
  whoFor: string;
  venue: string;
  /** The next meetings, already written for a person ("Tuesday 1 December 2026, 19:00"). */
  nextDates: readonly string[];
  whatToExpect: string;
  confidentiality: string;
  /** How to get in touch: what the facilitator chooses to put on it. */
  contact: string;
}

export const DEFAULT_WHAT_TO_EXPECT =
  'You are welcome just as you are. We sit in a circle, agree a few ground rules, and take turns to speak — or to pass. Nobody has to share anything. Come a little early for tea, and stay as long as feels right.';

export const DEFAULT_CONFIDENTIALITY =
  'What is shared in the group stays in the group. We use first names only, and we never talk about someone’s story outside.';

/** The invitation as plain text, to paste into a social media post or a newsletter. Empty parts are left out. */
export function invitationText(content: InvitationContent): string {
  const part = (heading: string, text: string) => (text.trim() === '' ? null : `${heading}\n${text.trim()}`);
  const dates = content.nextDates.length > 0 ? `Next meetings\n${content.nextDates.map((d) => `- ${d}`).join('\n')}` : null;
  return [
    content.groupName.trim(),
    content.purpose.trim() === '' ? null : content.purpose.trim(),
    part('Who it is for', content.whoFor),
    dates,
    part('Where', content.venue),
    part('At your first meeting', content.whatToExpect),
    part('Confidentiality', content.confidentiality),
    part('Get in touch', content.contact),
  ]
    .filter((p): p is string => p !== null && p !== '')
    .join('\n\n')
    .concat('\n');
}
