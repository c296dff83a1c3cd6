import type { AgendaItemKind } from '../agenda/agenda';
import type { HeardFrom } from '../domain/types';
import type { QuestionKind } from '../feedback/surveys';

/**
 * What `report.compute` returns: every report of one group over one range,
 * computed from the meeting digests, the members and the surveys (never the
 * archives). Aggregates only; the per-member figures are in `perMember`,
 * which is null unless they were asked for, so a page or an export that
 * leaves them out has nothing to leave out.
 */
export interface GroupReport {
  groupId: string;
  groupName: string;
  range: ReportRange;
  attendance: AttendanceReport;
  participation: ParticipationReport;
  support: SupportReport;
  time: TimeReport;
  surveys: SurveysReport;
  members: MembershipReport;
  /** Console only, and only when asked for (`perMember: true`): never part of an export unless ticked. */
  perMember: MemberShare[] | null;
}

export interface ReportRange {
  /** First day counted (ISO date), or null for "from the start". */
  from: string | null;
  /** Last day counted (ISO date): today where the group meets, unless another was chosen. */
  to: string;
  /** Today where the group meets: what "still coming" and open breaks are measured against. */
  today: string;
  /** The first and last meeting (held or cancelled) in the range; null when there is none. */
  firstMeeting: string | null;
  lastMeeting: string | null;
}

/**
 * A value in a report's sentence, kept as data so the console can write it
 * in its own language (report-text.ts): a count (plurals choose by it), a
 * word a message selects on, or a date, share, decimal or name to format.
 */
export type LineValue = number | string | { month: string } | { percent: number } | { decimal: number; places: 1 | 2 } | { name: string };

/** One sentence in no language yet: a message id (console-reports.json, "reports.line.…") and its values. */
export interface ReportLine {
  id: string;
  values: Record<string, LineValue>;
}

/** Sentences shown one after another. */
export type ReportText = readonly ReportLine[];

/**
 * Every report says whether it has enough data. When it has, `summary` is
 * its plain-words line and `emptyMessage` is null; when it has not, the
 * other way round, and `emptyMessage` says what would fill it. Both are
 * message ids with values, not words: the backend computes the report, the
 * console writes it in the facilitator's language.
 */
export interface ReportSection {
  enough: boolean;
  summary: ReportText | null;
  emptyMessage: ReportText | null;
}

/** The average at the start of the range against the end (a few meetings each), for "fell from 11 to 7". */
export interface Trend {
  first: number;
  last: number;
  /** Date of the first meeting of the range, and of the last. */
  since: string;
  until: string;
  /** Meetings averaged at each end. */
  window: number;
}

// ---- Attendance ----------------------------------------------------------------

export interface AttendanceRow {
  meetingId: string;
  date: string;
  /** Members present, guests, and both together. */
  members: number;
  guests: number;
  total: number;
  /** Members present for the first time in the group. */
  newcomers: number;
  /** Members back after missing the previous held meeting, having come before. */
  returners: number;
  /** Mean of `total` over this and the previous held meetings (ROLLING_WINDOW in all, fewer at the very start). */
  rollingTotal: number;
}

export interface AttendanceReport extends ReportSection {
  meetings: AttendanceRow[];
  cancelled: { meetingId: string; date: string }[];
  totals: {
    held: number;
    cancelled: number;
    /** Per held meeting; null with none. */
    averageTotal: number | null;
    averageMembers: number | null;
    guests: number;
    newcomers: number;
    returners: number;
  };
  /** Of the total per meeting; null with fewer than two held meetings. */
  trend: Trend | null;
}

// ---- Participation balance -------------------------------------------------------

export interface ParticipationRow {
  meetingId: string;
  date: string;
  /** Everyone present, members and guests. */
  present: number;
  /** Those present with any speaking time (a pass, or a turn of no time, is not speaking). */
  spoke: number;
  /** spoke / present; null when nobody was present. */
  shareSpoke: number | null;
  /** Gini coefficient of speaking time over everyone present (0: all equal); null when no speaking time was recorded. */
  gini: number | null;
  passes: number;
  speakingMinutes: number;
}

export interface ParticipationReport extends ReportSection {
  meetings: ParticipationRow[];
  totals: {
    /** Meetings with speaking time recorded: the averages are over these. */
    meetingsWithSpeaking: number;
    averageShareSpoke: number | null;
    averageGini: number | null;
    passes: number;
  };
  /** Of the Gini coefficient, over meetings with speaking time recorded. */
  trend: Trend | null;
}

