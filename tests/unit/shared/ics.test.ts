import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, foldLine } from '#shared/calendar/ics';
import { upcomingDates } from '#shared/schedule/schedule';

const schedule = {
  frequency: 'weekly' as const,
  weekday: 2,
  weekOfMonth: 1 as const,
  startTime: '19:00',
  durationMinutes: 90,
  timeZone: 'Europe/London',
  startDate: '2026-10-06',
};

function calendarText() {
  const dates = upcomingDates(schedule, Date.UTC(2026, 9, 13, 12), 3);
  return buildCalendar({
    name: 'Tuesday Circle',
    timeZone: schedule.timeZone,
    stampedAt: Date.UTC(2026, 9, 13, 12),
    events: dates.map((d) => ({
      uid: `meeting-${d.date}@circlekeeper`,
      startsAt: d.startsAt,
      endsAt: d.endsAt,
      summary: 'Tuesday Circle, peer support meeting',
      location: 'St Mary’s Hall, Room 2; side door',
      description: 'In person. Newcomers welcome.',
    })),
  });
}

describe('ics export', () => {
  it('parses with ical.js, with the right dates, times and time zone across a clock change', () => {
    const component = new ICAL.Component(ICAL.parse(calendarText()) as unknown[]);
    const zoneComponent = component.getFirstSubcomponent('vtimezone');
    expect(zoneComponent?.getFirstPropertyValue('tzid')).toBe('Europe/London');
    // Calendar apps resolve TZID through the calendar's own VTIMEZONE; so does this test.
    ICAL.TimezoneService.register(new ICAL.Timezone(zoneComponent));
    try {
      const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events).toHaveLength(3);
      expect(events.map((e) => e.startDate.zone?.tzid)).toEqual(['Europe/London', 'Europe/London', 'Europe/London']);
      expect(events.map((e) => `${String(e.startDate.hour)}:${String(e.startDate.minute).padStart(2, '0')}`)).toEqual(['19:00', '19:00', '19:00']);
      expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual([
        '2026-10-13T18:00:00.000Z',
        '2026-10-20T18:00:00.000Z',
        '2026-10-27T19:00:00.000Z',
      ]);
      expect(events[2]?.endDate.toJSDate().toISOString()).toBe('2026-10-27T20:30:00.000Z');
      expect(events[0]?.location).toBe('St Mary’s Hall, Room 2; side door');
      expect(events[0]?.uid).toBe('meeting-2026-10-13@circlekeeper');
    } finally {
      ICAL.TimezoneService.remove('Europe/London');
    }
  });

  it('uses CRLF line ends and folds long lines at 75 octets', () => {
    const text = calendarText();
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(80)}`);
    expect(folded.split('\r\n ').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(80)}`);
  });
});
