/**
 * A small hand-made history for the report tests, with every answer worked
 * out by hand in the tests that use it. One group (g1), weekly on Tuesdays in
 * 2026, five members:
 *
 *   a Ann  joined 2026-01-06, active throughout                    heard: workplace
 *   b Ben  joined 2026-01-06, on a break 2026-02-20 → 2026-05-04   heard: referred_by_member
 *   c Cat  joined 2026-01-06, on a break since before version 4    heard: not recorded
 *          (status log [{ date: null, on_break }]; last came 2026-02-10)
 *   d Dan  joined 2026-01-13, left 2026-01-30, then erased         heard: workplace
 *   e Eve  joined 2026-02-03, active                               heard: social_media
 *
 * Meetings (ms of speaking in minutes: 1 min = 60 000 ms; g = a guest):
 *   M1 01-06 ended  a b c          a 5 min, b 5, c 5 (one turn each)      90 planned, 90 actual
 *   M2 01-13 ended  a b d + 1 g    a 10 (2 turns), b 0 (a pass), d 3⅓, g 3⅓  90 planned, 100.5 actual
 *   M3 01-20 cancelled
 *   M4 01-27 ended  guests only: 2 g, nobody spoke; no times
 *   M5 02-03 ended  a c e          a 2, c 0 (a pass, then a turn of no time), e 4   90 planned, 91 actual
 *   M6 02-10 ended  a b c e        nobody's speaking recorded              90 planned, 95 actual
 *   M7 05-05 ended  a b            a 1, b 1; no times
 *   M8 07-14 ended  a e            a 1, e 1; no times
 *
 * Check-outs: M1 ratings one each of 3, 4, 5; heard 2 yes, 1 somewhat.
 *             M2 ratings two 4s (below three: hidden); heard 4 yes.
 *             M5 ratings one 2, three 5s; heard 1 yes, 1 somewhat, 1 no.
 *             M6 one rating of 1 (hidden). Others none.
 * Agenda: M1 welcome 5 planned / 6 actual, check-in 30 / 40, open sharing 40 skipped;
 *         M2 welcome 5 / 4, check-in 30 / 35.
 */
import type { Member } from '#shared/domain/types';
import type { Survey, SurveyResponse } from '#shared/feedback/surveys';
import { sequenceDigests, type DigestItem, type DigestSpeaker, type MeetingDigest } from '#shared/history/digest';
import { testMember } from './fixtures';

export const GROUP = { id: 'g1', name: 'Tuesday Circle, "the Quiet Room"' };
export const TODAY = '2026-11-24';
const MIN = 60_000;

function member(id: string, name: string, joinedOn: string, extra: Partial<Member> = {}): Member {
  return { ...testMember(id, 'g1', name), joinedOn, ...extra };
}

export const MEMBERS: Member[] = [
  member('a', 'Ann', '2026-01-06', { heardFrom: 'workplace' }),
  member('b', 'Ben', '2026-01-06', {
    heardFrom: 'referred_by_member',
    statusLog: [
      { date: '2026-02-20', status: 'on_break' },
      { date: '2026-05-04', status: 'active' },
    ],
  }),
  member('c', 'Cat', '2026-01-06', { status: 'on_break', statusLog: [{ date: null, status: 'on_break' }] }),
  member('d', 'Former member', '2026-01-13', {
    heardFrom: 'workplace',
    status: 'left',
    leftOn: '2026-01-30',
    statusLog: [{ date: '2026-01-30', status: 'left' }],
    erased: true,
  }),
  member('e', 'Eve', '2026-02-03', { heardFrom: 'social_media' }),
];

type Speaker = [memberId: string | null, minutes: number, turns: number, passes: number];

interface MeetingSpec {
  id: string;
  date: string;
  cancelled?: boolean;
  speakers?: Speaker[];
  actualMinutes?: number;
  ratings?: number[];
  heard?: { yes: number; somewhat: number; no: number };
  items?: DigestItem[];
}

function digest(spec: MeetingSpec): MeetingDigest {
  const startsAt = Date.parse(`${spec.date}T19:00:00Z`);
  const speakers: DigestSpeaker[] = (spec.speakers ?? []).map(([memberId, minutes, turns, passes]) => ({
    memberId,
    ms: Math.round(minutes * MIN),
    turns,
    passes,
  }));
  const held = !spec.cancelled;
  return {
    meetingId: spec.id,
    groupId: 'g1',
    date: spec.date,
    startsAt,
    status: held ? 'ended' : 'cancelled',
    plannedMinutes: 90,
    agendaMinutes: (spec.items ?? []).reduce((sum, i) => sum + i.plannedMinutes, 0),
    startedAt: held && spec.actualMinutes !== undefined ? startsAt : null,
    endedAt: held && spec.actualMinutes !== undefined ? startsAt + spec.actualMinutes * MIN : null,
    present: speakers.flatMap((s) => (s.memberId === null ? [] : [s.memberId])),
    guests: speakers.filter((s) => s.memberId === null).length,
    excused: [],
    late: 0,
    newcomers: [],
    returners: [],
    speakers,
    items: spec.items ?? [],
    checkout: { ratings: spec.ratings ?? [0, 0, 0, 0, 0], heard: spec.heard ?? { yes: 0, somewhat: 0, no: 0 } },
    roles: { facilitator: null, timekeeper: null, note_taker: null },
    hasPrivateNotes: false,
  };
}

const item = (kind: DigestItem['kind'], plannedMinutes: number, actualMinutes: number, skipped = false): DigestItem => ({
  kind,
  plannedMinutes,
  actualMs: actualMinutes * MIN,
  skipped,
});

