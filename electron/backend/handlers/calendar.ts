import { buildCalendar } from '#shared/calendar/ics';
import type { CalendarFile, ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import { EVENT_KIND_WORDS, type GroupEvent, type Partner } from '#shared/partners/partners';
import { upcomingDates } from '#shared/schedule/schedule';
import type { HandlerContext } from './context';
import { findGroup } from './lookup';

const formatWords = { in_person: 'In person', online: 'Online', hybrid: 'In person and online' } as const;

function fileSafe(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'group'
  );
}

/** An event of the group's as the calendar shows it: public fields, the partner by name, its contact only when asked for. */
function eventEntry(event: GroupEvent, partner: Partner | undefined, withContact: boolean) {
  const withWhom = partner ? ` with ${partner.name}` : '';
  const lines = [
    event.description,
    partner ? `With ${partner.name}.` : '',
    partner && withContact && partner.contact !== '' ? `Contact: ${partner.contact}` : '',
  ].filter((line) => line !== '');
  return {
    uid: `${event.id}@circlekeeper`,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    summary: `${EVENT_KIND_WORDS[event.kind]}: ${event.title}${withWhom}`,
    location: event.place,
    description: lines.join('\n'),
  };
}

export function calendarHandlers(ctx: HandlerContext) {
  return {
    /**
     * Upcoming meetings as .ics for partner organisations: planned meetings,
     * plus the schedule's dates not yet planned; cancelled ones left out.
     * Only public facts: the group's name, venue, format and times. The
     * group's events to come go in too, their partners named; a partner's
     * contact only when withPartnerContacts is true.
     */
    'calendar.export': ({ groupId, count, withPartnerContacts }: ParsedInput<'calendar.export'>): CalendarFile => {
      const data = ctx.read();
      const group = findGroup(data, groupId);
      if (!group.schedule) throw new DomainError('conflict', msg('calendar.noSchedule'), 'schedule');
      const now = ctx.now();
      const partners = new Map(data.partners.map((p) => [p.id, p] as const));
      const events = data.events
        .filter((e) => e.groupId === groupId && e.endsAt >= now)
        .sort((a, b) => a.startsAt - b.startsAt)
        .map((e) => eventEntry(e, e.partnerId === null ? undefined : partners.get(e.partnerId), withPartnerContacts === true));
      const meetings = data.meetings.filter((m) => m.groupId === groupId && m.startsAt + m.durationMinutes * 60_000 >= now);
      // A meeting held or called off early today still takes its slot.
      const past = ctx.history(groupId).filter((d) => d.startsAt + d.plannedMinutes * 60_000 >= now);
      const byDate = new Map<string, { status: string }>([...past.map((d) => [d.date, d] as const), ...meetings.map((m) => [m.date, m] as const)]);
      const slots = upcomingDates(group.schedule, now, count ?? 12).filter((d) => byDate.get(d.date)?.status !== 'cancelled');
      const planned = meetings
        .filter((m) => m.status === 'planned')
        .map((m) => ({ date: m.date, startsAt: m.startsAt, endsAt: m.startsAt + m.durationMinutes * 60_000 }));
      const all = [...planned, ...slots.filter((s) => !byDate.has(s.date))].sort((a, b) => a.startsAt - b.startsAt);
      const text = buildCalendar({
        name: group.name,
        timeZone: group.schedule.timeZone,
        stampedAt: now,
        events: [
          ...all.map((slot) => ({
            uid: `${group.id}-${slot.date}@circlekeeper`,
            startsAt: slot.startsAt,
            endsAt: slot.endsAt,
            summary: group.name,
            location: group.venue,
            description: `${formatWords[group.format]} peer support group meeting.`,
          })),
          ...events,
        ].sort((a, b) => a.startsAt - b.startsAt),
      });
      return { fileName: `${fileSafe(group.name)}-meetings.ics`, text, eventCount: all.length + events.length };
    },
  };
}
