import { z } from 'zod';
import { issueSentence } from '../contract/error-message';
import { AgendaItem, AGENDA_ITEMS_MAX } from '../agenda/agenda';
import { Role } from '../roles/roles';
import { RulesVersion } from '../rules/ground-rules';
import { Objectives, Purpose, PurposeVersion, PURPOSE_VERSIONS_MAX, Review, ReviewOffer, REVIEWS_MAX } from '../sustain/purpose';
import { Checkout } from '../feedback/checkout';
import { MeetingNotes } from '../notes/notes';
import { AttendanceEntry, LiveState, MeetingRecord } from '../live/live-state';
import { StoredIsoDate, StoredSchedule } from '../schedule/schedule';
import { DisplayName, EntityId, GroupName, idOf, optionalText, shortText } from './names';
import { choice, fieldsOf } from './fields';
import { LOCALE_INFO, LOCALES } from '../i18n/locales';

/** Epoch milliseconds. Stored as a number so the data file stays plain JSON. */
export const EpochMs = z.number().int().nonnegative();

export const MeetingFormat = choice(['in_person', 'online', 'hybrid'], 'Choose how the group meets');
export type MeetingFormat = z.infer<typeof MeetingFormat>;

/** A language the room's screen can be shown in, each named in itself in the sentence a bad value gets. */
export const RoomLocale = choice(
  LOCALES,
  'Choose the room screen’s language',
  Object.fromEntries(LOCALES.map((code) => [code, `${code} (${LOCALE_INFO[code].endonym})`])),
);
export type RoomLocale = z.infer<typeof RoomLocale>;

export { Objective, OBJECTIVES_MAX } from '../sustain/purpose';

export const Group = z.strictObject({
  id: EntityId,
  name: GroupName,
  createdAt: EpochMs,
  /** The purpose and objectives in force: always the newest of purposeVersions (or empty before the first). */
  purpose: Purpose,
  objectives: Objectives,
  format: MeetingFormat,
  venue: optionalText('The venue', 200),
  schedule: StoredSchedule.nullable(),
  /** Every how many meetings the group reviews its purpose and goals. */
  reviewEveryMeetings: z
    .number({ error: 'The review interval must be a number of meetings.' })
    .int({ error: 'The review interval must be a whole number of meetings.' })
    .min(1, { error: 'Review at least every meeting (1) — or up to every 104 meetings.' })
    .max(104, { error: 'Review at least every 104 meetings.' }),
  /** Every version the group has adopted, oldest first; the highest is in force. */
  groundRules: z.array(RulesVersion),
  /** Every wording of the purpose and objectives, oldest first; the highest is in force. */
  purposeVersions: z.array(PurposeVersion).max(PURPOSE_VERSIONS_MAX),
  /** The reviews of purpose and goals held, oldest first. */
  reviews: z.array(Review).max(REVIEWS_MAX),
  /** Where the review item was last put, so it is offered once each time a review falls due. */
  reviewOffered: ReviewOffer.nullable(),
  /** Missed meetings in a row that put a member who opted in on the "check in with" list. */
  checkInAfterMissed: z.number().int().min(1).max(52),
  /** The language of the room's screen while this group meets (the console's language is the facilitator's own). */
  roomLocale: RoomLocale,
});
export type Group = z.infer<typeof Group>;

export const MemberStatus = choice(['active', 'on_break', 'left'], 'Choose the member’s status', { on_break: 'on a break' });
export type MemberStatus = z.infer<typeof MemberStatus>;

export const HeardFrom = choice(
  ['local_organisation', 'workplace', 'online_forum', 'social_media', 'community_event', 'referred_by_member', 'partner_organisation', 'other'],
  'Choose how they heard about the group',
  {
    local_organisation: 'a local organisation',
    workplace: 'their workplace',
    online_forum: 'an online forum',
    referred_by_member: 'another member',
    community_event: 'a community event',
    partner_organisation: 'a partner organisation',
    other: 'somewhere else',
  },
);
export type HeardFrom = z.infer<typeof HeardFrom>;

/**
 * One change of a member's status after they joined, so reports can tell who
 * was on a break (or had left) in any past quarter. The date is the day the
 * change was made; null for a status that is older than the log itself (a
 * member already on a break or gone when data version 4 began keeping it).
 */
export const StatusChange = z.strictObject({ date: StoredIsoDate.nullable(), status: MemberStatus });
export type StatusChange = z.infer<typeof StatusChange>;
/** Far more changes than a member makes in a lifetime of meetings; the oldest go first past it. */
export const STATUS_LOG_MAX = 200;

export const Agreement = z.strictObject({ date: StoredIsoDate, rulesVersion: z.number().int().min(1) });
export type Agreement = z.infer<typeof Agreement>;

