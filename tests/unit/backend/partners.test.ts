import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { DATA_FILE_NAME } from '../../../electron/backend/storage/open-store';
import { DisplayView } from '#shared/display/display-view';
import { useTempDirs } from './temp-dir';
import { currentDisplay, ok, openBackend, WEEKLY_TUESDAY } from './test-backend';

const tempDir = useTempDirs();
// The backend's clock starts at 2026-11-25 18:00 UTC, a Wednesday; the group meets on Tuesdays at 19:00 London time.
const CONTACT = 'Pat, 07700 900123, pat@riverside.example';
const utc = (iso: string) => Date.parse(iso);

async function fixture(name = 'partner-calendar.ics'): Promise<string> {
  return readFile(new URL(`../fixtures/ics/${name}`, import.meta.url), 'utf8');
}

async function groupWithPartner(backend: Backend) {
  const group = await ok(backend, 'group.create', { name: 'Tuesday Circle' });
  await ok(backend, 'group.update', { groupId: group.id, schedule: WEEKLY_TUESDAY, venue: 'St Mary’s Hall' });
  const member = await ok(backend, 'member.add', { groupId: group.id, displayName: 'Ana', joinedOn: '2026-01-01' });
  await ok(backend, 'member.update', { memberId: member.id, fullName: 'Ana Secret' });
  const partner = await ok(backend, 'partner.create', {
    groupId: group.id,
    name: 'Riverside Community Centre',
    offers: 'A room for workshops',
    alignment: 'They support carers too',
    contact: CONTACT,
  });
  return { group, member, partner };
}

describe('partners and the group’s events', () => {
  it('keeps partners, and events at the wall-clock time given across both daylight-saving changes (Europe/London)', async () => {
    const backend = await openBackend(await tempDir());
    const { group, partner } = await groupWithPartner(backend);
    expect(await ok(backend, 'partner.list', { groupId: group.id })).toEqual([partner]);
    const at = async (date: string) =>
      ok(backend, 'event.create', { groupId: group.id, kind: 'workshop', title: `Workshop ${date}`, date, startTime: '10:00', endTime: '12:30' });
    // The clocks go forward on Sunday 28 March 2027 and back on Sunday 31 October 2027.
    const [sat, sun, octSat, octSun] = [await at('2027-03-27'), await at('2027-03-28'), await at('2027-10-30'), await at('2027-10-31')];
    expect([sat.startsAt, sun.startsAt, octSat.startsAt, octSun.startsAt]).toEqual([
      utc('2027-03-27T10:00:00Z'),
      utc('2027-03-28T09:00:00Z'),
      utc('2027-10-30T09:00:00Z'),
      utc('2027-10-31T10:00:00Z'),
    ]);
    expect(sun.endsAt - sun.startsAt).toBe(150 * 60_000);
    // Moving an event across the change keeps its wall-clock time.
    const moved = await ok(backend, 'event.update', { eventId: sat.id, date: '2027-04-03', partnerId: partner.id });
    expect([moved.startsAt, moved.endsAt, moved.partnerId]).toEqual([utc('2027-04-03T09:00:00Z'), utc('2027-04-03T11:30:00Z'), partner.id]);
    expect((await ok(backend, 'event.list', { groupId: group.id })).map((e) => e.date)).toEqual([
      '2027-03-28',
      '2027-04-03',
      '2027-10-30',
      '2027-10-31',
    ]);

    const updated = await ok(backend, 'partner.update', { partnerId: partner.id, offers: 'A room and a counsellor' });
    expect(updated.offers).toBe('A room and a counsellor');
    await ok(backend, 'event.delete', { eventId: octSun.id });
    // Deleting a partner keeps the group's events with them, with no partner.
    await ok(backend, 'partner.delete', { partnerId: partner.id });
    expect((await ok(backend, 'event.list', { groupId: group.id })).map((e) => e.partnerId)).toEqual([null, null, null]);
    await backend.close();
  });

  it('answers bad events and partners with a message to act on, changing nothing', async () => {
    const dir = await tempDir();
    const backend = await openBackend(dir);
    const { group, partner } = await groupWithPartner(backend);
    const other = await ok(backend, 'group.create', { name: 'Other Circle' });
    const before = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
    const event = { groupId: group.id, kind: 'social', title: 'Picnic', date: '2026-12-12', startTime: '12:00', endTime: '14:00' };
    const cases: [string, unknown, string][] = [
      ['event.create', { ...event, endTime: '11:00' }, 'The event ends before it starts: choose an end time after 12:00'],
      ['event.create', { ...event, kind: 'party' }, 'Choose what kind of event this is'],
      ['event.create', { ...event, date: '2026-02-30' }, 'That is not a real date'],
      ['event.create', { ...event, groupId: other.id, partnerId: partner.id }, 'That partner works with another group'],
      ['event.create', { ...event, partnerId: 'gone' }, 'That partner is no longer in the list'],
      ['partner.create', { groupId: group.id, name: 'Riverside Community Centre' }, 'already one of this group’s partners'],
      ['partner.create', { groupId: group.id, name: '' }, 'A partner’s name is needed.'],
      ['partner.update', { partnerId: partner.id, contact: 'x'.repeat(201) }, 'at most 200 characters'],
    ];
    for (const [method, input, message] of cases) {
      const envelope = await backend.call(method, input);
      expect(envelope.ok ? 'accepted' : envelope.error.message, method).toContain(message);
    }
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(before);
    await backend.close();
  });
});

