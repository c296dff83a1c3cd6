import type { ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { AgendaItem } from '#shared/agenda/agenda';
import type { Meeting } from '#shared/domain/types';
import { isNewcomer, ROLES, suggestRoles, type RoleAssignment } from '#shared/roles/roles';
import { upcomingDates } from '#shared/schedule/schedule';
import { instantOf, parseDate } from '#shared/schedule/zoned-time';
import type { Database } from '#shared/storage/database';
import type { MeetingDigest } from '#shared/history/digest';
import type { PastMeeting } from '#shared/contract/contract';
import { emptyCheckout } from '#shared/feedback/checkout';
import { emptyNotes } from '#shared/notes/notes';
import { LOCALES } from '#shared/i18n/locales';
import { backendTranslator } from '../i18n/backend-messages';
import { copyItems, withItemIds } from './agenda-items';
import type { HandlerContext } from './context';
import { heldDates, offerReviewItem } from './sustain-helpers';
import { findGroup, findMeeting, findMember, findTemplate, today } from './lookup';

function scheduleOf(data: Readonly<Database>, groupId: string) {
  const group = findGroup(data, groupId);
  if (!group.schedule) {
    throw new DomainError('conflict', msg('meeting.noSchedule'), 'schedule');
  }
  return group.schedule;
}

interface RoleHistoryEntry {
  date: string;
  roles: RoleAssignment;
  /** Members present, for a meeting that was held; null for one only planned. */
  present: readonly string[] | null;
}

/** The role rotation for one meeting, from the meetings before it (past ones from their digests). */
export function suggestionFor(data: Readonly<Database>, meeting: Meeting, history: readonly MeetingDigest[]): RoleAssignment {
  const entries: RoleHistoryEntry[] = [
    ...data.meetings
      .filter((m) => m.groupId === meeting.groupId && m.id !== meeting.id && m.status !== 'cancelled')
      .map((m) => ({ date: m.date, roles: m.roles, present: null })),
    ...history.filter((d) => d.status === 'ended' && d.meetingId !== meeting.id).map((d) => ({ date: d.date, roles: d.roles, present: d.present })),
  ];
  const before = entries.filter((m) => m.date < meeting.date);
  // Meetings that were run carry attendance: count what each member actually came to.
  // A group that only plans in Circlekeeper has none, so then it is the meetings since joining.
  const held = before.filter((m) => m.present !== null);
  const meetingsOf = (memberId: string, joinedOn: string) =>
    held.length > 0 ? held.filter((m) => m.present?.includes(memberId)).length : before.filter((past) => past.date >= joinedOn).length;
  const groupMeetings = held.length > 0 ? held.length : before.length;
  const candidates = data.members
    .filter((m) => m.groupId === meeting.groupId && m.status === 'active')
    .map((m) => ({
      id: m.id,
      name: m.displayName,
      newcomer: isNewcomer(meetingsOf(m.id, m.joinedOn), groupMeetings),
      volunteers: m.volunteersForRoles,
    }));
  return suggestRoles(
    candidates,
    before.map((m) => ({ date: m.date, roles: m.roles })),
    meeting.roleDeclines,
  );
}

/**
 * Open action items come back as a follow-up item on the next meeting's
 * agenda, after the opening item, worded in the room screen's language (the
 * room sees its title). Who owns what stays in the console (the objective).
 */
/** The item's title in every shipped language: a meeting planned before the room's language changed has it already. */
const followUpsTitles = new Set(LOCALES.map((locale) => backendTranslator(locale)('content.followUps.title')));

export function withFollowUps(agenda: AgendaItem[], data: Readonly<Database>, groupId: string, newId: () => string): AgendaItem[] {
  const open = data.actionItems.filter((a) => a.groupId === groupId && a.status === 'open');
  // Already there (planned after the items were made): nothing to add.
  if (open.length === 0 || agenda.some((item) => followUpsTitles.has(item.title))) return agenda;
  const t = backendTranslator(data.groups.find((g) => g.id === groupId)?.roomLocale ?? 'en');
  const owner = (id: string | null) =>
    id === null ? t('content.followUps.theGroup') : (data.members.find((m) => m.id === id)?.displayName ?? t('content.followUps.formerMember'));
  const objective = open
    .map((a) => t('content.followUps.item', { text: a.text, owner: owner(a.ownerId) }))
    .join('; ')
    .slice(0, 300);
  const title = t('content.followUps.title');
  const followUps: AgendaItem = { id: newId(), kind: 'announcements', title, minutes: 5, objective, perSpeakerSeconds: null };
  return [...agenda.slice(0, 1), followUps, ...agenda.slice(1)];
}

export function meetingHandlers(ctx: HandlerContext) {
  return {
    /** Meetings not yet held: planned and live. Past ones come from meeting.history, a row each. */
    'meeting.list': ({ groupId }: ParsedInput<'meeting.list'>): Meeting[] => {
      const data = ctx.read();
      findGroup(data, groupId);
      return data.meetings.filter((m) => m.groupId === groupId).sort((a, b) => a.startsAt - b.startsAt);
    },

    /** Past meetings, newest first, from their digests: no archive is opened. */
    'meeting.history': ({ groupId }: ParsedInput<'meeting.history'>): PastMeeting[] => {
      findGroup(ctx.read(), groupId);
      return ctx
        .history(groupId)
        .map((d) => ({
          meetingId: d.meetingId,
          date: d.date,
          startsAt: d.startsAt,
          status: d.status,
          endedAt: d.endedAt,
          present: d.present.length + d.guests,
        }))
        .reverse();
    },

    /** The schedule's next dates, less any on which the group already met (a meeting held early today, say). */
    'meeting.upcomingDates': ({ groupId, count }: ParsedInput<'meeting.upcomingDates'>) => {
      const group = findGroup(ctx.read(), groupId);
      if (!group.schedule) return [];
      const from = today(group, ctx.now(), ctx.timeZone);
      const held = new Set(
        ctx
          .history(groupId)
          .filter((d) => d.status === 'ended' && d.date >= from)
          .map((d) => d.date),
      );
      const wanted = count ?? 6;
      return upcomingDates(group.schedule, ctx.now(), wanted + held.size)
        .filter((slot) => !held.has(slot.date))
        .slice(0, wanted);
    },

    'meeting.plan': ({ groupId, date, templateId }: ParsedInput<'meeting.plan'>) =>
      ctx.mutate('meeting.plan', (draft) => {
        const schedule = scheduleOf(draft, groupId);
        const held = ctx.history(groupId).some((d) => d.date === date && d.status === 'ended');
        if (held || draft.meetings.some((m) => m.groupId === groupId && m.date === date && m.status !== 'cancelled')) {
          throw new DomainError('conflict', msg('meeting.datePlanned', { date }), 'date');
        }
        const day = parseDate(date);
        if (!day) throw new DomainError('invalid_input', msg('date.notReal'), 'date');
        const [hour, minute] = schedule.startTime.split(':').map(Number) as [number, number];
        const startsAt = instantOf({ ...day, hour, minute }, schedule.timeZone);
        // The contract takes dates from 1970 on, but east of UTC the first hours of
        // 1 January 1970 are still 1969 in UTC, and stored times cannot be before 1970.
        if (startsAt < 0) {
          throw new DomainError('invalid_input', msg('meeting.before1970', { time: schedule.startTime, date, timeZone: schedule.timeZone }), 'date');
        }
        const template = templateId === null ? null : findTemplate(draft, templateId);
        if (template && template.groupId !== groupId) throw new DomainError('invalid_input', msg('template.otherGroup'), 'templateId');
        const agenda = withFollowUps(template ? copyItems(template.items, ctx.newId) : [], draft, groupId, ctx.newId);
        const meeting: Meeting = {
          id: ctx.newId(),
          groupId,
          date,
          startsAt,
          durationMinutes: schedule.durationMinutes,
          status: 'planned',
          templateId,
          agenda,
          roles: { facilitator: null, timekeeper: null, note_taker: null },
          roleDeclines: [],
          attendance: [],
          seating: [],
          live: null,
          record: null,
          notes: emptyNotes(),
          checkout: emptyCheckout(),
        };
        draft.meetings.push(meeting);
        // A review that is due goes on the next planned meeting: this one, when it is the next.
        const history = ctx.history(groupId);
        offerReviewItem(draft, groupId, heldDates(history), history, ctx.newId);
        return meeting;
      }),

    'meeting.updateAgenda': ({ meetingId, items }: ParsedInput<'meeting.updateAgenda'>) =>
      ctx.mutate(
        'meeting.updateAgenda',
        (draft) => {
          const meeting = findMeeting(draft, meetingId);
          meeting.agenda = withItemIds(items, ctx.newId);
          return meeting;
        },
        [meetingId],
      ),

    'meeting.suggestRoles': async ({ meetingId }: ParsedInput<'meeting.suggestRoles'>) => {
      const data = await ctx.view([meetingId]);
      const meeting = findMeeting(data, meetingId);
      return suggestionFor(data, meeting, ctx.history(meeting.groupId));
    },

    'meeting.assignRoles': ({ meetingId, roles }: ParsedInput<'meeting.assignRoles'>) =>
      ctx.mutate(
        'meeting.assignRoles',
        (draft) => {
          const meeting = findMeeting(draft, meetingId);
          const holders = new Map<string, string>();
          for (const role of ROLES) {
            const memberId = roles[role];
            if (memberId === null) continue;
            const member = findMember(draft, memberId);
            if (member.groupId !== meeting.groupId || member.status === 'left') {
              throw new DomainError('invalid_input', msg('role.notCurrentMember', { name: member.displayName }), role);
            }
            const other = holders.get(memberId);
            if (other) throw new DomainError('conflict', msg('role.twoRoles', { name: member.displayName, held: other, role }), role);
            holders.set(memberId, role);
          }
          meeting.roles = roles;
          return meeting;
        },
        [meetingId],
      ),

    'meeting.declineRole': ({ meetingId, role, memberId }: ParsedInput<'meeting.declineRole'>) =>
      ctx.mutate(
        'meeting.declineRole',
        (draft) => {
          const meeting = findMeeting(draft, meetingId);
          const member = findMember(draft, memberId);
          if (member.groupId !== meeting.groupId) throw new DomainError('invalid_input', msg('member.notInGroup'), 'memberId');
          if (!meeting.roleDeclines.some((d) => d.role === role && d.memberId === memberId)) meeting.roleDeclines.push({ role, memberId });
          if (meeting.roles[role] === memberId) meeting.roles[role] = null;
          return meeting;
        },
        [meetingId],
      ),

    'meeting.get': async ({ meetingId }: ParsedInput<'meeting.get'>) => findMeeting(await ctx.view([meetingId]), meetingId),

    'meeting.cancel': ({ meetingId }: ParsedInput<'meeting.cancel'>) =>
      ctx.mutate(
        'meeting.cancel',
        (draft) => {
          const meeting = findMeeting(draft, meetingId);
          if (meeting.status === 'live' || meeting.status === 'ended') throw new DomainError('conflict', msg('meeting.startedCannotCancel'));
          meeting.status = 'cancelled';
          return meeting;
        },
        [meetingId],
      ),
  };
}
