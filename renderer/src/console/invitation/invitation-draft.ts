import { DEFAULT_CONFIDENTIALITY, DEFAULT_WHAT_TO_EXPECT } from '#shared/invitation/invitation';

/** What the facilitator writes on the invitation beyond the group's own fields. */
export interface InvitationDraft {
  whoFor: string;
  whatToExpect: string;
  confidentiality: string;
  contact: string;
}

/** The suggested wording of the two prefilled parts, in the console's language. */
export interface InvitationDefaults {
  whatToExpect: string;
  confidentiality: string;
}

const key = (groupId: string) => `circlekeeper.invitation.${groupId}`;

export const emptyDraft = (defaults: InvitationDefaults): InvitationDraft => ({
  whoFor: '',
  whatToExpect: defaults.whatToExpect,
  confidentiality: defaults.confidentiality,
  contact: '',
});

/**
 * The invitation being written is kept on this computer, like a document in
 * progress: it holds only what the facilitator chose to make public, never
 * member data, so it needs no place in the group's record. A prefilled part
 * left as suggested is kept as "the suggestion" (null), so it follows the
 * console's language; the English wording kept before counts as that too.
 */
export function readDraft(groupId: string, defaults: InvitationDefaults): InvitationDraft {
  const empty = emptyDraft(defaults);
  try {
    const stored = JSON.parse(localStorage.getItem(key(groupId)) ?? 'null') as Partial<Record<keyof InvitationDraft, unknown>> | null;
    const text = (value: unknown, fallback: string, english?: string) =>
      typeof value === 'string' && value !== english ? value.slice(0, 1000) : fallback;
    return {
      whoFor: text(stored?.whoFor, empty.whoFor),
      whatToExpect: text(stored?.whatToExpect, empty.whatToExpect, DEFAULT_WHAT_TO_EXPECT),
      confidentiality: text(stored?.confidentiality, empty.confidentiality, DEFAULT_CONFIDENTIALITY),
      contact: text(stored?.contact, empty.contact),
    };
  } catch {
    return empty;
  }
}

export function rememberDraft(groupId: string, draft: InvitationDraft, defaults: InvitationDefaults): void {
  try {
    localStorage.setItem(
      key(groupId),
      JSON.stringify({
        ...draft,
        whatToExpect: draft.whatToExpect === defaults.whatToExpect ? null : draft.whatToExpect,
        confidentiality: draft.confidentiality === defaults.confidentiality ? null : draft.confidentiality,
      }),
    );
  } catch {
    // Not kept past this page; the invitation can still be printed now.
  }
}
