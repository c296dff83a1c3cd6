import type { CalendarImport, Clash, ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { Group } from '#shared/domain/types';
import {
  EVENTS_PER_GROUP_MAX,
  findClashes,
  PARTNER_EVENTS_STORED_MAX,
  PARTNERS_PER_GROUP_MAX,
  type GroupEvent,
  type Partner,
  type PartnerEvent,
} from '#shared/partners/partners';
import { upcomingDates } from '#shared/schedule/schedule';
import { instantOf, parseDate } from '#shared/schedule/zoned-time';
import type { Database } from '#shared/storage/database';
import { readPartnerCalendar } from '../calendar-import';
import type { HandlerContext } from './context';
import { findGroup } from './lookup';

/** How many of the schedule's dates clash detection looks at, planned or not (half a year of weekly meetings). */
const CLASH_SLOTS = 26;

export function findPartner(data: Readonly<Database>, partnerId: string): Partner {
  const partner = data.partners.find((p) => p.id === partnerId);
  if (!partner) throw new DomainError('not_found', msg('partner.notFound'), 'partnerId');
  return partner;
}

function findEvent(data: Readonly<Database>, eventId: string): GroupEvent {
  const event = data.events.find((e) => e.id === eventId);
  if (!event) throw new DomainError('not_found', msg('partner.eventNotFound'), 'eventId');
  return event;
}

function assertPartnerOf(data: Readonly<Database>, groupId: string, partnerId: string | null): void {
  if (partnerId === null) return;
  const partner = findPartner(data, partnerId);
  if (partner.groupId !== groupId) throw new DomainError('invalid_input', msg('partner.otherGroup'), 'partnerId');
}

export const zoneOf = (group: Group, fallback: string) => group.schedule?.timeZone ?? fallback;

/** The instants an event's date and times name in the group's time zone. */
export function eventTimes(date: string, startTime: string, endTime: string, timeZone: string): { startsAt: number; endsAt: number } {
  const day = parseDate(date);
  if (!day) throw new DomainError('invalid_input', msg('date.notReal'), 'date');
  if (endTime <= startTime) {
    throw new DomainError('invalid_input', msg('partner.eventEndsBeforeStart', { time: startTime }), 'endTime');
  }
  const at = (time: string) => {
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    return instantOf({ ...day, hour, minute }, timeZone);
  };
  const startsAt = at(startTime);
  if (startsAt < 0) {
    throw new DomainError('invalid_input', msg('partner.eventBefore1970', { time: startTime, date, timeZone }), 'date');
  }
  return { startsAt, endsAt: at(endTime) };
}

const soonest = <T extends { startsAt: number; createdAt?: number }>(list: T[]) => list.sort((a, b) => a.startsAt - b.startsAt);

/**
 * Partner organisations, the group's own events, and partners' calendars
 * imported read-only. A partner's contact stays in the console: it is
 * never projected and goes into an export only when asked for.
 */
export function partnerHandlers(ctx: HandlerContext) {
  return {
    'partner.list': ({ groupId }: ParsedInput<'partner.list'>): Partner[] => {
      const data = ctx.read();
      findGroup(data, groupId);
      return data.partners.filter((p) => p.groupId === groupId).sort((a, b) => a.name.localeCompare(b.name));
    },

    'partner.create': ({ groupId, name, offers, alignment, contact }: ParsedInput<'partner.create'>) =>
      ctx.mutate('partner.create', (draft) => {
        findGroup(draft, groupId);
        const mine = draft.partners.filter((p) => p.groupId === groupId);
        if (mine.length >= PARTNERS_PER_GROUP_MAX) {
          throw new DomainError('conflict', msg('partner.tooMany', { max: PARTNERS_PER_GROUP_MAX }));
        }
        if (mine.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
          throw new DomainError('conflict', msg('partner.nameTaken', { name }), 'name');
        }
        const partner: Partner = {
          id: ctx.newId(),
          groupId,
          name,
          offers: offers ?? '',
          alignment: alignment ?? '',
          contact: contact ?? '',
          createdAt: ctx.now(),
        };
        draft.partners.push(partner);
        return partner;
      }),

    'partner.update': ({ partnerId, ...changes }: ParsedInput<'partner.update'>) =>
      ctx.mutate('partner.update', (draft) => {
        const partner = findPartner(draft, partnerId);
        if (
          changes.name !== undefined &&
          draft.partners.some((p) => p.groupId === partner.groupId && p.id !== partnerId && p.name.toLowerCase() === changes.name?.toLowerCase())
        ) {
          throw new DomainError('conflict', msg('partner.nameTaken', { name: changes.name }), 'name');
        }
        if (changes.name !== undefined) partner.name = changes.name;
        if (changes.offers !== undefined) partner.offers = changes.offers;
        if (changes.alignment !== undefined) partner.alignment = changes.alignment;
        if (changes.contact !== undefined) partner.contact = changes.contact;
        return { ...partner };
      }),

    'partner.delete': ({ partnerId }: ParsedInput<'partner.delete'>) =>
      ctx.mutate('partner.delete', (draft) => {
        const partner = { ...findPartner(draft, partnerId) };
        draft.partners = draft.partners.filter((p) => p.id !== partnerId);
        draft.partnerEvents = draft.partnerEvents.filter((e) => e.partnerId !== partnerId);
        for (const event of draft.events) if (event.partnerId === partnerId) event.partnerId = null;
        return { deleted: partner };
      }),

    'partner.importCalendar': async ({ partnerId, text }: ParsedInput<'partner.importCalendar'>): Promise<CalendarImport> => {
      const data = ctx.read();
      const partner = findPartner(data, partnerId);
      const group = findGroup(data, partner.groupId);
      const now = ctx.now();
      // Read whole before anything changes: a file that cannot be imported leaves the record as it was.
      const read = readPartnerCalendar(text, now, zoneOf(group, ctx.timeZone));
      return ctx.mutate('partner.importCalendar', (draft) => {
        findPartner(draft, partnerId);
        const key = (e: { uid: string; recurrenceId: string }) => `${e.uid}\u0000${e.recurrenceId}`;
        const before = new Map(draft.partnerEvents.filter((e) => e.partnerId === partnerId).map((e) => [key(e), e] as const));
        const seen = new Set<string>();
        const next: PartnerEvent[] = [];
        let added = 0;
        let updated = 0;
        for (const event of read) {
          const k = key(event);
          if (seen.has(k)) continue; // the same occurrence twice in one file counts once
          seen.add(k);
          const earlier = before.get(k);
          if (earlier) updated += 1;
          else added += 1;
          next.push({ ...event, id: earlier?.id ?? ctx.newId(), groupId: partner.groupId, partnerId, importedAt: now });
        }
        const kept = next.slice(0, PARTNER_EVENTS_STORED_MAX);
        const removed = [...before.keys()].filter((k) => !seen.has(k)).length;
        draft.partnerEvents = [...draft.partnerEvents.filter((e) => e.partnerId !== partnerId), ...kept];
        return { partnerId, found: next.length, added, updated, removed, kept: kept.length, leftOut: next.length - kept.length };
      });
    },

    'partnerEvent.list': ({ groupId, partnerId }: ParsedInput<'partnerEvent.list'>): PartnerEvent[] => {
      const data = ctx.read();
      findGroup(data, groupId);
      return soonest(data.partnerEvents.filter((e) => e.groupId === groupId && (partnerId === undefined || e.partnerId === partnerId)));
    },

    'event.list': ({ groupId }: ParsedInput<'event.list'>): GroupEvent[] => {
      const data = ctx.read();
      findGroup(data, groupId);
      return soonest(data.events.filter((e) => e.groupId === groupId));
    },

    'event.create': ({ groupId, ...fields }: ParsedInput<'event.create'>) =>
      ctx.mutate('event.create', (draft) => {
        const group = findGroup(draft, groupId);
        const partnerId = fields.partnerId ?? null;
        assertPartnerOf(draft, groupId, partnerId);
        if (draft.events.filter((e) => e.groupId === groupId).length >= EVENTS_PER_GROUP_MAX) {
          throw new DomainError('conflict', msg('partner.tooManyEvents', { max: EVENTS_PER_GROUP_MAX }));
        }
        const event: GroupEvent = {
          id: ctx.newId(),
          groupId,
          kind: fields.kind,
          title: fields.title,
          date: fields.date,
          startTime: fields.startTime,
          endTime: fields.endTime,
          ...eventTimes(fields.date, fields.startTime, fields.endTime, zoneOf(group, ctx.timeZone)),
          place: fields.place ?? '',
          partnerId,
          description: fields.description ?? '',
          createdAt: ctx.now(),
        };
        draft.events.push(event);
        return event;
      }),

    'event.update': ({ eventId, ...changes }: ParsedInput<'event.update'>) =>
      ctx.mutate('event.update', (draft) => {
        const event = findEvent(draft, eventId);
        const group = findGroup(draft, event.groupId);
        if (changes.partnerId !== undefined) assertPartnerOf(draft, event.groupId, changes.partnerId);
        const date = changes.date ?? event.date;
        const startTime = changes.startTime ?? event.startTime;
        const endTime = changes.endTime ?? event.endTime;
        Object.assign(event, eventTimes(date, startTime, endTime, zoneOf(group, ctx.timeZone)), { date, startTime, endTime });
        if (changes.kind !== undefined) event.kind = changes.kind;
        if (changes.title !== undefined) event.title = changes.title;
        if (changes.place !== undefined) event.place = changes.place;
        if (changes.partnerId !== undefined) event.partnerId = changes.partnerId;
        if (changes.description !== undefined) event.description = changes.description;
        return { ...event };
      }),

    'event.delete': ({ eventId }: ParsedInput<'event.delete'>) =>
      ctx.mutate('event.delete', (draft) => {
        const event = { ...findEvent(draft, eventId) };
        draft.events = draft.events.filter((e) => e.id !== eventId);
        return { deleted: event };
      }),

    /** Meetings to come (planned, or the schedule's dates not yet planned) against the group's and partners' events. */
    'calendar.clashes': ({ groupId }: ParsedInput<'calendar.clashes'>): Clash[] => {
      const data = ctx.read();
      const group = findGroup(data, groupId);
      const now = ctx.now();
      const planned = data.meetings
        .filter((m) => m.groupId === groupId && (m.status === 'planned' || m.status === 'live'))
        .map((m) => ({ meetingId: m.id, date: m.date, startsAt: m.startsAt, endsAt: m.startsAt + m.durationMinutes * 60_000 }))
        .filter((m) => m.endsAt > now);
      const taken = new Set([...data.meetings.filter((m) => m.groupId === groupId).map((m) => m.date), ...ctx.history(groupId).map((d) => d.date)]);
      const slots = group.schedule
        ? upcomingDates(group.schedule, now, CLASH_SLOTS)
            .filter((s) => !taken.has(s.date))
            .map((s) => ({ meetingId: null, date: s.date, startsAt: s.startsAt, endsAt: s.endsAt }))
        : [];
      const partnerName = new Map(data.partners.map((p) => [p.id, p.name] as const));
      const events = [
        ...data.events
          .filter((e) => e.groupId === groupId)
          .map((e) => ({
            source: 'group_event' as const,
            id: e.id,
            title: e.title,
            partnerId: e.partnerId,
            startsAt: e.startsAt,
            endsAt: e.endsAt,
            allDay: false,
          })),
        ...data.partnerEvents
          .filter((e) => e.groupId === groupId)
          .map((e) => ({
            source: 'partner_event' as const,
            id: e.id,
            title: e.title,
            partnerId: e.partnerId,
            startsAt: e.startsAt,
            endsAt: e.endsAt,
            allDay: e.allDay,
          })),
      ];
      return findClashes([...planned, ...slots], events).map(({ meeting, event }) => ({
        meetingId: meeting.meetingId,
        meetingDate: meeting.date,
        meetingStartsAt: meeting.startsAt,
        meetingEndsAt: meeting.endsAt,
        source: event.source,
        eventId: event.id,
        title: event.title,
        partnerName: event.partnerId === null ? null : (partnerName.get(event.partnerId) ?? null),
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        allDay: event.allDay,
      }));
    },
  };
}
