import { z } from 'zod';
import { AgendaItem, AGENDA_ITEMS_MAX } from '../agenda/agenda';
import { DisplayName, EntityId, GroupName } from '../domain/names';
import { ActionItem, Answer, HeardAnswer, NoteText, Question, QuestionKind, Suggestion, SuggestionStatus, Survey, type Checkout, type Settings } from '../feedback/feedback';
import { Group, Member, type AgendaTemplate, type Meeting, type RoomState } from '../domain/types';
import { HeardFrom, MeetingFormat, MemberStatus, RoleAssignmentSchema, RoomMessage, ScreenMode, TemplateName, TimerDisplay } from '../domain/types';
import { LiveCommand } from '../live/commands';
import type { DisplaySnapshot } from '../display/display-view';
import { Role, type RoleAssignment } from '../roles/roles';
import { RULES_MAX, RuleText } from '../rules/ground-rules';
import { isoDate, Schedule, type PlannedDate } from '../schedule/schedule';
import type { MethodName } from './method-names';

export interface Notice {
  id: string;
  level: 'info' | 'warning';
  title: string;
  detail: string;
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

/** Pairs an input schema with the result type; the result exists only in types. */
function returns<R>() {
  return <I extends z.ZodType>(input: I) => ({ input, result: undefined as unknown as R });
}

const none = z.strictObject({});
const groupRef = { groupId: EntityId };
const memberRef = { memberId: EntityId };
const templateRef = { templateId: EntityId };
const meetingRef = { meetingId: EntityId };

/** A new item may come without an id; the backend gives it one. */
const AgendaItemInput = AgendaItem.extend({ id: AgendaItem.shape.id.optional() });
const agendaItemInputs = z.array(AgendaItemInput).max(AGENDA_ITEMS_MAX, { error: `An agenda can have at most ${String(AGENDA_ITEMS_MAX)} items.` });

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
  checkOnMe: z.boolean().optional(),
  volunteersForRoles: z.boolean().optional(),
};

/**
 * The API both transports carry. Input schemas are strict: an unknown field is
 * an error, so a typo in a caller is found rather than silently ignored.
 */
