import { z } from 'zod';
import { AgendaItemKind } from '../agenda/agenda';
import { EntityId } from '../domain/names';
import { EpochMs, RoleAssignmentSchema, type Meeting } from '../domain/types';
import { Checkout } from '../feedback/checkout';
import { StoredIsoDate } from '../schedule/schedule';

/** Everyone present, once: a member by id, a guest as null (guests are never followed over time). */
export const DigestSpeaker = z.strictObject({
  memberId: EntityId.nullable(),
  ms: z.number().nonnegative(),
  turns: z.number().int().nonnegative(),
  passes: z.number().int().nonnegative(),
});
export type DigestSpeaker = z.infer<typeof DigestSpeaker>;

export const DigestItem = z.strictObject({
  kind: AgendaItemKind,
  plannedMinutes: z.number().int().nonnegative(),
  actualMs: z.number().nonnegative(),
  skipped: z.boolean(),
});
export type DigestItem = z.infer<typeof DigestItem>;

/**
 * What the reports need of one past meeting, small enough that ten years of
 * them are read without opening the archives. Ids and counts only: no names,
 * no notes, no feedback text. Derived from the archived meeting (and the
 * digests before it, for newcomers and returners), so it can be rebuilt.
 */
export const MeetingDigest = z.strictObject({
  meetingId: EntityId,
  groupId: EntityId,
  date: StoredIsoDate,
  startsAt: EpochMs,
  status: z.enum(['ended', 'cancelled']),
  /** The meeting's planned length, and the sum of its agenda's minutes. */
  plannedMinutes: z.number().int().nonnegative(),
  agendaMinutes: z.number().int().nonnegative(),
  /** Null for a cancelled meeting. */
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  /** Members present, by id. */
  present: z.array(EntityId),
  guests: z.number().int().nonnegative(),
  excused: z.array(EntityId),
  late: z.number().int().nonnegative(),
  /** Present for the first time in this group. */
  newcomers: z.array(EntityId),
  /** Present after missing the group's previous held meeting, having come before. */
  returners: z.array(EntityId),
  speakers: z.array(DigestSpeaker),
  items: z.array(DigestItem),
  checkout: Checkout,
  roles: RoleAssignmentSchema,
  /** Lets retention find the archives that still hold private notes without opening the rest. */
  hasPrivateNotes: z.boolean(),
});
export type MeetingDigest = z.infer<typeof MeetingDigest>;

function hasPrivateNotes(meeting: Meeting): boolean {
  return meeting.notes.private !== '' || Object.keys(meeting.notes.items).length > 0;
}

/** The digest of one ended or cancelled meeting; newcomers and returners are filled by sequenceDigests. */
export function digestMeeting(meeting: Meeting): MeetingDigest {
  const record = meeting.record;
  const presentEntries = meeting.status === 'ended' ? meeting.attendance.filter((a) => a.status === 'present') : [];
  const turns = record?.turns ?? [];
  const speakers = presentEntries.map((entry) => {
    const own = turns.filter((t) => t.participantId === entry.participantId);
    return {
      memberId: entry.memberId,
      ms: own.reduce((sum, t) => sum + t.durationMs, 0),
      turns: own.filter((t) => !t.passed).length,
      passes: own.filter((t) => t.passed).length,
    };
  });
  return {
    meetingId: meeting.id,
    groupId: meeting.groupId,
    date: meeting.date,
    startsAt: meeting.startsAt,
    status: meeting.status === 'ended' ? 'ended' : 'cancelled',
    plannedMinutes: meeting.durationMinutes,
    agendaMinutes: meeting.agenda.reduce((sum, item) => sum + item.minutes, 0),
    startedAt: record?.startedAt ?? null,
    endedAt: record?.endedAt ?? null,
    present: presentEntries.flatMap((a) => (a.memberId === null ? [] : [a.memberId])),
    guests: presentEntries.filter((a) => a.memberId === null).length,
    excused: meeting.attendance.filter((a) => a.status === 'excused' && a.memberId !== null).map((a) => a.memberId as string),
    late: presentEntries.filter((a) => a.late).length,
    newcomers: [],
    returners: [],
    speakers,
    items: meeting.agenda.map((item) => ({
      kind: item.kind,
      plannedMinutes: item.minutes,
      actualMs: record?.itemActualMs[item.id] ?? 0,
      skipped: record?.skippedItemIds.includes(item.id) ?? false,
    })),
    checkout: { ratings: [...meeting.checkout.ratings], heard: { ...meeting.checkout.heard } },
    roles: { ...meeting.roles },
    hasPrivateNotes: hasPrivateNotes(meeting),
  };
}

/**
 * Sorts one group's digests by time and fills in who came for the first
 * time and who came back after missing the previous held meeting. It reads
 * only the digests, so it is cheap to run whenever the list changes.
 */
export function sequenceDigests(digests: readonly MeetingDigest[]): MeetingDigest[] {
  const sorted = [...digests].sort((a, b) => a.startsAt - b.startsAt || a.meetingId.localeCompare(b.meetingId));
  const seen = new Set<string>();
  let previous: ReadonlySet<string> = new Set();
  return sorted.map((digest) => {
    if (digest.status !== 'ended') return digest.newcomers.length || digest.returners.length ? { ...digest, newcomers: [], returners: [] } : digest;
    const newcomers = digest.present.filter((id) => !seen.has(id));
    const returners = digest.present.filter((id) => seen.has(id) && !previous.has(id));
    for (const id of digest.present) seen.add(id);
    previous = new Set(digest.present);
    const same = sameIds(newcomers, digest.newcomers) && sameIds(returners, digest.returners);
    return same ? digest : { ...digest, newcomers, returners };
  });
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
