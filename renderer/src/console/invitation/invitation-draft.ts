import { DEFAULT_CONFIDENTIALITY, DEFAULT_WHAT_TO_EXPECT } from '#shared/invitation/invitation';

/** What the facilitator writes on the invitation beyond the group's own fields. */
export interface InvitationDraft {
  whoFor: string;
  whatToExpect: string;
  confidentiality: string;
  contact: string;
}

const key = (groupId: string) => `circlekeeper.invitation.${groupId}`;

export const emptyDraft = (): InvitationDraft => ({
  whoFor: '',
  whatToExpect: DEFAULT_WHAT_TO_EXPECT,
  confidentiality: DEFAULT_CONFIDENTIALITY,
  contact: '',
});

/**
 * The invitation being written is kept on this computer, like a document in
 * progress: it holds only what the facilitator chose to make public, never
 * member data, so it needs no place in the group's record.
 */
export function readDraft(groupId: string): InvitationDraft {
  try {
    const stored = JSON.parse(localStorage.getItem(key(groupId)) ?? 'null') as Partial<Record<keyof InvitationDraft, unknown>> | null;
    const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value.slice(0, 1000) : fallback);
    const empty = emptyDraft();
    return {
      whoFor: text(stored?.whoFor, empty.whoFor),
      whatToExpect: text(stored?.whatToExpect, empty.whatToExpect),
      confidentiality: text(stored?.confidentiality, empty.confidentiality),
      contact: text(stored?.contact, empty.contact),
    };
  } catch {
    return emptyDraft();
  }
}

export function rememberDraft(groupId: string, draft: InvitationDraft): void {
  try {
    localStorage.setItem(key(groupId), JSON.stringify(draft));
  } catch {
    // Not kept past this page; the invitation can still be printed now.
  }
}
