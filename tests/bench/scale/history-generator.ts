/**
 * A deterministic, realistic long history of one group, in the schemaVersion 2
 * shape (one Database object, every meeting in `meetings`), for storage
 * benchmarks and for tests that need years of data. Pure: no I/O, no clock,
 * no Math.random, so the same options always give the same data.
 *
 * Records are built the way the backend handlers build them (group.create,
 * meeting.plan, attendance.*, live.end, actionItem.add, survey.respond,
 * suggestion.add), so sizes and shapes match a real data file.
 */
import type { AgendaItem } from '#shared/agenda/agenda';
import type { AgendaTemplate, HeardFrom, Meeting } from '#shared/domain/types';
import { insertAtRandom } from '#shared/feedback/anonymous-order';
import { type ActionItem } from '#shared/actions/action-items';
import { type Checkout } from '#shared/feedback/checkout';
import { type Suggestion } from '#shared/feedback/suggestions';
import { type Survey, type SurveyResponse } from '#shared/feedback/surveys';
import type { AttendanceEntry, Turn } from '#shared/live/live-state';
import { ROLES } from '#shared/roles/roles';
import { defaultGroundRules, defaultTemplate } from '#shared/i18n/content';
import { backendTranslator } from '../../../electron/backend/i18n/backend-messages';
import { withNewRulesVersion } from '#shared/rules/ground-rules';
import { addDays, daysBetween, formatDate, instantOf, isoWeekday, parseDate, type CivilDate } from '#shared/schedule/zoned-time';
import type { DatabaseV2, GroupV4, MemberV3 } from '#shared/storage/database';

/** The built-in content a group created in English starts with. */
const DEFAULT_GROUND_RULES = defaultGroundRules(backendTranslator('en'));
const { name: DEFAULT_TEMPLATE_NAME, items: DEFAULT_TEMPLATE_ITEMS } = defaultTemplate(backendTranslator('en'));

export interface HistoryOptions {
  years: number;
  /** Everyone who ever joined, left or not. Default 300. */
  members?: number;
  seed?: number;
  /** ISO date of the last meeting held; default '2026-11-24' (a Tuesday). */
  endDate?: string;
}

const TIME_ZONE = 'Europe/London';
const START = { hour: 19, minute: 0 };
const DURATION_MINUTES = 90;
const CORE_MEMBERS = 20;
const MINUTE = 60_000;

// ---- Seeded randomness ------------------------------------------------------

/** mulberry32: tiny, fast and good enough for test data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Rng {
  readonly next: () => number;
  private readonly usedIds = new Set<string>();
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick() from an empty list');
    return item;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  /** Roughly normal around 0 with deviation 1 (sum of uniforms): enough for counts. */
  gaussian(): number {
    return (this.next() + this.next() + this.next() - 1.5) * 2;
  }
  /** Hex like the backend's ids (20 from a UUID; 24 for anonymous records), never repeated. */
  id(length = 20): string {
    for (;;) {
      let text = '';
      while (text.length < length)
        text += Math.floor(this.next() * 2 ** 32)
          .toString(16)
          .padStart(8, '0');
      text = text.slice(0, length);
      if (!this.usedIds.has(text)) {
        this.usedIds.add(text);
        return text;
      }
    }
  }
}

// ---- Dates ------------------------------------------------------------------

function civil(iso: string): CivilDate {
  const date = parseDate(iso);
  if (!date) throw new Error(`Not an ISO date: ${iso}`);
  return date;
}

const plusDays = (iso: string, days: number): string => formatDate(addDays(civil(iso), days));

/** 19:00 wall-clock in London on that date, as meeting.plan computes it (BST or GMT). */
const startsAtOn = (iso: string): number => instantOf({ ...civil(iso), ...START }, TIME_ZONE);

// ---- Text pools ---------------------------------------------------------------

