import { z } from 'zod';
import { AgendaItem, AGENDA_ITEMS_MAX } from '../agenda/agenda';
import { DisplayName, GroupName, idError, idOf } from '../domain/names';
import { choice, fieldsOf, wholeNumber, yesOrNo } from '../domain/fields';
import { ActionItem, ActionItemStatus } from '../actions/action-items';
import { Answer, Question, QuestionKind, Survey } from '../feedback/surveys';
import { HeardAnswer, type Checkout } from '../feedback/checkout';
import { NoteText } from '../notes/notes';
import { Suggestion, SuggestionStatus } from '../feedback/suggestions';
import { type Settings } from '../settings/settings';
import { Group, Member, type AgendaTemplate, type Meeting, type RoomState } from '../domain/types';
import { HeardFrom, MeetingFormat, MemberStatus, RoleAssignmentSchema, RoomMessage, ScreenMode, TemplateName, TimerDisplay } from '../domain/types';
import { LiveCommand } from '../live/commands';
import { Role, type RoleAssignment } from '../roles/roles';
import { RULES_MAX, RuleText } from '../rules/ground-rules';
import { isoDate, Schedule, type PlannedDate } from '../schedule/schedule';
import type { GroupReport } from '../reports/report-types';
import { FOLLOW_UP_STEPS_MAX, FollowUp, MediationStep } from '../sustain/follow-ups';
import { GoalCheckIn, GoalNote, GoalStatus, GroupGoal, PersonalGoal, PersonalGoalStatus } from '../sustain/goals';
import type { CheckInList, MemberCare } from '../sustain/drift';
import type { PurposeVersion } from '../sustain/purpose';
import type { ReviewStatus } from '../sustain/review';
import { CALENDAR_IMPORT_MAX_CHARS, calendarTooBigMessage, EventKind, GroupEvent, Partner, type PartnerEvent } from '../partners/partners';
import { ClockTime } from '../schedule/schedule';
import { IMPORT_MEMBERS_MAX } from '../members/import-limits';
import type { MethodName } from './method-names';
import { TRANSFER_MAX_BYTES } from '../custody/transfer-limits';
import { LOCALES } from '../i18n/locales';
import { GivenPassphrase, NewPassphrase, type VaultStatus } from '../custody/vault-status';
import { CopyChoice, SaveCopyInput, TransferId, TransferPiece, type CopyPreview, type OpenedCopy, type SavedCopy } from '../custody/copy-transfer';
import { BackupName, type BackupPreview, type BackupSummary, type RestoreOutcome } from '../custody/backup-summary';

/** A sentence of the notices catalog: its id ("notices.migrated.title") and its values (paths, counts, years), inserted as they are. */
export interface NoticeText {
  id: string;
  values?: Readonly<Record<string, string | number>>;
}

export interface Notice {
  id: string;
  level: 'info' | 'warning';
  /** The English sentences, for logs, tests and a console that does not know the ids. */
  title: string;
  detail: string;
  /** The same sentences as catalog messages, so the console can say them in its own language. */
  titleText?: NoticeText;
  detailText?: NoticeText;
}

export interface AppStatus {
  dataFile: string;
  notices: Notice[];
}

export interface MeetingSummary {
  meetingId: string;
  date: string;
  startedAt: number;
  endedAt: number;
  present: number;
  guests: number;
  excused: number;
  items: { title: string; plannedMinutes: number; actualMs: number; skipped: boolean }[];
  /** Console only: speaking time per person, and who did not speak. */
  speaking: { participantId: string; name: string; totalMs: number; turns: number; passes: number }[];
  silent: string[];
  checkout: Checkout;
  actionItems: { text: string; owner: string; due: string | null; status: 'open' | 'done' }[];
  sharedNotes: string;
}

/** One past meeting in a list, from its digest. */
export interface PastMeeting {
  meetingId: string;
  date: string;
  startsAt: number;
  status: 'ended' | 'cancelled';
  /** When it ended (epoch ms); null for a cancelled meeting. */
  endedAt: number | null;
  /** Members and guests present. */
  present: number;
}

export interface SurveyResults {
  surveyId: string;
  title: string;
  responses: number;
  /** Fewer than three answers: nothing is shown, so nobody can be singled out. */
  hidden: boolean;
  questions: {
    id: string;
    prompt: string;
    kind: 'rating' | 'yes_no' | 'choice' | 'text';
    /** rating: counts of 1–5; yes_no: [yes, no]; choice: per option. */
    counts: number[];
    options: string[];
    /** Free-text answers, in random order. */
    texts: string[];
  }[];
}

