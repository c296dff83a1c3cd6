/**
 * Erasure and retention applied to stored data as it was read from a file
 * of any version (a backup may be older than this app), so they reach the
 * backups too. Each returns whether it changed anything.
 */
type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Raw[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** What erasing a member who left leaves of them: the record, for the counts, and nothing that points at the person. */
export const ERASED_MEMBER_FIELDS = {
  displayName: 'Former member',
  fullName: null,
  contact: null,
  checkOnMe: false,
  volunteersForRoles: false,
  erased: true,
} as const;

export function eraseMemberIn(raw: Raw, memberId: string): boolean {
  let changed = false;
  // Their personal goals and care record (data version 5 on) point at the person, so they go whole.
  for (const key of ['personalGoals', 'memberCare']) {
    const list = raw[key];
    if (!Array.isArray(list)) continue;
    const kept = list.filter((record) => !(isRecord(record) && record.memberId === memberId));
    if (kept.length !== list.length) {
      raw[key] = kept;
      changed = true;
    }
  }
  for (const member of records(raw.members)) {
    if (member.id !== memberId) continue;
    for (const [key, value] of Object.entries(ERASED_MEMBER_FIELDS)) {
      if (key in member && member[key] !== value) {
        member[key] = value;
        changed = true;
      }
    }
  }
  return changed;
}

/** Clears the private notes (meeting and per item) of meetings dated before `cutoff` (an ISO date). */
export function clearPrivateNotesBefore(raw: Raw, cutoff: string): boolean {
  let changed = false;
  for (const meeting of records(raw.meetings)) {
    if (typeof meeting.date !== 'string' || meeting.date >= cutoff || !isRecord(meeting.notes)) continue;
    const notes = meeting.notes;
    if ((typeof notes.private === 'string' && notes.private !== '') || (isRecord(notes.items) && Object.keys(notes.items).length > 0)) {
      meeting.notes = { ...notes, private: '', items: {} };
      changed = true;
    }
  }
  return changed;
}

/** Backups keep no anonymous survey answers: two of them side by side would show which answers came between. */
export function withoutSurveyAnswers(raw: Raw): Raw {
  return 'surveyResponses' in raw ? { ...raw, surveyResponses: [] } : raw;
}
