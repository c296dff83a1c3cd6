import { readFile, writeFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { connectApi, groupWithPlannedMeeting } from '../support/api-client';
import { expect, test } from './fixtures';

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));

/** An .ics time in UTC, as a partner's calendar might write it. */
const utc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * Partners and events, tried as a new user would: a partner and a joint
 * workshop, the calendar exported and read back with ical.js, a partner's own
 * calendar imported (a file written for the test, with a recurring event, an
 * all-day event and one at the time of our meeting) and the clash pointed
 * out, and a file that is not a calendar refused without changing anything.
 */
test('a partner, a joint workshop, the shared calendar exported and a partner’s imported, with a clash pointed out', async ({
  browser,
  host,
}, testInfo) => {
  await mkdir(SHOTS, { recursive: true });
  const api = await connectApi(host.consoleUrl);
  const { meeting } = await groupWithPlannedMeeting(api);
  api.close();

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(host.consoleUrl);
  await page.getByRole('link', { name: 'Partners', exact: true }).click();

  // A partner, with a private contact.
  const partners = page.getByRole('region', { name: 'Partners' });
  await partners.getByLabel('Organisation').fill('Riverside Community Centre');
  await partners.getByLabel('What they offer').fill('A room and a counsellor once a month');
  await partners.getByLabel(/^Contact/).fill('Jo Bloggs 07700 900123');
  await partners.getByRole('button', { name: 'Add partner' }).click();
  const riverside = partners.getByRole('article', { name: 'Riverside Community Centre' });
  await expect(riverside).toBeVisible();

  // A joint workshop, a week after the meeting.
  const newEvent = page.getByRole('region', { name: 'A new event' });
  const workshopDay = new Date(meeting.startsAt + 7 * 86_400_000).toISOString().slice(0, 10);
  await newEvent.getByLabel('Title').fill('Sleep and stress workshop');
  await newEvent.getByLabel('Date').fill(workshopDay);
  await newEvent.getByLabel('Starts').fill('14:00');
  await newEvent.getByLabel('Ends').fill('16:00');
  await newEvent.getByLabel('Place').fill('Riverside, Room 2');
  await newEvent.getByLabel('With a partner').selectOption({ label: 'Riverside Community Centre' });
  await newEvent.getByRole('button', { name: 'Add event' }).click();
  const calendar = page.getByRole('region', { name: 'Calendar' });
  await expect(calendar.getByRole('list', { name: 'Coming up' })).toContainText('Workshop: Sleep and stress workshop');

  // The export parses back with ical.js: the meeting and the workshop, the partner named, no contact.
  const download = page.waitForEvent('download');
  await calendar.getByRole('button', { name: 'Export calendar (.ics)' }).click();
  const exported = await readFile((await (await download).path()) ?? '', 'utf8');
  const vevents = new ICAL.Component(ICAL.parse(exported) as unknown[]).getAllSubcomponents('vevent');
  const summaries = vevents.map((v) => String(v.getFirstPropertyValue('summary')));
  expect(summaries.some((s) => s.includes('Sleep and stress workshop'))).toBe(true);
  // Read unfolded (an .ics folds long lines), so a name or number cannot hide across a fold.
  const unfolded = JSON.stringify(ICAL.parse(exported));
  expect(unfolded).toContain('Riverside Community Centre');
  expect(unfolded).not.toContain('07700 900123');
  // Only when ticked does a partner's contact go in.
  await calendar.getByLabel(/Put partners’ contacts in it/).check();
  const withContacts = page.waitForEvent('download');
  await calendar.getByRole('button', { name: 'Export calendar (.ics)' }).click();
  expect(JSON.stringify(ICAL.parse(await readFile((await (await withContacts).path()) ?? '', 'utf8')))).toContain('07700 900123');

  // The partner's own calendar: a weekly class, an all-day fair, and a talk at the time of our meeting.
  const fixture = testInfo.outputPath('riverside.ics');
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
  await writeFile(
    fixture,
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Riverside//Test//EN',
      'BEGIN:VEVENT',
      'UID:talk-1@riverside.example',
      `DTSTAMP:${utc(Date.now())}`,
      `DTSTART:${utc(meeting.startsAt - 30 * 60_000)}`,
      `DTEND:${utc(meeting.startsAt + 60 * 60_000)}`,
      'SUMMARY:Evening talk on carers’ rights',
      'LOCATION:Main hall',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:yoga@riverside.example',
      `DTSTAMP:${utc(Date.now())}`,
      `DTSTART:${utc(meeting.startsAt + 86_400_000)}`,
      `DTEND:${utc(meeting.startsAt + 86_400_000 + 3_600_000)}`,
      'RRULE:FREQ=WEEKLY;COUNT=4',
      'SUMMARY:Chair yoga',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:fair@riverside.example',
      `DTSTAMP:${utc(Date.now())}`,
      `DTSTART;VALUE=DATE:${day(meeting.startsAt + 3 * 86_400_000)}`,
      `DTEND;VALUE=DATE:${day(meeting.startsAt + 4 * 86_400_000)}`,
      'SUMMARY:Community fair',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  );
  await riverside.getByLabel('Import their calendar (.ics)').setInputFiles(fixture);
  await expect(riverside.getByRole('status')).toContainText('6 events in the next months, 6 new');
  await expect(calendar.getByRole('list', { name: 'Coming up' })).toContainText('Chair yoga');
  await expect(calendar.getByRole('list', { name: 'Coming up' })).toContainText('Community fair');
  const clashes = calendar.getByRole('status').filter({ hasText: 'Clashes with our meetings' });
  await expect(clashes).toContainText('“Evening talk on carers’ rights” (Riverside Community Centre) is at the same time.');

  // The same file again updates in place: nothing doubles.
  await riverside.getByLabel('Import their calendar (.ics)').setInputFiles(fixture);
  await expect(riverside.getByRole('status')).toContainText('0 new, 6 updated');
  await expect(calendar.getByText('Chair yoga')).toHaveCount(4);

  // A file that is not a calendar: a clear message, and the imported events are still there.
  const notCalendar = testInfo.outputPath('notes.ics');
  await writeFile(notCalendar, 'These are my notes, not a calendar.');
  await riverside.getByLabel('Import their calendar (.ics)').setInputFiles(notCalendar);
  await expect(riverside.getByRole('alert')).toContainText(/calendar/i);
  await expect(calendar.getByText('Chair yoga')).toHaveCount(4);

  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
  await page.screenshot({ path: `${SHOTS}partners-1440x900.png`, fullPage: true });
  await context.close();
});