describe('the shared calendar', () => {
  it('exports the group’s events with their partner named, parses back with ical.js, and holds no private field', async () => {
    const backend = await openBackend(await tempDir());
    const { group, partner } = await groupWithPartner(backend);
    const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: null });
    await ok(backend, 'notes.save', { meetingId: meeting.id, field: 'private', text: 'Private worry about Bo' });
    await ok(backend, 'event.create', {
      groupId: group.id,
      kind: 'workshop',
      title: 'Self-care for carers',
      date: '2027-04-03',
      startTime: '10:00',
      endTime: '12:00',
      place: 'Riverside Community Centre, room 2',
      partnerId: partner.id,
      description: 'A gentle morning workshop, open to all.',
    });
    const file = await ok(backend, 'calendar.export', { groupId: group.id, count: 2 });
    expect(file.eventCount).toBe(3);
    expect(file.text).not.toMatch(/07700|pat@|Pat,|Ana|Secret|Private worry|Bo\b/);
    const vevents = new ICAL.Component(ICAL.parse(file.text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const workshop = vevents.find((e) => e.summary.startsWith('Workshop'));
    expect(workshop?.summary).toBe('Workshop: Self-care for carers with Riverside Community Centre');
    expect(workshop?.location).toBe('Riverside Community Centre, room 2');
    expect(workshop?.description).toBe('A gentle morning workshop, open to all.\nWith Riverside Community Centre.');
    // 10:00 British Summer Time is 09:00 UTC.
    expect(workshop?.startDate.toUnixTime()).toBe(utc('2027-04-03T09:00:00Z') / 1000);
    expect(vevents.map((e) => e.summary)).toEqual([
      'Tuesday Circle',
      'Tuesday Circle',
      'Workshop: Self-care for carers with Riverside Community Centre',
    ]);

    // Only when asked for does the partner's contact go in.
    const withContact = await ok(backend, 'calendar.export', { groupId: group.id, count: 2, withPartnerContacts: true });
    expect(withContact.text.replace(/\r\n /g, '')).toContain('Contact: Pat\\, 07700 900123\\, pat@riverside.example');
    await backend.close();
  });

  it('imports a partner’s calendar: a recurring event across a daylight-saving change, an event in New York time, an all-day event', async () => {
    const dir = await tempDir();
    const backend = await openBackend(dir);
    const { group, partner } = await groupWithPartner(backend);
    const result = await ok(backend, 'partner.importCalendar', { partnerId: partner.id, text: await fixture() });
    expect(result).toEqual({ partnerId: partner.id, found: 7, added: 7, updated: 0, removed: 0, kept: 7, leftOut: 0 });
    const events = await ok(backend, 'partnerEvent.list', { groupId: group.id });
    const brief = events.map((e) => [e.title, new Date(e.startsAt).toISOString(), new Date(e.endsAt).toISOString(), e.allDay]);
    expect(brief).toEqual([
      ['Open day', '2026-12-01T18:30:00.000Z', '2026-12-01T19:30:00.000Z', false],
      // 12:00 in New York in December (EST, UTC−5), from the file's VTIMEZONE.
      ["Carers' webinar with our New York friends", '2026-12-10T17:00:00.000Z', '2026-12-10T18:00:00.000Z', false],
      // All day, both days, in the group's time zone.
      ['Winter fair', '2026-12-19T00:00:00.000Z', '2026-12-21T00:00:00.000Z', true],
      // Weekly at 19:00 London time: GMT, then one moved occurrence, then BST after 28 March.
      ['Evening walk', '2027-03-17T19:00:00.000Z', '2027-03-17T20:30:00.000Z', false],
      ['Evening walk (later start)', '2027-03-24T20:00:00.000Z', '2027-03-24T21:30:00.000Z', false],
      ['Evening walk', '2027-03-31T18:00:00.000Z', '2027-03-31T19:30:00.000Z', false],
      ['Evening walk', '2027-04-07T18:00:00.000Z', '2027-04-07T19:30:00.000Z', false],
    ]);
    const fair = events.find((e) => e.allDay);
    expect([fair?.date, fair?.endDate]).toEqual(['2026-12-19', '2026-12-20']);
    expect(events.every((e) => e.partnerId === partner.id && e.groupId === group.id)).toBe(true);
    // Descriptions and attendees are not kept: they may name people.
    const stored = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
    expect(stored).not.toMatch(/Call Pat|Pat Private|900123 to book/);
    await backend.close();
  });

  it('updates a partner’s events in place when the same file, or a newer one, is imported again', async () => {
    const backend = await openBackend(await tempDir());
    const { group, partner } = await groupWithPartner(backend);
    const text = await fixture();
    await ok(backend, 'partner.importCalendar', { partnerId: partner.id, text });
    const first = await ok(backend, 'partnerEvent.list', { groupId: group.id, partnerId: partner.id });
    const again = await ok(backend, 'partner.importCalendar', { partnerId: partner.id, text });
    expect(again).toMatchObject({ found: 7, added: 0, updated: 7, removed: 0, kept: 7 });
    const second = await ok(backend, 'partnerEvent.list', { groupId: group.id, partnerId: partner.id });
    expect(second.map((e) => [e.id, e.uid, e.recurrenceId, e.startsAt])).toEqual(first.map((e) => [e.id, e.uid, e.recurrenceId, e.startsAt]));

    // The partner moved the webinar an hour later and dropped the fair.
    const newer = text
      .replace('DTSTART;TZID=America/New_York:20261210T120000', 'DTSTART;TZID=America/New_York:20261210T130000')
      .replace('DTEND;TZID=America/New_York:20261210T130000', 'DTEND;TZID=America/New_York:20261210T140000')
      .replace(/BEGIN:VEVENT\r\nUID:fair@[\s\S]*?END:VEVENT\r\n/, '');
    const third = await ok(backend, 'partner.importCalendar', { partnerId: partner.id, text: newer });
    expect(third).toMatchObject({ found: 6, added: 0, updated: 6, removed: 1, kept: 6 });
    const after = await ok(backend, 'partnerEvent.list', { groupId: group.id, partnerId: partner.id });
    const webinar = after.find((e) => e.uid === 'webinar-ny@riverside.example');
    expect(webinar?.id).toBe(first.find((e) => e.uid === 'webinar-ny@riverside.example')?.id);
    expect(webinar?.startsAt).toBe(utc('2026-12-10T18:00:00Z'));
    expect(after.some((e) => e.title === 'Winter fair')).toBe(false);
    // Another partner's import stands beside it, never mixed in.
    const other = await ok(backend, 'partner.create', { groupId: group.id, name: 'Library' });
    await ok(backend, 'partner.importCalendar', { partnerId: other.id, text });
    expect((await ok(backend, 'partnerEvent.list', { groupId: group.id })).length).toBe(13);
    await backend.close();
  });

  it('points out the partners’ and the group’s events that overlap a meeting to come', async () => {
    const backend = await openBackend(await tempDir());
    const { group, partner } = await groupWithPartner(backend);
    const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: null });
    await ok(backend, 'partner.importCalendar', { partnerId: partner.id, text: await fixture() });
    const social = await ok(backend, 'event.create', {
      groupId: group.id,
      kind: 'social',
      title: 'Mince pies',
      date: '2026-12-08',
      startTime: '18:00',
      endTime: '19:30',
      partnerId: partner.id,
    });
    // Ending when the meeting starts is not a clash.
    await ok(backend, 'event.create', {
      groupId: group.id,
      kind: 'social',
      title: 'Tea before',
      date: '2026-12-15',
      startTime: '17:00',
      endTime: '19:00',
    });
    const clashes = await ok(backend, 'calendar.clashes', { groupId: group.id });
    expect(clashes.map((c) => [c.meetingId, c.meetingDate, c.source, c.title, c.partnerName])).toEqual([
      [meeting.id, '2026-12-01', 'partner_event', 'Open day', 'Riverside Community Centre'],
      [null, '2026-12-08', 'group_event', 'Mince pies', 'Riverside Community Centre'],
    ]);
    expect(clashes[1]?.eventId).toBe(social.id);
    expect(JSON.stringify(clashes)).not.toContain('07700');
    await backend.close();
  });

  it('refuses a file that is not a calendar, is empty, is too big or holds too many events, and changes nothing', async () => {
    const dir = await tempDir();
    const backend = await openBackend(dir);
    const { partner } = await groupWithPartner(backend);
    await ok(backend, 'partner.importCalendar', { partnerId: partner.id, text: await fixture() });
    const before = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
    const wrap = (body: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n${body}END:VCALENDAR\r\n`;
    const single = (i: number) =>
      `BEGIN:VEVENT\r\nUID:e${String(i)}@test\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261201T100000Z\r\nDTEND:20261201T110000Z\r\nSUMMARY:Event ${String(i)}\r\nEND:VEVENT\r\n`;
    const tenThousand = wrap(Array.from({ length: 10_000 }, (_, i) => single(i)).join(''));
    const hourly = wrap(
      'BEGIN:VEVENT\r\nUID:hourly@test\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261201T100000Z\r\nDTEND:20261201T103000Z\r\nRRULE:FREQ=HOURLY\r\nSUMMARY:Every hour\r\nEND:VEVENT\r\n',
    );
    const cases: [string, string][] = [
      ['name,date\r\nPicnic,2026-12-01\r\n', 'This file is not a calendar'],
      ['BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Pat\r\nEND:VCARD\r\n', 'This file is not a calendar'],
      ['BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nthis line is not a property\r\n', 'This calendar file is damaged'],
      ['', 'This file is empty'],
      ['  \r\n ', 'This file is empty'],
      ['A'.repeat(50_000_000), 'This calendar file is too big to import: at most 5.0 MB of text (this one has 50.0 MB)'],
      [tenThousand, 'This calendar holds 10,000 events'],
      [hourly, 'more than the 2,000 Circlekeeper imports'],
    ];
    for (const [text, message] of cases) {
      const envelope = await backend.call('partner.importCalendar', { partnerId: partner.id, text });
      expect(envelope.ok ? 'accepted' : envelope.error.message, message).toContain(message);
    }
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(before);
    await backend.close();
  });
});

describe('the room’s coming-up screen', () => {
  it('shows the group’s next events with partners by name, and never a partner’s contact', async () => {
    const backend = await openBackend(await tempDir());
    const { group, partner } = await groupWithPartner(backend);
    await ok(backend, 'partner.importCalendar', { partnerId: partner.id, text: await fixture() });
    await ok(backend, 'event.create', {
      groupId: group.id,
      kind: 'volunteering',
      title: 'Litter pick',
      date: '2026-11-20',
      startTime: '10:00',
      endTime: '12:00',
    });
    for (const [title, date] of [
      ['Self-care workshop', '2026-12-05'],
      ['Winter walk', '2026-12-12'],
      ['New year social', '2027-01-09'],
      ['Planting day', '2027-02-06'],
      ['Spring fair', '2027-03-06'],
    ] as const) {
      await ok(backend, 'event.create', {
        groupId: group.id,
        kind: 'workshop',
        title,
        date,
        startTime: '10:00',
        endTime: '12:00',
        place: 'Riverside',
        partnerId: partner.id,
        description: 'All welcome.',
      });
    }
    await ok(backend, 'room.selectGroup', { groupId: group.id });
    await ok(backend, 'room.setMode', { mode: 'coming_up' });
    const { view } = currentDisplay(backend);
    expect(DisplayView.parse(view)).toEqual(view);
    if (view.screen !== 'coming_up') throw new Error(`the room shows ${view.screen}`);
    // The past event is gone; the four soonest, soonest first.
    expect(view.events.map((e) => e.title)).toEqual(['Self-care workshop', 'Winter walk', 'New year social', 'Planting day']);
    expect(view.events[0]).toEqual({
      kind: 'workshop',
      title: 'Self-care workshop',
      date: '2026-12-05',
      startTime: '10:00',
      endTime: '12:00',
      place: 'Riverside',
      partnerName: 'Riverside Community Centre',
      description: 'All welcome.',
    });
    expect(JSON.stringify(view)).not.toMatch(/07700|pat@|Pat|offers|alignment|A room for workshops|Ana/);
    await backend.close();
  });
});