const FIRST_NAMES = [
  'Sam',
  'Alex',
  'Jo',
  'Priya',
  'Tom',
  'Aisha',
  'Ben',
  'Chloe',
  'Dan',
  'Ellie',
  'Femi',
  'Grace',
  'Hamid',
  'Isla',
  'Jack',
  'Kate',
  'Liam',
  'Maya',
  'Nina',
  'Omar',
  'Pete',
  'Rosa',
  'Sian',
  'Theo',
  'Una',
  'Vic',
  'Wes',
  'Yasmin',
  'Zoe',
  'Amir',
  'Bea',
  'Carl',
  'Dev',
  'Erin',
  'Finn',
  'Gita',
  'Hugh',
  'Imran',
  'Jess',
  'Kofi',
  'Leah',
  'Mo',
  'Niamh',
  'Olu',
  'Pat',
  'Ravi',
  'Sara',
  'Tess',
];
const SURNAMES = [
  'Khan',
  'Smith',
  'Jones',
  'Patel',
  'Brown',
  'Okafor',
  'Taylor',
  'Evans',
  'Walsh',
  'Murphy',
  'Ahmed',
  'Lewis',
  'Hughes',
  'Price',
  'Davies',
  'Wright',
  'Green',
  'Hall',
  'Baker',
  'Clarke',
  'Nowak',
  'Fraser',
  'Quinn',
  'Ibrahim',
  'Young',
  'Vaughan',
  'Rees',
];
const HEARD_FROM: readonly HeardFrom[] = [
  'local_organisation',
  'local_organisation',
  'referred_by_member',
  'referred_by_member',
  'online_forum',
  'social_media',
  'workplace',
  'community_event',
  'partner_organisation',
  'other',
];
const THEMES = [
  'coping with setbacks',
  'sleep and routines',
  'asking for help',
  'family at the holidays',
  'work stress',
  'loneliness',
  'small wins this week',
  'boundaries',
  'starting again after a bad patch',
  'looking after ourselves',
  'hope',
  'anger and calm',
];
const PRIVATE_NOTES = [
  'Quieter than usual tonight; keep an eye on how people are arriving.',
  'Someone seemed upset at the break; offered a word afterwards.',
  'Two newcomers, both a bit nervous. Pair them with a regular next time.',
  'The round ran long again; try the 60-second limit next week.',
  'Room was cold — ask the hall about the heating.',
  'Good energy. Several people mentioned feeling heard.',
  'Remember to follow up on the leaflet request.',
  'A regular mentioned a hard week at home; they asked for nothing more than to be heard, and were.',
  'Check-in went round twice as slowly as planned because so many wanted to speak — a good problem, but the topic suffered.',
  'One member asked privately whether they could bring a friend next time; said yes, as a guest first.',
  'Felt rushed at the end. Leave five minutes more for the check-out.',
  'New member stayed for tea afterwards and seemed glad to have come.',
];
const SHARED_LINES = [
  'We agreed to keep the same format next week.',
  'Several people found the topic hard but useful.',
  'The group asked for a quieter start, with tea ready before seven.',
  'Next week’s topic was chosen by a show of hands.',
];
const ITEM_NOTES = [
  'Ran over; worth the time.',
  'Short today, people wanted to move on.',
  'Raised the venue question again.',
  'Lots of nodding, little talk.',
];
const ACTIONS = [
  'Ask the hall about a second room',
  'Print new leaflets for the library',
  'Update the welcome sheet',
  'Bring the spare kettle',
  'Check the bank balance for the tea fund',
  'Email the partner charity about the workshop',
  'Find a cover facilitator for the holidays',
  'Put up the poster at the GP surgery',
  'Draft the yearly review questions',
  'Buy biscuits and tea',
];
const SUGGESTIONS = [
  'Could we try a topic chosen by the group each month?',
  'A shorter check-in when there are lots of us, please.',
  'Maybe a summer picnic instead of the August meetings?',
  'More chairs near the door for people who arrive late.',
  'Could the break be a little longer?',
  'A reading list of things people found helpful.',
  'Quieter music at the start, or none.',
];

// ---- Group and template -------------------------------------------------------

