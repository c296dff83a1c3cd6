import { buildCalendar } from '#shared/calendar/ics';
import type { CalendarFile, ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
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

export function calendarHandlers(ctx: HandlerContext) {
  return {
    /**
     * Upcoming meetings as .ics for partner organisations: planned meetings,
     * plus the schedule's dates not yet planned; cancelled ones left out.
     * Only public facts: the group's name, venue, format and times.
     */
    'calendar.export': ({ groupId, count }: ParsedInput<'calendar.export'>): CalendarFile => {
      const data = ctx.read();
      const group = findGroup(data, groupId);
      if (!group.schedule) throw new DomainError('conflict', 'Set when this group meets on the Group page before exporting a calendar.', 'schedule');
      const now = ctx.now();
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
        events: all.map((slot) => ({
          uid: `${group.id}-${slot.date}@circlekeeper`,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          summary: group.name,
          location: group.venue,
          description: `${formatWords[group.format]} peer support group meeting.`,
        })),
      });
      return { fileName: `${fileSafe(group.name)}-meetings.ics`, text, eventCount: all.length };
    },
  };
}
