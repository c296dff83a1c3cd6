import { buildCalendar } from '#shared/calendar/ics';
import type { CalendarFile, ParsedInput } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { Translate } from '#shared/i18n/translator';
import type { GroupEvent, Partner } from '#shared/partners/partners';
import { upcomingDates } from '#shared/schedule/schedule';
import { backendTranslator } from '../i18n/backend-messages';
import type { HandlerContext } from './context';
import { findGroup } from './lookup';

function fileSafe(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'group'
  );
}

/** An event of the group's as the calendar shows it: public fields, the partner by name, its contact only when asked for. */
function eventEntry(t: Translate, event: GroupEvent, partner: Partner | undefined, withContact: boolean) {
  const lines = [
    event.description,
    partner ? t('exports.calendar.with', { partner: partner.name }) : '',
    partner && withContact && partner.contact !== '' ? t('exports.calendar.contact', { contact: partner.contact }) : '',
  ].filter((line) => line !== '');
  return {
    uid: `${event.id}@circlekeeper`,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    summary: partner
      ? t('exports.calendar.eventWith', { kind: event.kind, title: event.title, partner: partner.name })
      : t('exports.calendar.event', { kind: event.kind, title: event.title }),
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
     * contact only when withPartnerContacts is true. Written in `language`
     * (the console's), English when left out; times stay machine format.
     */
    'calendar.export': ({ groupId, count, withPartnerContacts, language }: ParsedInput<'calendar.export'>): CalendarFile => {
      const t = backendTranslator(language ?? 'en');
      const data = ctx.read();
      const group = findGroup(data, groupId);
      if (!group.schedule) throw new DomainError('conflict', msg('calendar.noSchedule'), 'schedule');
      const now = ctx.now();
      const partners = new Map(data.partners.map((p) => [p.id, p] as const));
      const events = data.events
        .filter((e) => e.groupId === groupId && e.endsAt >= now)
        .sort((a, b) => a.startsAt - b.startsAt)
        .map((e) => eventEntry(t, e, e.partnerId === null ? undefined : partners.get(e.partnerId), withPartnerContacts === true));
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
            description: t('exports.calendar.meeting', { format: group.format }),
          })),
          ...events,
        ].sort((a, b) => a.startsAt - b.startsAt),
      });
      return { fileName: t('exports.calendar.fileName', { name: fileSafe(group.name) }), text, eventCount: all.length + events.length };
    },
  };
}