function makeGroup(rng: Rng, firstDate: string): { group: GroupV4; template: AgendaTemplate } {
  // Set up a fortnight before the first meeting, as group.create then schedule setup would.
  const createdAt = startsAtOn(plusDays(firstDate, -14)) + 90 * MINUTE;
  const group: GroupV4 = {
    id: rng.id(),
    name: 'Thursday Circle',
    createdAt,
    purpose: 'A confidential peer support circle where people living with anxiety and low mood share experience, listen, and leave a little lighter.',
    objectives: [
      'Meet every week, whatever the weather',
      'Welcome newcomers within their first three meetings',
      'Give everyone a turn to speak',
      'Review how we are doing each quarter',
    ],
    format: 'in_person',
    venue: 'St Anne’s church hall, side room',
    // The weekday follows the dates asked for: Tuesday for the default endDate.
    schedule: {
      frequency: 'weekly',
      weekday: isoWeekday(civil(firstDate)),
      weekOfMonth: 1,
      startTime: '19:00',
      durationMinutes: DURATION_MINUTES,
      timeZone: TIME_ZONE,
      startDate: firstDate,
    },
    reviewEveryMeetings: 12,
    groundRules: withNewRulesVersion([], DEFAULT_GROUND_RULES, createdAt),
  };
  const template: AgendaTemplate = { id: rng.id(), groupId: group.id, name: DEFAULT_TEMPLATE_NAME, items: freshAgenda(rng), createdAt };
  return { group, template };
}

function freshAgenda(rng: Rng): AgendaItem[] {
  return DEFAULT_TEMPLATE_ITEMS.map((item) => ({ ...item, id: rng.id() }));
}

// ---- Members ------------------------------------------------------------------

/** A member plus what the generator needs to decide when they come. */
interface Person {
  member: MemberV3;
  /** How likely they are to come, relative to others. */
  weight: number;
  /** From this date on they no longer come (left, or on a break); null: still coming. */
  awayFrom: string | null;
}

function makePeople(rng: Rng, groupId: string, dates: readonly string[], total: number): Person[] {
  const n = dates.length;
  const core = Math.min(CORE_MEMBERS, total);
  // People join at a meeting: the core at the first, the rest spread evenly over the years.
  const joinIndex = Array.from({ length: total }, (_, i) => (i < core || n === 1 ? 0 : rng.int(1, n - 1))).sort((a, b) => a - b);

  // Who is still a member at the end: ~30, mostly recent joiners plus a few founders,
  // so the current list looks like a real group whatever the length of history.
  const target = Math.min(total, rng.int(29, 33));
  const staying = new Set<number>(rng.shuffle(Array.from({ length: core }, (_, i) => i)).slice(0, Math.min(3, core)));
  joinIndex.forEach((j, i) => {
    if (i >= core && j >= n - 2) staying.add(i); // joined in the last fortnight: too soon to have left
  });
  const recent = rng.shuffle(joinIndex.map((j, i) => ({ j, i })).filter(({ j, i }) => i >= core && j >= n - 78));
  const anyone = rng.shuffle(joinIndex.map((_, i) => i));
  for (const i of [...recent.map((r) => r.i), ...anyone]) {
    if (staying.size >= target) break;
    staying.add(i);
  }
  const onBreak = new Set(rng.shuffle([...staying].filter((i) => (joinIndex[i] ?? 0) < n - 10)).slice(0, 3));

  const usedNames = new Set<string>();
  const endDate = dates[n - 1] as string;
  return joinIndex.map((j, i) => {
    const joinedOn = dates[j] as string;
    let first = rng.pick(FIRST_NAMES);
    let surname = rng.pick(SURNAMES);
    // Display names are unique over the whole history, so never two alike at one time.
    let displayName = usedNames.has(first) ? `${first} ${surname.charAt(0)}.` : first;
    for (let tries = 0; usedNames.has(displayName); tries += 1) {
      first = rng.pick(FIRST_NAMES);
      surname = rng.pick(SURNAMES);
      // About a thousand name-and-initial pairs exist; past that, a number keeps names apart.
      displayName = tries < 50 ? `${first} ${surname.charAt(0)}.` : `${first} ${surname.charAt(0)}. ${String(i)}`;
    }
    usedNames.add(displayName);

    let status: MemberV3['status'] = 'active';
    let leftOn: string | null = null;
    let awayFrom: string | null = null;
    if (onBreak.has(i)) {
      status = 'on_break';
      awayFrom = plusDays(endDate, -7 * rng.int(2, 8));
    } else if (!staying.has(i)) {
      // Many newcomers try a few meetings; some stay months; a few stay years.
      const r = rng.next();
      const tenureDays = i < core ? rng.int(180, 2500) : r < 0.35 ? rng.int(7, 56) : r < 0.7 ? rng.int(60, 365) : rng.int(365, 1460);
      const earliest = plusDays(joinedOn, 7);
      const leaving = plusDays(joinedOn, tenureDays);
      // Had they stayed past the end they would be current; they left some time before it instead.
      const span = daysBetween(civil(earliest), civil(endDate));
      status = 'left';
      leftOn = leaving < earliest ? earliest : leaving > endDate ? plusDays(earliest, rng.int(0, Math.max(0, span))) : leaving;
      awayFrom = leftOn;
    }
    const erased = status === 'left' && rng.chance(0.05);
    const contact = rng.chance(0.35)
      ? rng.chance(0.6)
        ? `${first.toLowerCase()}.${surname.toLowerCase()}@example.org`
        : `07700 900${String(rng.int(100, 999))}`
      : null;
    const member: MemberV3 = {
      id: rng.id(),
      groupId,
      displayName: erased ? 'Former member' : displayName,
      status,
      joinedOn,
      leftOn,
      fullName: !erased && rng.chance(0.4) ? `${first} ${surname}` : null,
      contact: erased ? null : contact,
      heardFrom: rng.chance(0.7) ? rng.pick(HEARD_FROM) : null,
      checkOnMe: !erased && rng.chance(0.4),
      volunteersForRoles: !erased && rng.chance(0.3),
      agreement: rng.chance(0.8) ? { date: joinedOn, rulesVersion: 1 } : null,
      erased,
    };
    return { member, weight: 0.3 + rng.next() * 0.7, awayFrom };
  });
}

