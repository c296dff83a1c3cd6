import { z } from 'zod';
import { EntityId } from '../domain/names';
import type { Member, MemberStatus } from '../domain/types';
import type { MeetingDigest } from '../history/digest';
import { addDays, formatDate, parseDate } from '../schedule/zoned-time';
import { StoredIsoDate } from '../schedule/schedule';

export const REACH_OUTS_MAX = 100;
export const DEFAULT_CHECK_IN_AFTER_MISSED = 3;

/**
 * What the facilitator keeps to look after one member, only for members it
 * concerns (most have none, so the hot file does not grow with the roster):
 * the last day of a break, and the days someone reached out. A date only:
 * no content, not even who.
 */
export const MemberCare = z.strictObject({
  memberId: EntityId,
  groupId: EntityId,
  /** The last day of the member's break; null when the break has no end date, or there is no break. */
  breakUntil: StoredIsoDate.nullable(),
  reachedOut: z.array(StoredIsoDate).max(REACH_OUTS_MAX),
});
export type MemberCare = z.infer<typeof MemberCare>;

type StatusFacts = Pick<Member, 'status' | 'statusLog'>;

/** The member's status on a day, from their status log (an undated change is older than the log). */
export function statusOn(member: Pick<Member, 'statusLog'>, date: string): MemberStatus {
  let status: MemberStatus = 'active';
  for (const change of member.statusLog) {
    if (change.date !== null && change.date > date) break;
    status = change.status;
  }
  return status;
}

/** The day after a date, as an ISO date. */
export function dayAfter(date: string): string {
  const day = parseDate(date);
  return day ? formatDate(addDays(day, 1)) : date;
}

/**
 * The day a member's current break ended by itself (the day after its end
 * date), when it has ended by `today`; null while it goes on, or when they
 * are not on a break. The handlers then log the return (see settleBreak).
 */
export function breakEndedOn(member: StatusFacts, care: MemberCare | undefined, today: string): string | null {
  if (member.status !== 'on_break' || !care?.breakUntil || today <= care.breakUntil) return null;
  return dayAfter(care.breakUntil);
}

/** Whether the member is on a break on a day: their logged status then, less the part of the current break past its end date. */
export function onBreakOn(member: StatusFacts, care: MemberCare | undefined, date: string): boolean {
  if (statusOn(member, date) !== 'on_break') return false;
  const last = member.statusLog[member.statusLog.length - 1];
  const inCurrentBreak = member.status === 'on_break' && last?.status === 'on_break' && (last.date === null || last.date <= date);
  return !(inCurrentBreak && care?.breakUntil && date > care.breakUntil);
}

export function onBreakNow(member: StatusFacts, care: MemberCare | undefined, today: string): boolean {
  return member.status === 'on_break' && breakEndedOn(member, care, today) === null;
}

export interface MissedRun {
  /** Held meetings missed in a row, back from the latest: excused ones and those during a break neither count nor end the run. */
  missed: number;
  /** The date of the latest held meeting they came to, if any. */
  lastPresent: string | null;
}

/**
 * A member's current run of missed meetings, from the group's held meetings
 * (digests, oldest first). Meetings before they joined never count, nor
 * one they were excused from, nor one while they were on a break or gone.
 * Guests are never members, so they never count.
 */
export function missedRun(
  member: Pick<Member, 'id' | 'joinedOn' | 'status' | 'statusLog'>,
  care: MemberCare | undefined,
  digests: readonly MeetingDigest[],
): MissedRun {
  let missed = 0;
  for (let i = digests.length - 1; i >= 0; i -= 1) {
    const digest = digests[i] as MeetingDigest;
    if (digest.status !== 'ended') continue;
    if (digest.date < member.joinedOn) break;
    if (digest.present.includes(member.id)) return { missed, lastPresent: digest.date };
    if (digest.excused.includes(member.id)) continue;
    if (statusOn(member, digest.date) === 'left' || onBreakOn(member, care, digest.date)) continue;
    missed += 1;
  }
  return { missed, lastPresent: null };
}

/**
 * The day a member came back from their latest break, while they have not
 * yet been to a held meeting since: the facilitator welcomes them back at
 * the next check-in. Null otherwise.
 */
export function welcomeBackSince(
  member: Pick<Member, 'id' | 'status' | 'statusLog'>,
  care: MemberCare | undefined,
  digests: readonly MeetingDigest[],
  today: string,
): string | null {
  let backOn: string | null = null;
  if (member.status === 'on_break') backOn = breakEndedOn(member, care, today);
  else if (member.status === 'active') {
    const log = member.statusLog;
    const last = log[log.length - 1];
    const before = log[log.length - 2];
    if (last?.status === 'active' && before?.status === 'on_break') backOn = last.date;
  }
  if (backOn === null) return null;
  const since = backOn;
  return digests.some((d) => d.status === 'ended' && d.date >= since && d.present.includes(member.id)) ? null : since;
}

export interface CheckInEntry {
  memberId: string;
  displayName: string;
  missedInARow: number;
  lastPresent: string | null;
  /** The latest day someone reached out to them, if ever. */
  lastReachedOut: string | null;
}

export interface WelcomeBack {
  memberId: string;
  displayName: string;
  backOn: string;
}

export interface CheckInList {
  /** Missed meetings in a row that put someone who opted in on the list. */
  threshold: number;
  /** Only members who opted in to being checked on, past the threshold and not on a break: most missed first. */
  listed: CheckInEntry[];
  /** Members past the threshold who did not opt in: counted, never named. */
  notOptedIn: number;
  /** Members who opted in and are past the threshold, but are on a break: not listed until it ends. */
  onBreak: number;
  /** Members back from a break who have not been to a meeting since. */
  welcomeBack: WelcomeBack[];
  /** Members who have never been to a held meeting: the next one is their first, and they are welcomed as newcomers. */
  firstMeeting: string[];
}

/** Who to check in with, for one group. Members who left, and erased ones, are never on it. */
export function checkInList(
  members: readonly Member[],
  care: readonly MemberCare[],
  digests: readonly MeetingDigest[],
  threshold: number,
  today: string,
): CheckInList {
  const careOf = new Map(care.map((c) => [c.memberId, c]));
  const out: CheckInList = { threshold, listed: [], notOptedIn: 0, onBreak: 0, welcomeBack: [], firstMeeting: [] };
  const cameOnce = new Set(digests.flatMap((d) => (d.status === 'ended' ? d.present : [])));
  for (const member of members) {
    if (member.erased || member.status === 'left') continue;
    if (!cameOnce.has(member.id)) out.firstMeeting.push(member.id);
    const own = careOf.get(member.id);
    const backOn = welcomeBackSince(member, own, digests, today);
    if (backOn !== null) out.welcomeBack.push({ memberId: member.id, displayName: member.displayName, backOn });
    const run = missedRun(member, own, digests);
    if (run.missed < threshold) continue;
    if (!member.checkOnMe) {
      if (!onBreakNow(member, own, today)) out.notOptedIn += 1;
      continue;
    }
    if (onBreakNow(member, own, today)) {
      out.onBreak += 1;
      continue;
    }
    out.listed.push({
      memberId: member.id,
      displayName: member.displayName,
      missedInARow: run.missed,
      lastPresent: run.lastPresent,
      lastReachedOut: own?.reachedOut[own.reachedOut.length - 1] ?? null,
    });
  }
  out.listed.sort((a, b) => b.missedInARow - a.missedInARow || a.displayName.localeCompare(b.displayName));
  out.welcomeBack.sort((a, b) => a.displayName.localeCompare(b.displayName));
  return out;
}
