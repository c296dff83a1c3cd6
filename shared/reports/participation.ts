import type { Member } from '../domain/types';
import type { MeetingDigest } from '../history/digest';
import { gini } from './gini';
import { inRange, type RangeBounds } from './range';
import type { MemberShare, ParticipationReport, ParticipationRow } from './report-types';
import { mean, round, trendOf } from './rolling';
import { participationLine } from './summary-lines';

const MINUTE = 60_000;

/**
 * Participation balance per held meeting. Everyone present counts, guests
 * too, and those who did not speak count as speaking for no time: a silent
 * half of the room is an imbalance. Someone "spoke" when they have speaking
 * time: a pass is not speaking, nor is a turn ended at once (a round ended
 * on a member who had passed gives them a turn of no time). A meeting where no speaking time was
 * recorded (the timer was not used) shows as such and is left out of the
 * averages rather than counted as perfectly unequal or equal.
 */
export function participationReport(digests: readonly MeetingDigest[], range: RangeBounds): ParticipationReport {
  const meetings: ParticipationRow[] = digests
    .filter((d) => d.status === 'ended' && inRange(d.date, range))
    .map((d) => {
      const present = d.speakers.length;
      const spoke = d.speakers.filter((s) => s.ms > 0).length;
      const g = gini(d.speakers.map((s) => s.ms));
      return {
        meetingId: d.meetingId,
        date: d.date,
        present,
        spoke,
        shareSpoke: present === 0 ? null : round(spoke / present, 3),
        gini: g === null ? null : round(g, 3),
        passes: d.speakers.reduce((sum, s) => sum + s.passes, 0),
        speakingMinutes: round(d.speakers.reduce((sum, s) => sum + s.ms, 0) / MINUTE, 1),
      };
    });
  const recorded = meetings.filter((m) => m.gini !== null);
  const averageShare = mean(recorded.map((m) => m.shareSpoke ?? 0));
  const averageGini = mean(recorded.map((m) => m.gini ?? 0));
  const trend = trendOf(recorded.map((m) => ({ date: m.date, value: m.gini ?? 0 })));
  const report: Omit<ParticipationReport, 'enough' | 'summary' | 'emptyMessage'> = {
    meetings,
    totals: {
      meetingsWithSpeaking: recorded.length,
      averageShareSpoke: averageShare === null ? null : round(averageShare, 3),
      averageGini: averageGini === null ? null : round(averageGini, 3),
      passes: meetings.reduce((sum, m) => sum + m.passes, 0),
    },
    trend: trend && { ...trend, first: round(trend.first, 3), last: round(trend.last, 3) },
  };
  if (recorded.length === 0) {
    return {
      ...report,
      enough: false,
      summary: null,
      emptyMessage:
        meetings.length === 0 ? [{ id: 'reports.empty.participationNone', values: {} }] : [{ id: 'reports.empty.participationUntimed', values: {} }],
    };
  }
  return { ...report, enough: true, summary: participationLine(report), emptyMessage: null };
}

/**
 * Each member's share of the speaking time against their share of the
 * attendance over the range. Both shares are of everyone present, guests
 * included (one attendance per person per meeting), so a balance of 1 is
 * exactly a fair share of the time the room had. Members whose details were
 * erased keep their figures and lose their name.
 */
export function memberShares(digests: readonly MeetingDigest[], members: readonly Member[], range: RangeBounds): MemberShare[] {
  const byId = new Map(members.map((m) => [m.id, m]));
  const tally = new Map<string, { attended: number; ms: number; turns: number; passes: number }>();
  let attendances = 0;
  let totalMs = 0;
  for (const d of digests) {
    if (d.status !== 'ended' || !inRange(d.date, range)) continue;
    for (const s of d.speakers) {
      attendances += 1;
      totalMs += s.ms;
      if (s.memberId === null) continue;
      const t = tally.get(s.memberId) ?? { attended: 0, ms: 0, turns: 0, passes: 0 };
      t.attended += 1;
      t.ms += s.ms;
      t.turns += s.turns;
      t.passes += s.passes;
      tally.set(s.memberId, t);
    }
  }
  const shares = [...tally].map(([memberId, t]): MemberShare => {
    const member = byId.get(memberId);
    const erased = member?.erased ?? false;
    const attendanceShare = t.attended / attendances;
    const speakingShare = totalMs > 0 ? t.ms / totalMs : null;
    return {
      memberId,
      name: member && !erased ? member.displayName : null,
      erased,
      meetingsAttended: t.attended,
      attendanceShare: round(attendanceShare, 4),
      speakingMinutes: round(t.ms / MINUTE, 1),
      speakingShare: speakingShare === null ? null : round(speakingShare, 4),
      balance: speakingShare === null ? null : round(speakingShare / attendanceShare, 2),
      turns: t.turns,
      passes: t.passes,
    };
  });
  // Most often present first, then by name; erased members (no name) after the named.
  return shares.sort(
    (a, b) =>
      b.meetingsAttended - a.meetingsAttended ||
      Number(a.name === null) - Number(b.name === null) ||
      (a.name ?? '').localeCompare(b.name ?? '') ||
      a.memberId.localeCompare(b.memberId),
  );
}
