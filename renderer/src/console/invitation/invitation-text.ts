import type { InvitationContent } from '#shared/invitation/invitation';
import type { Translate } from '#shared/i18n/translator';

/**
 * The invitation as plain text in the console's language (as
 * shared/invitation's invitationText, with translated headings), to paste
 * into a social media post or a newsletter. Empty parts are left out.
 */
export function invitationTextIn(t: Translate, content: InvitationContent): string {
  const part = (heading: string, text: string) => (text.trim() === '' ? null : `${heading}\n${text.trim()}`);
  const dates = content.nextDates.length > 0 ? `${t('invitation.sheet.next')}\n${content.nextDates.map((d) => `- ${d}`).join('\n')}` : null;
  return [
    content.groupName.trim(),
    content.purpose.trim() === '' ? null : content.purpose.trim(),
    part(t('invitation.sheet.whoFor'), content.whoFor),
    dates,
    part(t('invitation.sheet.where'), content.venue),
    part(t('invitation.sheet.firstMeeting'), content.whatToExpect),
    part(t('invitation.sheet.confidentiality'), content.confidentiality),
    part(t('invitation.sheet.contact'), content.contact),
  ]
    .filter((p): p is string => p !== null && p !== '')
    .join('\n\n')
    .concat('\n');
}