const comesOn = (p: Person, date: string) => p.member.joinedOn <= date && (p.awayFrom === null || date < p.awayFrom);

// ---- Meetings -----------------------------------------------------------------

const emptyRoles = () => ({ facilitator: null, timekeeper: null, note_taker: null });
const emptyCheckout = (): Checkout => ({ ratings: [0, 0, 0, 0, 0], heard: { yes: 0, somewhat: 0, no: 0 } });

function baseMeeting(rng: Rng, groupId: string, templateId: string, date: string, agenda: AgendaItem[]): Meeting {
  return {
    id: rng.id(),
    groupId,
    date,
    startsAt: startsAtOn(date),
    durationMinutes: DURATION_MINUTES,
    status: 'planned',
    templateId,
    agenda,
    roles: emptyRoles(),
    roleDeclines: [],
    attendance: [],
    seating: [],
    live: null,
    record: null,
    notes: { private: '', items: {}, shared: '' },
    checkout: emptyCheckout(),
  };
}

/** Open action items come back as an item after the opening one (see withFollowUps in meetings.ts). */
function withFollowUps(rng: Rng, agenda: AgendaItem[], open: readonly ActionItem[], people: ReadonlyMap<string, MemberV3>): AgendaItem[] {
  if (open.length === 0) return agenda;
  const owner = (id: string | null) => {
    const member = id === null ? undefined : people.get(id);
    // An erased member's old name is not written back into the data.
    return id === null ? 'the group' : member && !member.erased ? member.displayName : 'a former member';
  };
  const objective = open
    .map((a) => `${a.text} (${owner(a.ownerId)})`)
    .join('; ')
    .slice(0, 300)
    .trim();
  const item: AgendaItem = {
    id: rng.id(),
    kind: 'announcements',
    title: 'Follow-ups from last time',
    minutes: 5,
    objective,
    perSpeakerSeconds: null,
  };
  return [...agenda.slice(0, 1), item, ...agenda.slice(1)];
}

/** A round goes round the seats; a few pass, and are offered a turn again at the end (a second pass is final). */
function roundTurns(rng: Rng, itemId: string, seating: readonly string[], [shortest, longest]: readonly [number, number]): Turn[] {
  const turns: Turn[] = [];
  const passers: string[] = [];
  for (const participantId of seating) {
    const passes = rng.chance(0.1);
    if (passes) passers.push(participantId);
    // A pass takes the moment it takes to say so; sometimes the facilitator taps at once (0 ms).
    const durationMs = passes ? (rng.chance(0.3) ? 0 : rng.int(500, 6000)) : rng.int(shortest, longest);
    turns.push({ participantId, itemId, source: 'round', durationMs, passed: passes });
  }
  for (const participantId of passers) {
    const speaks = rng.chance(0.4);
    turns.push({ participantId, itemId, source: 'round', durationMs: speaks ? rng.int(shortest, longest) : rng.int(0, 3000), passed: !speaks });
  }
  return turns;
}