export const contract = {
  'app.status': returns<AppStatus>()(none),
  'app.dismissNotice': returns<AppStatus>()(z.strictObject({ noticeId: z.string().min(1).max(100) })),

  'group.list': returns<Group[]>()(none),
  'group.create': returns<Group>()(z.strictObject({ name: GroupName, withDefaults: z.boolean().optional() })),
  'group.update': returns<Group>()(
    z.strictObject({
      ...groupRef,
      name: GroupName.optional(),
      purpose: Group.shape.purpose.optional(),
      objectives: Group.shape.objectives.optional(),
      format: MeetingFormat.optional(),
      venue: Group.shape.venue.optional(),
      schedule: Schedule.nullable().optional(),
      reviewEveryMeetings: Group.shape.reviewEveryMeetings.optional(),
    }),
  ),
  'rules.set': returns<Group>()(z.strictObject({ ...groupRef, rules: z.array(RuleText).max(RULES_MAX, { error: `A group can have at most ${String(RULES_MAX)} ground rules.` }) })),

  'member.list': returns<Member[]>()(z.strictObject(groupRef)),
  'member.add': returns<Member>()(z.strictObject({ ...groupRef, displayName: DisplayName, ...memberDetails })),
  'member.update': returns<Member>()(z.strictObject({ ...memberRef, displayName: DisplayName.optional(), status: MemberStatus.optional(), ...memberDetails })),
  'member.recordAgreement': returns<Member>()(z.strictObject({ ...memberRef, date: isoDate('the date they agreed to the ground rules').optional() })),
  'member.erase': returns<Member>()(z.strictObject(memberRef)),

  'template.list': returns<AgendaTemplate[]>()(z.strictObject(groupRef)),
  'template.create': returns<AgendaTemplate>()(z.strictObject({ ...groupRef, name: TemplateName, items: agendaItemInputs.optional() })),
  'template.duplicate': returns<AgendaTemplate>()(z.strictObject(templateRef)),
  'template.update': returns<AgendaTemplate>()(z.strictObject({ ...templateRef, name: TemplateName.optional(), items: agendaItemInputs.optional() })),
  'template.delete': returns<{ deleted: AgendaTemplate }>()(z.strictObject(templateRef)),

  'meeting.list': returns<Meeting[]>()(z.strictObject(groupRef)),
  'meeting.history': returns<PastMeeting[]>()(z.strictObject(groupRef)),
  'meeting.upcomingDates': returns<PlannedDate[]>()(z.strictObject({ ...groupRef, count: z.number().int().min(1).max(52).optional() })),
  'meeting.plan': returns<Meeting>()(z.strictObject({ ...groupRef, date: isoDate('the meeting date'), templateId: EntityId.nullable() })),
  'meeting.updateAgenda': returns<Meeting>()(z.strictObject({ ...meetingRef, items: agendaItemInputs })),
  'meeting.suggestRoles': returns<RoleAssignment>()(z.strictObject(meetingRef)),
  'meeting.assignRoles': returns<Meeting>()(z.strictObject({ ...meetingRef, roles: RoleAssignmentSchema })),
  'meeting.declineRole': returns<Meeting>()(z.strictObject({ ...meetingRef, role: Role, memberId: EntityId })),
  'meeting.cancel': returns<Meeting>()(z.strictObject(meetingRef)),

  'meeting.get': returns<Meeting>()(z.strictObject(meetingRef)),
  'meeting.summary': returns<MeetingSummary>()(z.strictObject(meetingRef)),
  'attendance.mark': returns<Meeting>()(z.strictObject({ ...meetingRef, memberId: EntityId, status: z.enum(['present', 'excused', 'absent']) })),
  'attendance.addGuest': returns<Meeting>()(z.strictObject({ ...meetingRef, displayName: DisplayName })),
  'attendance.seat': returns<Meeting>()(z.strictObject({ ...meetingRef, seating: z.array(EntityId).max(200) })),
  'live.start': returns<Meeting>()(z.strictObject(meetingRef)),
  'live.command': returns<Meeting>()(z.strictObject({ ...meetingRef, command: LiveCommand })),
  'live.end': returns<MeetingSummary>()(z.strictObject(meetingRef)),

  'notes.save': returns<Meeting>()(
    z.strictObject({
      ...meetingRef,
      field: z.enum(['private', 'shared', 'item']),
      itemId: EntityId.optional(),
      text: NoteText,
    }),
  ),
  'notes.applyRetention': returns<{ meetingsCleared: number }>()(none),
  'actionItem.list': returns<ActionItem[]>()(z.strictObject({ ...groupRef, meetingId: EntityId.optional() })),
  'actionItem.add': returns<ActionItem>()(
    z.strictObject({ ...meetingRef, text: ActionItem.shape.text, ownerId: EntityId.nullable(), due: isoDate('the due date').nullable().optional() }),
  ),
  'actionItem.update': returns<ActionItem>()(z.strictObject({ actionItemId: EntityId, meetingId: EntityId.optional(), status: z.enum(['open', 'done']).optional(), due: isoDate('the due date').nullable().optional() })),
  'checkout.record': returns<Checkout>()(
    z
      .strictObject({ ...meetingRef, rating: z.number({ error: 'Choose how the session went, from 1 to 5.' }).int().min(1, { error: 'A rating is from 1 to 5.' }).max(5, { error: 'A rating is from 1 to 5.' }).nullable(), heard: HeardAnswer.nullable() })
      .refine((v) => v.rating !== null || v.heard !== null, { error: 'Answer at least one of the two questions.' }),
  ),
  'survey.list': returns<Survey[]>()(z.strictObject(groupRef)),
  'survey.create': returns<Survey>()(
    z.strictObject({
      ...groupRef,
      title: Survey.shape.title,
      questions: z
        .array(z.strictObject({ kind: QuestionKind, prompt: Question.shape.prompt, options: Question.shape.options.optional() }))
        .min(1, { error: 'A survey needs at least one question.' })
        .max(20, { error: 'A survey can have at most 20 questions.' }),
    }),
  ),
  'survey.delete': returns<{ deleted: boolean }>()(z.strictObject({ surveyId: EntityId })),
  'survey.respond': returns<{ thanks: true }>()(z.strictObject({ surveyId: EntityId, answers: z.record(z.string().max(64), Answer.nullable()) })),
  'survey.results': returns<SurveyResults>()(z.strictObject({ surveyId: EntityId })),
  'suggestion.list': returns<Suggestion[]>()(z.strictObject(groupRef)),
  'suggestion.add': returns<{ thanks: true }>()(z.strictObject({ ...groupRef, text: Suggestion.shape.text })),
  'suggestion.update': returns<Suggestion>()(z.strictObject({ suggestionId: EntityId, status: SuggestionStatus, meetingId: EntityId.nullable().optional() })),
  'meeting.exportMarkdown': returns<ExportedFile>()(z.strictObject({ ...meetingRef, includePrivateNotes: z.boolean() })),
  'settings.get': returns<Settings>()(none),
  'settings.update': returns<Settings>()(z.strictObject({ privateNoteRetentionMonths: z.number().int().min(1, { error: 'Keep notes for at least 1 month.' }).max(120, { error: 'Keep notes for at most 120 months.' }).nullable() })),

  'calendar.export': returns<CalendarFile>()(z.strictObject({ ...groupRef, count: z.number().int().min(1).max(52).optional() })),

  'room.get': returns<RoomState>()(none),
  'room.selectGroup': returns<RoomState>()(z.strictObject({ groupId: EntityId.nullable() })),
  'room.setMode': returns<RoomState>()(z.strictObject({ mode: ScreenMode })),
  'room.toggleBlank': returns<RoomState>()(none),
  'room.setMessage': returns<RoomState>()(z.strictObject({ message: RoomMessage, show: z.boolean().optional() })),
  'room.setTimerDisplay': returns<RoomState>()(z.strictObject({ timerDisplay: TimerDisplay })),
  'display.current': returns<DisplaySnapshot>()(none),
} satisfies Record<MethodName, { input: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
/** What a caller sends (before trimming and defaults). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What the domain code receives, after parsing. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];