export interface ExportedFile {
  fileName: string;
  text: string;
}

export interface CalendarFile {
  fileName: string;
  text: string;
  eventCount: number;
}

/** What importing a partner's calendar did. */
export interface CalendarImport {
  partnerId: string;
  /** Events in the file's next months, once recurring ones are expanded. */
  found: number;
  added: number;
  updated: number;
  /** Events of the earlier import no longer in the file (or past). */
  removed: number;
  /** Kept in the record: the soonest, up to the cap per partner. */
  kept: number;
  /** Beyond the cap per partner: not kept. */
  leftOut: number;
}

/** A planned meeting (or a date the schedule gives, not yet planned) and an event at the same time. */
export interface Clash {
  /** null: a date from the schedule, not planned yet. */
  meetingId: string | null;
  meetingDate: string;
  meetingStartsAt: number;
  meetingEndsAt: number;
  source: 'group_event' | 'partner_event';
  eventId: string;
  title: string;
  /** The partner's name only (never its contact); null for a group event with no partner. */
  partnerName: string | null;
  startsAt: number;
  endsAt: number;
  allDay: boolean;
}

/** Pairs an input schema with the result type; the result exists only in types. */
function returns<R>() {
  return <I extends z.ZodType>(input: I) => ({ input, result: undefined as unknown as R });
}

/** Every method takes its details as named fields; messages call them “this action’s details”. */
const details = <Shape extends z.core.$ZodLooseShape>(shape: Shape) => fieldsOf('this action’s details', shape);

const none = details({});
const groupRef = { groupId: idOf('group') };
const memberRef = { memberId: idOf('member') };
const templateRef = { templateId: idOf('template') };
const meetingRef = { meetingId: idOf('meeting') };

/** A new item may come without an id; the backend gives it one. */
const AgendaItemInput = AgendaItem.extend({ id: AgendaItem.shape.id.optional() });
const agendaItemInputs = z
  .array(AgendaItemInput, { error: 'Send the agenda as a list of items.' })
  .max(AGENDA_ITEMS_MAX, { error: `An agenda can have at most ${String(AGENDA_ITEMS_MAX)} items.` });

/*
 * Text fields reuse the stored record's own schema (Group.shape.purpose and
 * so on), so what the contract accepts is exactly what can be stored: a test
 * walks both and compares every limit.
 */
const memberDetails = {
  fullName: Member.shape.fullName.optional(),
  contact: Member.shape.contact.optional(),
  heardFrom: HeardFrom.nullable().optional(),
  joinedOn: isoDate('the date they joined').optional(),
  checkOnMe: yesOrNo('Say whether to check on this member after missed meetings').optional(),
  volunteersForRoles: yesOrNo('Say whether this member is happy to take a role').optional(),
};

const goalRef = { goalId: idOf('goal') };
const personalGoalRef = { personalGoalId: idOf('personal goal') };
const followUpRef = { followUpId: idOf('follow-up') };
const partnerRef = { partnerId: idOf('partner') };
const eventRef = { eventId: idOf('event') };
/** The language a file or preview is written in (the console's own); English when left out. */
const writtenIn = { language: choice(LOCALES, 'Choose one of the languages Circlekeeper speaks').optional() };

/** A calendar file's text, refused before any parsing when it is over the limit. */
const CalendarText = z
  .string({ error: (issue) => (issue.input === undefined ? 'Choose a calendar file (.ics) to import.' : 'Send the calendar file as text.') })
  .max(CALENDAR_IMPORT_MAX_CHARS, { error: (issue) => calendarTooBigMessage((issue.input as string).length) });

/** Mediation steps are sent whole, like an agenda: a new step may come without an id or a done mark. */
const mediationSteps = z
  .array(
    fieldsOf('a step', {
      id: idOf('step').optional(),
      text: MediationStep.shape.text,
      who: MediationStep.shape.who,
      byWhen: isoDate('the date the step is due').nullable().optional(),
      done: yesOrNo('Say whether the step is done').optional(),
    }),
    { error: 'Send the steps as a list.' },
  )
  .max(FOLLOW_UP_STEPS_MAX, { error: `A follow-up can have at most ${String(FOLLOW_UP_STEPS_MAX)} steps; close the done ones or start another.` });