/** Fills in what happened at a meeting that was held: who came, roles, turns, timings, notes, check-out. */
function holdMeeting(rng: Rng, meeting: Meeting, people: readonly Person[], isFoundingMeeting: boolean): void {
  const date = meeting.date;
  const pool = people.filter((p) => comesOn(p, date));
  // Weighted sampling without replacement (key = u^(1/w)); newcomers always come to the meeting they joined at.
  const ranked = pool
    .map((p) => ({ p, key: p.member.joinedOn === date ? 2 : rng.next() ** (1 / p.weight) }))
    .sort((a, b) => b.key - a.key)
    .map((r) => r.p);
  const wanted = Math.max(Math.min(Math.round(14 + rng.gaussian() * 2.5), 20), 6);
  const newcomers = ranked.filter((p) => p.member.joinedOn === date).length;
  const present = ranked.slice(0, Math.max(wanted, newcomers));

  const attendance: AttendanceEntry[] = present.map((p) => ({
    participantId: p.member.id,
    memberId: p.member.id,
    guestName: null,
    status: 'present',
    late: rng.chance(0.1),
  }));
  const guestCount = rng.pick([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3]);
  for (let g = 0; g < guestCount; g += 1) {
    attendance.push({
      participantId: `guest-${rng.id()}`,
      memberId: null,
      guestName: rng.pick(FIRST_NAMES),
      status: 'present',
      late: rng.chance(0.15),
    });
  }
  const absent = ranked.slice(present.length);
  if (absent.length > 0 && rng.chance(0.3)) {
    const p = rng.pick(absent);
    attendance.push({ participantId: p.member.id, memberId: p.member.id, guestName: null, status: 'excused', late: false });
  }
  meeting.attendance = attendance;
  meeting.seating = rng.shuffle(attendance.filter((a) => a.status === 'present').map((a) => a.participantId));

  // Roles go to members past their first three meetings, except in the group's first meetings.
  const settled = present.filter((p) => isFoundingMeeting || p.member.joinedOn <= plusDays(date, -21));
  const holders = rng.shuffle(settled.length >= 3 ? settled : present);
  ROLES.forEach((role, i) => {
    meeting.roles[role] = holders[i]?.member.id ?? null;
  });
  const bystander = holders[3];
  if (bystander && rng.chance(0.05)) meeting.roleDeclines.push({ role: rng.pick(ROLES), memberId: bystander.member.id });

  // What happened, as live.end records it.
  const startedAt = meeting.startsAt + rng.int(0, 8 * 60) * 1000;
  const byKind = (kind: AgendaItem['kind']) => meeting.agenda.find((item) => item.kind === kind);
  const skipped = rng.chance(0.04) ? byKind(rng.chance(0.5) ? 'break' : 'topic_discussion') : undefined;
  const turns: Turn[] = [];
  const checkIn = byKind('check_in_round');
  if (checkIn) turns.push(...roundTurns(rng, checkIn.id, meeting.seating, [25_000, 110_000]));
  // Many facilitators time the closing round too; some just go round without the timer.
  const checkOut = byKind('check_out_round');
  if (checkOut && rng.chance(0.6)) turns.push(...roundTurns(rng, checkOut.id, meeting.seating, [10_000, 50_000]));
  for (const [kind, most] of [
    ['topic_discussion', 2],
    ['open_sharing', 3],
  ] as const) {
    const item = byKind(kind);
    if (!item || item === skipped) continue;
    for (let q = rng.int(kind === 'open_sharing' ? 1 : 0, most); q > 0; q -= 1) {
      turns.push({ participantId: rng.pick(meeting.seating), itemId: item.id, source: 'queue', durationMs: rng.int(45_000, 300_000), passed: false });
    }
  }
  const itemActualMs: Record<string, number> = {};
  for (const item of meeting.agenda) {
    const spoken = turns.filter((t) => t.itemId === item.id).reduce((sum, t) => sum + t.durationMs, 0);
    const planned = item.minutes * MINUTE * (0.75 + rng.next() * 0.5);
    const isRound = turns.some((t) => t.itemId === item.id && t.source === 'round');
    itemActualMs[item.id] =
      item === skipped
        ? rng.int(2000, 30_000)
        : Math.round(isRound ? spoken + meeting.seating.length * rng.int(2000, 5000) : Math.max(planned, spoken + MINUTE));
  }
  const endedAt = startedAt + Object.values(itemActualMs).reduce((sum, ms) => sum + ms, 0);
  meeting.record = { startedAt, endedAt, itemActualMs, skippedItemIds: skipped ? [skipped.id] : [], turns };

  // Notes: private for the facilitator about half the time, a line of themes most times.
  const privateNote = rng.chance(0.5) ? rng.shuffle(PRIVATE_NOTES).slice(0, rng.int(1, 4)).join(' ') : '';
  const themes = `Themes tonight: ${rng.shuffle(THEMES).slice(0, rng.int(2, 4)).join(', ')}.`;
  const shared = rng.chance(0.85) ? (rng.chance(0.5) ? `${themes} ${rng.pick(SHARED_LINES)}` : themes) : '';
  const items: Record<string, string> = {};
  if (rng.chance(0.15)) items[rng.pick(meeting.agenda).id] = rng.pick(ITEM_NOTES);
  meeting.notes = { private: privateNote, items, shared };

  // Check-out counts only: most who were there answer, mostly warm.
  const answered = Math.max(0, meeting.seating.length - rng.int(0, 3));
  const checkout = emptyCheckout();
  for (let k = 0; k < answered; k += 1) {
    const r = rng.next();
    const rating = r < 0.02 ? 0 : r < 0.07 ? 1 : r < 0.25 ? 2 : r < 0.65 ? 3 : 4;
    checkout.ratings[rating] = (checkout.ratings[rating] ?? 0) + 1;
    const h = rng.next();
    checkout.heard[h < 0.75 ? 'yes' : h < 0.95 ? 'somewhat' : 'no'] += 1;
  }
  meeting.checkout = checkout;
  meeting.status = 'ended';
}

