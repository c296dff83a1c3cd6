import { z } from 'zod';
import { EntityId } from '../domain/names';
import { Meeting } from '../domain/types';
import { ActionItem } from '../actions/action-items';
import { MeetingDigest } from '../history/digest';
import { type Database } from './database';

/**
 * How the record is laid out on disk (schema version 3 on):
 * - the hot file: groups, members, templates, meetings not yet held, open
 *   action items (and those of meetings not yet held), surveys, suggestions,
 *   settings and the room. A live key press rewrites only this.
 * - one archive per group and year: the meetings that ended or were
 *   cancelled that year, and their action items once done. Written when a
 *   meeting ends and on the rare later edit.
 * - one digest file per group: a MeetingDigest per archived meeting.
 */

/**
 * The version archives and digest files are written with. They have kept the
 * shape of data version 3 (version 4 changed only the hot file's members), so
 * they still say 3: the files already on disk stay valid as they are, and a
 * Circlekeeper of version 3 still reads them. Raise it when their shape changes.
 */
export const ARCHIVE_SCHEMA_VERSION = 3;

/** "<groupId>/<year>": which archive file a past meeting lives in. */
export type ArchiveKey = string;

export const ArchiveFile = z.strictObject({
  schemaVersion: z.literal(ARCHIVE_SCHEMA_VERSION),
  groupId: EntityId,
  year: z.number().int().min(1970).max(9999),
  meetings: z.array(Meeting),
  actionItems: z.array(ActionItem),
});
export type ArchiveFile = z.infer<typeof ArchiveFile>;

export const DigestFile = z.strictObject({
  schemaVersion: z.literal(ARCHIVE_SCHEMA_VERSION),
  groupId: EntityId,
  digests: z.array(MeetingDigest),
});
export type DigestFile = z.infer<typeof DigestFile>;

/** A meeting that has been held or called off is history; nothing on a meeting night rewrites it. */
export function isPast(meeting: Pick<Meeting, 'status'>): boolean {
  return meeting.status === 'ended' || meeting.status === 'cancelled';
}

export function archiveKeyOf(meeting: Pick<Meeting, 'groupId' | 'date'>): ArchiveKey {
  return `${meeting.groupId}/${meeting.date.slice(0, 4)}`;
}

export function parseArchiveKey(key: ArchiveKey): { groupId: string; year: number } {
  const [groupId = '', year = ''] = key.split('/');
  return { groupId, year: Number(year) };
}

export function emptyArchive(key: ArchiveKey): ArchiveFile {
  const { groupId, year } = parseArchiveKey(key);
  return { schemaVersion: ARCHIVE_SCHEMA_VERSION, groupId, year, meetings: [], actionItems: [] };
}

export interface ArchivePart {
  meetings: Meeting[];
  actionItems: ActionItem[];
}

export interface Partitioned {
  hot: Database;
  /** Only the archives that the given data has records for. */
  archives: Map<ArchiveKey, ArchivePart>;
}

/**
 * Splits a working copy into the hot part and the archive parts. An action
 * item stays hot while it is open or its meeting is not yet history, so the
 * follow-ups of the next meeting never need an archive. `locate` finds the
 * archive of a past meeting that is not in `data` (from the digests).
 */
export function partition(data: Database, locate: (meetingId: string) => ArchiveKey | null): Partitioned {
  const archives = new Map<ArchiveKey, ArchivePart>();
  const partOf = (key: ArchiveKey): ArchivePart => {
    let part = archives.get(key);
    if (!part) {
      part = { meetings: [], actionItems: [] };
      archives.set(key, part);
    }
    return part;
  };
  const hotMeetings: Meeting[] = [];
  const pastKeys = new Map<string, ArchiveKey>();
  for (const meeting of data.meetings) {
    if (isPast(meeting)) {
      const key = archiveKeyOf(meeting);
      pastKeys.set(meeting.id, key);
      partOf(key).meetings.push(meeting);
    } else {
      hotMeetings.push(meeting);
    }
  }
  const hotItems = data.actionItems.filter((item) => {
    if (item.status === 'open') return true;
    const key = pastKeys.get(item.meetingId) ?? (data.meetings.some((m) => m.id === item.meetingId) ? null : locate(item.meetingId));
    if (key === null) return true;
    partOf(key).actionItems.push(item);
    return false;
  });
  const same = hotMeetings.length === data.meetings.length && hotItems.length === data.actionItems.length;
  return { hot: same ? data : { ...data, meetings: hotMeetings, actionItems: hotItems }, archives };
}
