import type { Database } from '../storage/database';
import type { GroupHolding } from './backup-summary';

/** What the list needs of a past meeting: the digests hold it, so no archive is opened. */
export interface PastMeetingMark {
  meetingId: string;
  date: string;
  /** 'ended' or 'cancelled'; only ended meetings were held. */
  status: string;
}

/**
 * What each group holds: members on the list (not those who left), meetings
 * held (ended, not cancelled) and the last one's date. Past meetings come
 * from the digests; a file from before archives still holds them in the hot
 * data, so those count too.
 */
export function holdingsOf(
  hot: Pick<Database, 'groups' | 'members' | 'meetings'>,
  pastOf: (groupId: string) => readonly PastMeetingMark[],
): GroupHolding[] {
  return hot.groups.map((group) => {
    const past = pastOf(group.id);
    const known = new Set(past.map((d) => d.meetingId));
    const held = [
      ...past.filter((d) => d.status === 'ended').map((d) => d.date),
      ...hot.meetings.filter((m) => m.groupId === group.id && m.status === 'ended' && !known.has(m.id)).map((m) => m.date),
    ].sort();
    return {
      groupId: group.id,
      name: group.name,
      members: hot.members.filter((m) => m.groupId === group.id && m.status !== 'left').length,
      meetingsHeld: held.length,
      lastMeeting: held.at(-1) ?? null,
    };
  });
}

/** The dates of the meetings a group held, oldest first: for saying which ones a restore would take out. */
export function heldDates(past: readonly PastMeetingMark[]): string[] {
  return past
    .filter((d) => d.status === 'ended')
    .map((d) => d.date)
    .sort();
}

/** Display names of a group's members who have not left, for the restore preview (console only). */
export function currentMemberNames(members: readonly { groupId: string; displayName: string; status: string }[], groupId: string): string[] {
  return members.filter((m) => m.groupId === groupId && m.status !== 'left').map((m) => m.displayName);
}