/**
 * A member needs only a display name. Full name and contact are optional and
 * private: they never leave the console (DESIGN.md, "Privacy is the product").
 */
export const Member = z.strictObject({
  id: EntityId,
  groupId: EntityId,
  displayName: DisplayName,
  status: MemberStatus,
  joinedOn: StoredIsoDate,
  leftOn: StoredIsoDate.nullable(),
  /** Each change of status since joining, oldest first (a new member's is empty). */
  statusLog: z.array(StatusChange).max(STATUS_LOG_MAX),
  fullName: optionalText('A full name', 120).nullable(),
  contact: optionalText('Contact details', 200).nullable(),
  heardFrom: HeardFrom.nullable(),
  /** Opted in to being checked on after missed meetings. */
  checkOnMe: z.boolean(),
  /** Happy to take a rotating role even as a newcomer. */
  volunteersForRoles: z.boolean(),
  agreement: Agreement.nullable(),
  /** Personal details were erased after the member left; counts still include them. */
  erased: z.boolean(),
});
export type Member = z.infer<typeof Member>;

export const TemplateName = shortText('A template name', 80);

export const AgendaTemplate = z.strictObject({
  id: EntityId,
  groupId: EntityId,
  name: TemplateName,
  items: z.array(AgendaItem).max(AGENDA_ITEMS_MAX, { error: `An agenda can have at most ${String(AGENDA_ITEMS_MAX)} items.` }),
  createdAt: EpochMs,
});
export type AgendaTemplate = z.infer<typeof AgendaTemplate>;

export const RoleAssignmentSchema = fieldsOf('the roles', {
  facilitator: idOf('facilitator').nullable(),
  timekeeper: idOf('timekeeper').nullable(),
  note_taker: idOf('note-taker').nullable(),
});

export const MeetingStatus = z.enum(['planned', 'live', 'ended', 'cancelled']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const Meeting = z.strictObject({
  id: EntityId,
  groupId: EntityId,
  date: StoredIsoDate,
  startsAt: EpochMs,
  durationMinutes: z.number().int().min(15).max(480),
  status: MeetingStatus,
  templateId: EntityId.nullable(),
  /** Copied from the template, then this meeting's own to edit. */
  agenda: z.array(AgendaItem).max(AGENDA_ITEMS_MAX),
  roles: RoleAssignmentSchema,
  /** Members who said "not this time" to a role; the suggestion skips them. */
  roleDeclines: z.array(z.strictObject({ role: Role, memberId: EntityId })),
  /** Who came: members and walk-in guests; absent members have no entry. */
  attendance: z.array(AttendanceEntry),
  /** Participant ids in the order people sit, for rounds. */
  seating: z.array(EntityId),
  /** The meeting under way; null before it starts and after it ends. */
  live: LiveState.nullable(),
  /** What happened, once the meeting has ended. */
  record: MeetingRecord.nullable(),
  notes: MeetingNotes,
  checkout: Checkout,
});
export type Meeting = z.infer<typeof Meeting>;

/** 'auto' follows the current agenda item; the others are chosen by the facilitator. */
export const ScreenMode = choice(
  ['auto', 'welcome', 'ground_rules', 'agenda', 'speaker', 'break', 'message', 'blank', 'pause', 'purpose', 'coming_up'],
  'Choose what the room screen shows',
  {
    auto: 'automatic (following the agenda)',
    pause: 'a pause (breathing, with the ground rules)',
    purpose: 'purpose and goals',
    coming_up: 'coming up (the group’s next events)',
  },
);
export type ScreenMode = z.infer<typeof ScreenMode>;

export const TimerDisplay = choice(['numbers', 'ring', 'hidden'], 'Choose how the timer shows');
export type TimerDisplay = z.infer<typeof TimerDisplay>;

export const RoomMessage = z
  .string({ error: (issue) => (issue.input === undefined ? 'The room message is missing (it may be empty).' : 'The room message must be text.') })
  .transform((v) => v.replace(/\s+/g, ' ').trim())
  .pipe(
    z.string().max(140, {
      error: (issue) =>
        issueSentence(
          `A room message can be at most 140 characters, to stay readable (this has ${String((issue.input as string).length)}).`,
          'room.messageTooLong',
          { length: (issue.input as string).length },
        ),
    }),
  );

/** What the room screen is set to: which group it speaks for and how. */
export const RoomState = z.strictObject({
  groupId: EntityId.nullable(),
  mode: ScreenMode,
  /** Where B returns to after blanking the screen. */
  modeBeforeBlank: ScreenMode,
  /** Where the pause key returns to after a pause. */
  modeBeforePause: ScreenMode,
  message: RoomMessage,
  timerDisplay: TimerDisplay,
});
export type RoomState = z.infer<typeof RoomState>;