// ---- Anonymous feedback ---------------------------------------------------------

function makeSurvey(rng: Rng, groupId: string, title: string): Survey {
  return {
    id: rng.id(),
    groupId,
    title,
    questions: [
      { id: rng.id(), kind: 'rating', prompt: 'How welcome do you feel in the group?', options: [] },
      { id: rng.id(), kind: 'yes_no', prompt: 'Is this day and time still good for you?', options: [] },
      {
        id: rng.id(),
        kind: 'choice',
        prompt: 'What would help most?',
        options: ['A longer check-in', 'More open sharing', 'Topics planned ahead', 'It is fine as it is'],
      },
      { id: rng.id(), kind: 'text', prompt: 'Anything else you would like to tell us?', options: [] },
    ],
  };
}

function answerSurvey(rng: Rng, survey: Survey, date: string): SurveyResponse {
  const answers: SurveyResponse['answers'] = {};
  for (const q of survey.questions) {
    const skip = rng.chance(q.kind === 'text' ? 0.5 : 0.1);
    answers[q.id] = skip
      ? null
      : q.kind === 'rating'
        ? rng.pick([3, 4, 4, 5, 5])
        : q.kind === 'yes_no'
          ? rng.chance(0.8)
          : q.kind === 'choice'
            ? rng.pick(q.options)
            : rng.pick(['Thank you all.', 'The room is a bit cold in winter.', 'I like that nobody has to speak.', 'More tea!']);
  }
  return { surveyId: survey.id, date, answers };
}

// ---- The whole history ------------------------------------------------------------