/** One member's share of the speaking time against their share of the attendance, over the range. */
export interface MemberShare {
  memberId: string;
  /** Null for a member whose details were erased: they still count, without a name. */
  name: string | null;
  erased: boolean;
  meetingsAttended: number;
  /** Of all attendances in the range (members and guests, one per person per meeting). */
  attendanceShare: number;
  speakingMinutes: number;
  /** Of all speaking time in the range; null when none was recorded. */
  speakingShare: number | null;
  /** speakingShare / attendanceShare: 1 is exactly a fair share, 2 twice it. */
  balance: number | null;
  turns: number;
  passes: number;
}

// ---- Support felt ------------------------------------------------------------------

export interface HeardCounts {
  yes: number;
  somewhat: number;
  no: number;
}

export interface SupportRow {
  meetingId: string;
  date: string;
  /** How many answered each question; shown even when the answers are not. */
  ratingAnswers: number;
  heardAnswers: number;
  /** Counts of 1 to 5 ("How did this session go?"), null below MIN_RESPONSES_TO_SHOW answers. */
  ratings: number[] | null;
  ratingMean: number | null;
  /** "Did you feel heard?", null below MIN_RESPONSES_TO_SHOW answers. */
  heard: HeardCounts | null;
  heardShares: HeardCounts | null;
}

export interface SupportReport extends ReportSection {
  meetings: SupportRow[];
  /** Over the meetings whose answers are shown only, so that no hidden meeting can be worked out by subtraction. */
  totals: {
    meetingsShown: number;
    ratings: number[];
    ratingMean: number | null;
    heard: HeardCounts;
    heardShares: HeardCounts | null;
  };
  /** Of the mean rating, over meetings whose ratings are shown. */
  trend: Trend | null;
}

// ---- Time ---------------------------------------------------------------------------

export interface TimeRow {
  meetingId: string;
  date: string;
  /** The meeting's planned length, and the sum of its agenda's minutes. */
  plannedMinutes: number;
  agendaMinutes: number;
  /** From start to end; null when the record has no times. */
  actualMinutes: number | null;
  /** actual − planned: negative when it finished early. */
  overMinutes: number | null;
  /** Ran more than OVERRUN_GRACE_MINUTES past its planned length. */
  overran: boolean;
}

export interface KindTime {
  kind: AgendaItemKind;
  label: string;
  /** Items of this kind that were run, and those skipped (left out of the minutes). */
  items: number;
  skipped: number;
  plannedMinutes: number;
  actualMinutes: number;
}

export interface TimeReport extends ReportSection {
  meetings: TimeRow[];
  byKind: KindTime[];
  totals: {
    /** Held meetings with a start and an end. */
    timed: number;
    overran: number;
    /** Over the meetings that overran; null when none did. */
    averageOverrunMinutes: number | null;
    longestOverrunMinutes: number | null;
  };
}

// ---- Surveys over time ---------------------------------------------------------------

export interface RunQuestion {
  prompt: string;
  kind: QuestionKind;
  options: string[];
  /** rating: counts of 1–5; yes_no: [yes, no]; choice: per option; text: [] (written answers stay on the Surveys page). */
  counts: number[];
  /** How many answered this question. */
  answers: number;
  /** Rating questions: the mean; otherwise null. */
  mean: number | null;
}

/** One run of a survey; see surveys-over-time.ts for what a run is. */
export interface SurveyRun {
  surveyId: string;
  from: string;
  to: string;
  responses: number;
  /** Fewer than MIN_RESPONSES_TO_SHOW answers: nothing is shown. */
  hidden: boolean;
  /** Empty when hidden. */
  questions: RunQuestion[];
}

/** Surveys asking the same questions, and their runs side by side, oldest first. */
export interface SurveySeries {
  title: string;
  surveyIds: string[];
  questions: { prompt: string; kind: QuestionKind; options: string[] }[];
  runs: SurveyRun[];
}

export interface SurveysReport extends ReportSection {
  /** Every series with a run in the range, also those run only once. */
  series: SurveySeries[];
}

// ---- Members over time -------------------------------------------------------------------

export interface QuarterRow {
  /** "2026 Q1" */
  quarter: string;
  from: string;
  to: string;
  joined: number;
  left: number;
  /** On a break at any time in the quarter. */
  onBreak: number;
  /** Members at the quarter's end (or today, for the current one): active or on a break. */
  members: number;
}

export interface HeardFromRow {
  source: HeardFrom | null;
  label: string;
  count: number;
}

export interface RetentionRow {
  months: number;
  /** Joined in the range long enough ago for the group to have met since the mark. */
  eligible: number;
  /** Of those, came to at least one meeting `months` months or more after joining. */
  stillComing: number;
  share: number | null;
}

export interface MembershipReport extends ReportSection {
  quarters: QuarterRow[];
  /** How the members who joined in the range heard of the group. */
  heardFrom: HeardFromRow[];
  retention: RetentionRow[];
  totals: {
    joined: number;
    left: number;
    /** Breaks kept from before data version 4 have no start date; see membership.ts for how they are placed. */
    breaksWithoutDate: number;
  };
}