/**
 * The API both transports carry. Input schemas are strict: an unknown field is
 * an error, so a typo in a caller is found rather than silently ignored.
 */
export const contract = {
  'app.status': returns<AppStatus>()(none),
  'app.dismissNotice': returns<AppStatus>()(
    details({
      noticeId: z
        .string({ error: idError('notice') })
        .min(1)
        .max(100),
    }),
  ),

  'group.list': returns<Group[]>()(none),
  'group.create': returns<Group>()(
    details({
      name: GroupName,
      withDefaults: yesOrNo('Say whether to start with the suggested ground rules and agenda').optional(),
      /** The language of the suggested ground rules and agenda (the console's); English when left out. */
      language: choice(LOCALES, 'Choose one of the languages Circlekeeper speaks').optional(),
    }),
  ),
  'group.update': returns<Group>()(
    details({
      ...groupRef,
      name: GroupName.optional(),
      purpose: Group.shape.purpose.optional(),
      objectives: Group.shape.objectives.optional(),
      format: MeetingFormat.optional(),
      venue: Group.shape.venue.optional(),
      schedule: Schedule.nullable().optional(),
      reviewEveryMeetings: Group.shape.reviewEveryMeetings.optional(),
      checkInAfterMissed: wholeNumber(1, 52, 'Check in after 1 to 52 missed meetings in a row (a whole number).').optional(),
      roomLocale: Group.shape.roomLocale.optional(),
    }),
  ),
  'rules.set': returns<Group>()(
    details({
      ...groupRef,
      rules: z
        .array(RuleText, { error: 'Send the ground rules as a list, one rule each.' })
        .max(RULES_MAX, { error: `A group can have at most ${String(RULES_MAX)} ground rules.` }),
    }),
  ),

  'member.list': returns<Member[]>()(details(groupRef)),
  'member.add': returns<Member>()(details({ ...groupRef, displayName: DisplayName, ...memberDetails })),
  'member.update': returns<Member>()(
    details({ ...memberRef, displayName: DisplayName.optional(), status: MemberStatus.optional(), ...memberDetails }),
  ),
  'member.recordAgreement': returns<Member>()(details({ ...memberRef, date: isoDate('the date they agreed to the ground rules').optional() })),
  'member.erase': returns<Member>()(details(memberRef)),
  /** Adds many members at once (from a spreadsheet), all or nothing: one refused row refuses the call. */
  'member.importMany': returns<{ added: Member[] }>()(
    details({
      ...groupRef,
      members: z
        .array(
          fieldsOf('a member to add', {
            displayName: DisplayName,
            fullName: Member.shape.fullName.unwrap().optional(),
            contact: Member.shape.contact.unwrap().optional(),
          }),
          {
            error: 'Send the members as a list.',
          },
        )
        .min(1, { error: 'There is no member to add: every row was refused or the file was empty.' })
        .max(IMPORT_MEMBERS_MAX, { error: `At most ${String(IMPORT_MEMBERS_MAX)} members can be added at once; split the file.` }),
    }),
  ),
  /** Puts a member on a break until a date (the last day of it), or with no end date (null); they leave the check-in list meanwhile. */
  'member.setBreak': returns<Member>()(details({ ...memberRef, until: isoDate('the last day of the break').nullable() })),

  /** Purpose and objectives change through group.update and review.record; each change is a version. */
  'purpose.versions': returns<PurposeVersion[]>()(details(groupRef)),
  'review.status': returns<ReviewStatus>()(details(groupRef)),
  /** Makes the built-in review questionnaire an anonymous survey of the group, for pass-the-laptop. */
  'review.createSurvey': returns<Survey>()(details({ ...groupRef, ...writtenIn })),
  /** Records a review held on `date` (today by default); a new purpose or objectives become a new version. */
  'review.record': returns<Group>()(
    details({
      ...groupRef,
      date: isoDate('the date of the review').optional(),
      purpose: Group.shape.purpose.optional(),
      objectives: Group.shape.objectives.optional(),
      surveyId: idOf('survey').nullable().optional(),
    }),
  ),

  'goal.list': returns<GroupGoal[]>()(details(groupRef)),
  'goal.create': returns<GroupGoal>()(
    details({
      ...groupRef,
      objective: GroupGoal.shape.objective,
      what: GroupGoal.shape.what,
      measure: GroupGoal.shape.measure,
      byWhen: isoDate('the date to reach the goal by').nullable().optional(),
      status: GoalStatus.optional(),
    }),
  ),
  'goal.update': returns<GroupGoal>()(
    details({
      ...goalRef,
      objective: GroupGoal.shape.objective.optional(),
      what: GroupGoal.shape.what.optional(),
      measure: GroupGoal.shape.measure.optional(),
      byWhen: isoDate('the date to reach the goal by').nullable().optional(),
      status: GoalStatus.optional(),
    }),
  ),
  'goal.addNote': returns<GroupGoal>()(details({ ...goalRef, text: GoalNote.shape.text, date: isoDate('the date of the note').optional() })),
  'goal.delete': returns<{ deleted: GroupGoal }>()(details(goalRef)),

  /** A member's own goals; all of a group's when memberId is left out. Console only. */
  'personalGoal.list': returns<PersonalGoal[]>()(details({ ...groupRef, memberId: idOf('member').optional() })),
  'personalGoal.create': returns<PersonalGoal>()(
    details({
      ...memberRef,
      text: PersonalGoal.shape.text,
      memberAgreed: z.literal(true, {
        error: 'Keep a personal goal only with the member’s agreement: ask them first, then say that they agreed.',
      }),
      agreedOn: isoDate('the date they agreed').optional(),
    }),
  ),
  'personalGoal.update': returns<PersonalGoal>()(
    details({ ...personalGoalRef, text: PersonalGoal.shape.text.optional(), status: PersonalGoalStatus.optional() }),
  ),
  'personalGoal.addCheckIn': returns<PersonalGoal>()(
    details({ ...personalGoalRef, text: GoalCheckIn.shape.text, date: isoDate('the date of the check-in').optional() }),
  ),
  /** Also what to do when a member takes back their agreement: the goal and its check-ins go. */
  'personalGoal.delete': returns<{ deleted: true }>()(details(personalGoalRef)),

  /** Who to check in with: opted-in members past the group's threshold, not on a break; the others only counted. */
  'checkIn.list': returns<CheckInList>()(details(groupRef)),
  /** Someone reached out to a member: the date only (today by default), no content. */
  'checkIn.recordReachOut': returns<MemberCare>()(details({ ...memberRef, date: isoDate('the date someone reached out').optional() })),

  /** The facilitator's private follow-ups after a conflict; never projected or exported. */
  'followUp.list': returns<FollowUp[]>()(details(groupRef)),
  'followUp.create': returns<FollowUp>()(
    details({ ...groupRef, concern: FollowUp.shape.concern, meetingId: idOf('meeting').nullable().optional(), steps: mediationSteps.optional() }),
  ),
  'followUp.update': returns<FollowUp>()(
    details({
      ...followUpRef,
      concern: FollowUp.shape.concern.optional(),
      steps: mediationSteps.optional(),
      resolved: yesOrNo('Say whether it is resolved').optional(),
    }),
  ),
  'followUp.delete': returns<{ deleted: true }>()(details(followUpRef)),

  'template.list': returns<AgendaTemplate[]>()(details(groupRef)),
  'template.create': returns<AgendaTemplate>()(details({ ...groupRef, name: TemplateName, items: agendaItemInputs.optional() })),
  'template.duplicate': returns<AgendaTemplate>()(details(templateRef)),
  'template.update': returns<AgendaTemplate>()(details({ ...templateRef, name: TemplateName.optional(), items: agendaItemInputs.optional() })),
  'template.delete': returns<{ deleted: AgendaTemplate }>()(details(templateRef)),

  'meeting.list': returns<Meeting[]>()(details(groupRef)),
  'meeting.history': returns<PastMeeting[]>()(details(groupRef)),
  'meeting.upcomingDates': returns<PlannedDate[]>()(
    details({ ...groupRef, count: wholeNumber(1, 52, 'Ask for 1 to 52 upcoming meeting dates.').optional() }),
  ),
  'meeting.plan': returns<Meeting>()(details({ ...groupRef, date: isoDate('the meeting date'), templateId: idOf('template').nullable() })),
  'meeting.updateAgenda': returns<Meeting>()(details({ ...meetingRef, items: agendaItemInputs })),
  'meeting.suggestRoles': returns<RoleAssignment>()(details(meetingRef)),
  'meeting.assignRoles': returns<Meeting>()(details({ ...meetingRef, roles: RoleAssignmentSchema })),
  'meeting.declineRole': returns<Meeting>()(details({ ...meetingRef, role: Role, memberId: idOf('member') })),
  'meeting.cancel': returns<Meeting>()(details(meetingRef)),

  'meeting.get': returns<Meeting>()(details(meetingRef)),
  'meeting.summary': returns<MeetingSummary>()(details({ ...meetingRef, ...writtenIn })),
  'attendance.mark': returns<Meeting>()(
    details({ ...meetingRef, memberId: idOf('member'), status: choice(['present', 'excused', 'absent'], 'Mark their attendance') }),
  ),
  'attendance.addGuest': returns<Meeting>()(details({ ...meetingRef, displayName: DisplayName })),
  'attendance.seat': returns<Meeting>()(
    details({
      ...meetingRef,
      seating: z.array(idOf('person'), { error: 'Send the seating as a list of people.' }).max(200, { error: 'Seat at most 200 people in a round.' }),
    }),
  ),
  'live.start': returns<Meeting>()(details(meetingRef)),
  'live.command': returns<Meeting>()(details({ ...meetingRef, command: LiveCommand })),
  'live.end': returns<MeetingSummary>()(details(meetingRef)),

  'notes.save': returns<Meeting>()(
    details({
      ...meetingRef,
      field: choice(['private', 'shared', 'item'], 'Choose which notes to save', {
        private: 'private notes',
        shared: 'shared notes',
        item: 'notes on an agenda item',
      }),
      itemId: idOf('agenda item').optional(),
      text: NoteText,
    }),
  ),
  'notes.applyRetention': returns<{ meetingsCleared: number }>()(none),
  'actionItem.list': returns<ActionItem[]>()(details({ ...groupRef, meetingId: idOf('meeting').optional() })),
  'actionItem.add': returns<ActionItem>()(
    details({ ...meetingRef, text: ActionItem.shape.text, ownerId: idOf('owner').nullable(), due: isoDate('the due date').nullable().optional() }),
  ),
  'actionItem.update': returns<ActionItem>()(
    details({
      actionItemId: idOf('action item'),
      meetingId: idOf('meeting').optional(),
      status: ActionItemStatus.optional(),
      due: isoDate('the due date').nullable().optional(),
    }),
  ),
  'checkout.record': returns<Checkout>()(
    details({
      ...meetingRef,
      rating: z
        .number({ error: 'Choose how the session went, from 1 to 5.' })
        .int()
        .min(1, { error: 'A rating is from 1 to 5.' })
        .max(5, { error: 'A rating is from 1 to 5.' })
        .nullable(),
      heard: HeardAnswer.nullable(),
    }).refine((v) => v.rating !== null || v.heard !== null, { error: 'Answer at least one of the two questions.' }),
  ),
  'survey.list': returns<Survey[]>()(details(groupRef)),
  'survey.create': returns<Survey>()(
    details({
      ...groupRef,
      title: Survey.shape.title,
      questions: z
        .array(fieldsOf('a question', { kind: QuestionKind, prompt: Question.shape.prompt, options: Question.shape.options.optional() }), {
          error: 'Send the questions as a list.',
        })
        .min(1, { error: 'A survey needs at least one question.' })
        .max(20, { error: 'A survey can have at most 20 questions.' }),
    }),
  ),
  'survey.delete': returns<{ deleted: boolean }>()(details({ surveyId: idOf('survey') })),
  'survey.respond': returns<{ thanks: true }>()(
    details({
      surveyId: idOf('survey'),
      answers: z.record(z.string().max(64), Answer.nullable(), {
        error: (issue) =>
          issue.code === 'invalid_key' ? 'Answer only the questions this survey asks.' : 'Send the answers as named fields, one per question.',
      }),
    }),
  ),
  'survey.results': returns<SurveyResults>()(details({ surveyId: idOf('survey') })),
  'suggestion.list': returns<Suggestion[]>()(details(groupRef)),
  'suggestion.add': returns<{ thanks: true }>()(details({ ...groupRef, text: Suggestion.shape.text })),
  'suggestion.update': returns<Suggestion>()(
    details({ suggestionId: idOf('suggestion'), status: SuggestionStatus, meetingId: idOf('meeting').nullable().optional() }),
  ),
  'meeting.exportMarkdown': returns<ExportedFile>()(
    details({ ...meetingRef, includePrivateNotes: yesOrNo('Say whether to include private notes'), ...writtenIn }),
  ),
  'settings.get': returns<Settings>()(none),
  'settings.update': returns<Settings>()(
    details({
      privateNoteRetentionMonths: z
        .number({ error: 'Keep private notes for a whole number of months, from 1 to 120, or for ever.' })
        .int()
        .min(1, { error: 'Keep notes for at least 1 month.' })
        .max(120, { error: 'Keep notes for at most 120 months.' })
        .nullable(),
    }),
  ),

  /**
   * Every report of one group over a range: the last `months` months, or from
   * `from` (the start when left out) to `to` (today where the group meets).
   * Each member's own figures only when `perMember` is true.
   */
  'report.compute': returns<GroupReport>()(
    details({
      ...groupRef,
      from: isoDate('the first date of the report').optional(),
      to: isoDate('the last date of the report').optional(),
      months: wholeNumber(1, 120, 'Report on the last 1 to 120 months (a whole number).').optional(),
      perMember: yesOrNo('Say whether to include each member’s own figures').optional(),
    }),
  ),

  /**
   * Upcoming meetings and the group's events as .ics, partners named. A
   * partner's contact goes in only when withPartnerContacts is true.
   */
  'calendar.export': returns<CalendarFile>()(
    details({
      ...groupRef,
      count: wholeNumber(1, 52, 'Export 1 to 52 upcoming meetings.').optional(),
      withPartnerContacts: yesOrNo('Say whether to put partners’ contacts in the calendar').optional(),
      ...writtenIn,
    }),
  ),
  /** Upcoming meetings (planned, or from the schedule) that the group's events or partners' events overlap. */
  'calendar.clashes': returns<Clash[]>()(details(groupRef)),

  /** Partner organisations; their contacts are for the console only. */
  'partner.list': returns<Partner[]>()(details(groupRef)),
  'partner.create': returns<Partner>()(
    details({
      ...groupRef,
      name: Partner.shape.name,
      offers: Partner.shape.offers.optional(),
      alignment: Partner.shape.alignment.optional(),
      contact: Partner.shape.contact.optional(),
    }),
  ),
  'partner.update': returns<Partner>()(
    details({
      ...partnerRef,
      name: Partner.shape.name.optional(),
      offers: Partner.shape.offers.optional(),
      alignment: Partner.shape.alignment.optional(),
      contact: Partner.shape.contact.optional(),
    }),
  ),
  /** Also removes the partner's imported events; the group's events with this partner keep going, with no partner. */
  'partner.delete': returns<{ deleted: Partner }>()(details(partnerRef)),
  /**
   * Reads a partner's calendar (.ics text): recurring events expanded for
   * the next months, time zones honoured, all-day events kept all-day.
   * Replaces that partner's earlier import, matching events by UID and
   * occurrence, so nothing is doubled. Bad input changes nothing.
   */
  'partner.importCalendar': returns<CalendarImport>()(details({ ...partnerRef, text: CalendarText })),
  /** Imported events (read-only), soonest first; a group's from every partner when partnerId is left out. */
  'partnerEvent.list': returns<PartnerEvent[]>()(details({ ...groupRef, partnerId: idOf('partner').optional() })),

  /** The group's own events beside its meetings, soonest first. */
  'event.list': returns<GroupEvent[]>()(details(groupRef)),
  'event.create': returns<GroupEvent>()(
    details({
      ...groupRef,
      kind: EventKind,
      title: GroupEvent.shape.title,
      date: isoDate('the event’s date'),
      startTime: ClockTime,
      endTime: ClockTime,
      place: GroupEvent.shape.place.optional(),
      partnerId: idOf('partner').nullable().optional(),
      description: GroupEvent.shape.description.optional(),
    }),
  ),
  'event.update': returns<GroupEvent>()(
    details({
      ...eventRef,
      kind: EventKind.optional(),
      title: GroupEvent.shape.title.optional(),
      date: isoDate('the event’s date').optional(),
      startTime: ClockTime.optional(),
      endTime: ClockTime.optional(),
      place: GroupEvent.shape.place.optional(),
      partnerId: idOf('partner').nullable().optional(),
      description: GroupEvent.shape.description.optional(),
    }),
  ),
  'event.delete': returns<{ deleted: GroupEvent }>()(details(eventRef)),

  'room.get': returns<RoomState>()(none),
  'room.selectGroup': returns<RoomState>()(details({ groupId: idOf('group').nullable() })),
  'room.setMode': returns<RoomState>()(details({ mode: ScreenMode })),
  'room.toggleBlank': returns<RoomState>()(none),
  /** The pause key: a calm breathing screen with the ground rules, and the second press brings back what was there. */
  'room.togglePause': returns<RoomState>()(none),
  'room.setMessage': returns<RoomState>()(
    details({ message: RoomMessage, show: yesOrNo('Say whether to show the message on the room screen').optional() }),
  ),
  'room.setTimerDisplay': returns<RoomState>()(details({ timerDisplay: TimerDisplay })),

  /** Whether the data folder is encrypted, and whether it is open. Callable before it is unlocked. */
  'vault.status': returns<VaultStatus>()(none),
  /** Opens an encrypted data folder; finishes a change of passphrase a crash cut short. Callable before it is unlocked. */
  'vault.unlock': returns<VaultStatus>()(
    details({ passphrase: GivenPassphrase, remember: yesOrNo('Say whether to remember the key on this computer').optional() }),
  ),
  /** Encrypts the data folder (record, archives, backups). `understood`: the facilitator read that a forgotten passphrase loses the data. */
  'vault.enable': returns<VaultStatus>()(
    details({
      passphrase: NewPassphrase,
      understood: z.literal(true, { error: 'Tick that you understand a forgotten passphrase cannot be recovered.' }),
      remember: yesOrNo('Say whether to remember the key on this computer').optional(),
    }),
  ),
  /** A new passphrase and a new key; every file is encrypted again. */
  'vault.change': returns<VaultStatus>()(details({ current: GivenPassphrase, passphrase: NewPassphrase })),
  /** Back to files in clear. */
  'vault.disable': returns<VaultStatus>()(details({ current: GivenPassphrase })),
  /** Stops keeping the key with this computer's keychain: the passphrase is asked at the next start. */
  'vault.forgetOnThisComputer': returns<VaultStatus>()(none),

  /** The backups, newest first, with what each holds. */
  'backup.list': returns<BackupSummary[]>()(none),
  /** One backup's groups, beside what the record holds now. */
  'backup.preview': returns<BackupPreview>()(details({ name: BackupName, ...writtenIn })),
  /** Makes a backup the record; the record as it was is backed up first, so the restore can be undone by restoring that. */
  'backup.restore': returns<RestoreOutcome>()(details({ name: BackupName })),

  /**
   * Saves a copy: everything, one group, or a handover file for the next
   * facilitator (always locked with a passphrase; private notes and contacts
   * only when ticked). The file is then read with transfer.read.
   */
  'copy.save': returns<SavedCopy>()(details({ ...SaveCopyInput, passphrase: NewPassphrase.optional() })),
  /** What a copy sent with transfer.begin/append holds, beside the groups here. Changes nothing. */
  'copy.inspect': returns<CopyPreview>()(details({ transferId: TransferId, passphrase: GivenPassphrase.optional(), ...writtenIn })),
  /** Opens a copy: each of its groups added as a new group, put in place of a group here, or left out. Backed up first. */
  'copy.open': returns<OpenedCopy>()(
    details({
      transferId: TransferId,
      passphrase: GivenPassphrase.optional(),
      choices: z.array(CopyChoice, { error: 'Say what to do with each group of the copy.' }).min(1).max(50),
    }),
  ),
  /** Files travel in pieces (the browser host's socket carries at most 1 MB a message). */
  'transfer.begin': returns<{ transferId: string }>()(
    details({ bytes: wholeNumber(1, TRANSFER_MAX_BYTES, 'The file is empty or far too large to be a copy.') }),
  ),
  'transfer.append': returns<{ received: number }>()(
    details({ transferId: TransferId, offset: wholeNumber(0, TRANSFER_MAX_BYTES, 'Send the piece’s place in the file.'), data: TransferPiece }),
  ),
  'transfer.read': returns<{ data: string; done: boolean }>()(
    details({ transferId: TransferId, offset: wholeNumber(0, TRANSFER_MAX_BYTES, 'Ask for a place in the file.') }),
  ),
} satisfies Record<MethodName, { input: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
/** What a caller sends (before trimming and defaults). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What the domain code receives, after parsing. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];