/** Through sequenceDigests, as the store keeps them: newcomers and returners filled in. */
export const DIGESTS: MeetingDigest[] = sequenceDigests(
  (
    [
      {
        id: 'M1',
        date: '2026-01-06',
        speakers: [
          ['a', 5, 1, 0],
          ['b', 5, 1, 0],
          ['c', 5, 1, 0],
        ],
        actualMinutes: 90,
        ratings: [0, 0, 1, 1, 1],
        heard: { yes: 2, somewhat: 1, no: 0 },
        items: [item('welcome', 5, 6), item('check_in_round', 30, 40), item('open_sharing', 40, 0, true)],
      },
      {
        id: 'M2',
        date: '2026-01-13',
        speakers: [
          ['a', 10, 2, 0],
          ['b', 0, 0, 1],
          ['d', 10 / 3, 1, 0],
          [null, 10 / 3, 1, 0],
        ],
        actualMinutes: 100.5,
        ratings: [0, 0, 0, 2, 0],
        heard: { yes: 4, somewhat: 0, no: 0 },
        items: [item('welcome', 5, 4), item('check_in_round', 30, 35)],
      },
      { id: 'M3', date: '2026-01-20', cancelled: true },
      {
        id: 'M4',
        date: '2026-01-27',
        speakers: [
          [null, 0, 0, 0],
          [null, 0, 0, 0],
        ],
      },
      {
        id: 'M5',
        date: '2026-02-03',
        speakers: [
          ['a', 2, 1, 0],
          // Cat passed, and the round ended on her: a turn of no time, which is not speaking.
          ['c', 0, 1, 1],
          ['e', 4, 1, 0],
        ],
        actualMinutes: 91,
        ratings: [0, 1, 0, 0, 3],
        heard: { yes: 1, somewhat: 1, no: 1 },
      },
      {
        id: 'M6',
        date: '2026-02-10',
        speakers: [
          ['a', 0, 0, 0],
          ['b', 0, 0, 0],
          ['c', 0, 0, 0],
          ['e', 0, 0, 0],
        ],
        actualMinutes: 95,
        ratings: [1, 0, 0, 0, 0],
      },
      {
        id: 'M7',
        date: '2026-05-05',
        speakers: [
          ['a', 1, 1, 0],
          ['b', 1, 1, 0],
        ],
      },
      {
        id: 'M8',
        date: '2026-07-14',
        speakers: [
          ['a', 1, 1, 0],
          ['e', 1, 1, 0],
        ],
      },
    ] satisfies MeetingSpec[]
  ).map(digest),
);

/**
 * Surveys: S1 and S2 ask the same four questions (S2 is S1 made again in
 * the autumn, under a new title); S3 asks something else.
 *   S1: 01-06 ×2, 01-13 ×2          → run 1 (4 answers; 7 days apart is one run)
 *       04-07 ×3                    → run 2 (84 days after 01-13, more than 42: a new run)
 *       07-07 ×2                    → 91 days on, a run of its own, but two answers
 *                                     alone would be hidden, so they join run 2: 5)
 *   S2: 10-06 ×1                    → one run, hidden (1 answer)
 *   S3: 02-03 ×3                    → one run of a different survey
 */
const questions = (prefix: string): Survey['questions'] => [
  { id: `${prefix}q1`, kind: 'rating', prompt: 'How welcome do you feel?', options: [] },
  { id: `${prefix}q2`, kind: 'yes_no', prompt: 'Is Tuesday still good?', options: [] },
  { id: `${prefix}q3`, kind: 'choice', prompt: 'What would help most?', options: ['More time, "longer" rounds', 'Tea'] },
  { id: `${prefix}q4`, kind: 'text', prompt: 'Anything else?', options: [] },
];
export const SURVEYS: Survey[] = [
  { id: 'S1', groupId: 'g1', title: 'How are we doing?', questions: questions('s1') },
  { id: 'S2', groupId: 'g1', title: 'How are we doing? (autumn)', questions: questions('s2') },
  { id: 'S3', groupId: 'g1', title: 'Venue', questions: [{ id: 's3q1', kind: 'yes_no', prompt: 'Keep the hall?', options: [] }] },
];
const MORE = 'More time, "longer" rounds';
const s1 = (date: string, q1: number | null, q2: boolean | null, q3: string | null, q4: string | null = null): SurveyResponse => ({
  surveyId: 'S1',
  date,
  answers: { s1q1: q1, s1q2: q2, s1q3: q3, s1q4: q4 },
});
export const RESPONSES: SurveyResponse[] = [
  // Stored shuffled, as the app stores them.
  s1('2026-04-07', 2, false, 'Tea'),
  s1('2026-01-13', 4, false, MORE),
  { surveyId: 'S3', date: '2026-02-03', answers: { s3q1: true } },
  s1('2026-01-06', 5, true, MORE, 'Nice'),
  s1('2026-07-07', 5, true, MORE),
  { surveyId: 'S2', date: '2026-10-06', answers: { s2q1: 1, s2q2: false, s2q3: 'Tea', s2q4: null } },
  s1('2026-04-07', 3, false, 'Tea'),
  { surveyId: 'S3', date: '2026-02-03', answers: { s3q1: true } },
  s1('2026-01-06', 4, true, 'Tea'),
  s1('2026-07-07', 1, false, 'Tea'),
  s1('2026-01-13', null, true, null, 'ok'),
  { surveyId: 'S3', date: '2026-02-03', answers: { s3q1: false } },
  s1('2026-04-07', 3, true, MORE),
  // Another group's survey answer never counts here.
  { surveyId: 'OTHER', date: '2026-04-07', answers: { x: 5 } },
];