export function generateHistory(options: HistoryOptions): DatabaseV2 {
  const rng = new Rng(options.seed ?? 1);
  const endDate = options.endDate ?? '2026-11-24';
  const count = Math.round(options.years * 52);
  if (count < 1) throw new Error('generateHistory needs at least one week of history.');
  const dates = Array.from({ length: count }, (_, i) => plusDays(endDate, -7 * (count - 1 - i)));

  const { group, template } = makeGroup(rng, dates[0] as string);
  const people = makePeople(rng, group.id, dates, options.members ?? 300);
  const membersById = new Map(people.map((p) => [p.member.id, p.member]));

  // About two cancellations a year: the week of Christmas, and one other week at random.
  const cancelled = new Set(dates.map((d, i) => (d.slice(5, 7) === '12' && d.slice(8) >= '24' && d.slice(8) <= '30' ? i : -1)).filter((i) => i > 0));
  for (let y = 0; y * 52 < count; y += 1) {
    const [from, to] = [Math.max(1, y * 52), Math.min(count - 4, y * 52 + 51)];
    if (from <= to) cancelled.add(rng.int(from, to));
  }
  const ended = dates.map((_, i) => i).filter((i) => !cancelled.has(i));
  const lastThree = new Set(ended.slice(-3));

  const meetings: Meeting[] = [];
  const actionItems: ActionItem[] = [];
  let open: ActionItem[] = [];
  dates.forEach((date, i) => {
    const meeting = baseMeeting(rng, group.id, template.id, date, freshAgenda(rng));
    meetings.push(meeting);
    if (cancelled.has(i)) {
      meeting.status = 'cancelled';
      return;
    }
    meeting.agenda = withFollowUps(rng, meeting.agenda, open, membersById);
    holdMeeting(rng, meeting, people, ended.indexOf(i) < 3);
    // Last week's items get done; this meeting makes about one new one.
    open = [];
    const present = meeting.attendance.filter((a) => a.status === 'present' && a.memberId !== null);
    for (let k = rng.pick([0, 1, 1, 1, 2]); k > 0; k -= 1) {
      const ownerId = present.length > 0 && rng.chance(0.7) ? rng.pick(present).memberId : null;
      const item: ActionItem = {
        id: rng.id(),
        groupId: group.id,
        meetingId: meeting.id,
        text: rng.pick(ACTIONS),
        ownerId,
        due: plusDays(date, 7),
        status: lastThree.has(i) ? 'open' : 'done',
      };
      actionItems.push(item);
      open.push(item);
    }
  });
  // Next week's meeting is planned already (meeting.plan: template copy plus follow-ups).
  const nextDate = plusDays(endDate, 7);
  meetings.push(
    baseMeeting(
      rng,
      group.id,
      template.id,
      nextDate,
      withFollowUps(
        rng,
        freshAgenda(rng),
        actionItems.filter((a) => a.status === 'open'),
        membersById,
      ),
    ),
  );

  // Two surveys, answered at a meeting and the one after; responses go in at random places.
  const surveys: Survey[] = [];
  let surveyResponses: SurveyResponse[] = [];
  for (const [title, at] of [
    ['How are our meetings going?', 0.4],
    ['Looking ahead', 0.85],
  ] as const) {
    const survey = makeSurvey(rng, group.id, title);
    surveys.push(survey);
    const index = ended[Math.floor(at * (ended.length - 1))] ?? 0;
    for (let r = rng.int(4, 9); r > 0; r -= 1) {
      const date = dates[Math.min(index + rng.int(0, 1), count - 1)] as string;
      surveyResponses = insertAtRandom(surveyResponses, answerSurvey(rng, survey, date), rng.next);
    }
  }

  // A handful of suggestions: random ids and places; older ones discussed at the next meeting.
  let suggestions: Suggestion[] = [];
  for (let s = rng.int(5, 8); s > 0; s -= 1) {
    const index = rng.int(0, count - 1);
    const date = dates[index] as string;
    const next = ended.find((e) => e > index);
    const discussed = next !== undefined && index < count - 4;
    const suggestion: Suggestion = {
      id: rng.id(24),
      groupId: group.id,
      text: rng.pick(SUGGESTIONS),
      date,
      status: discussed ? rng.pick(['discussed', 'done'] as const) : 'new',
      discussedInMeetingId: discussed ? (meetings[next]?.id ?? null) : null,
    };
    suggestions = insertAtRandom(suggestions, suggestion, rng.next);
  }

  return {
    schemaVersion: 2,
    groups: [group],
    members: people.map((p) => p.member),
    templates: [template],
    meetings,
    actionItems,
    surveys,
    surveyResponses,
    suggestions,
    settings: { privateNoteRetentionMonths: null },
    room: { groupId: group.id, mode: 'auto', modeBeforeBlank: 'auto', message: '', timerDisplay: 'numbers' },
  };
}
