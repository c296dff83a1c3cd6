import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './temp-dir';
import { ok, openBackend, WEEKLY_TUESDAY } from './test-backend';

const tempDir = useTempDirs();
// The backend's clock starts at 2026-11-25 18:00 UTC; the group meets on Tuesdays at 19:00 London time.

async function groupWithWorkshop() {
  const backend = await openBackend(await tempDir());
  const group = await ok(backend, 'group.create', { name: 'Círculo del martes' });
  await ok(backend, 'group.update', { groupId: group.id, schedule: WEEKLY_TUESDAY, venue: 'Sala 2', format: 'hybrid' });
  const partner = await ok(backend, 'partner.create', { groupId: group.id, name: 'Centro Ribera', contact: 'Pat, 600 000 000' });
  await ok(backend, 'event.create', {
    groupId: group.id,
    kind: 'workshop',
    title: 'Autocuidado',
    date: '2027-04-03',
    startTime: '10:00',
    endTime: '12:00',
    place: 'Centro Ribera',
    partnerId: partner.id,
    description: '',
  });
  return { backend, group };
}

const events = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('calendar files in the console’s language', () => {
  it('words meetings and events in Spanish and Arabic; names, places and times as they are', async () => {
    const { backend, group } = await groupWithWorkshop();
    const es = await ok(backend, 'calendar.export', { groupId: group.id, count: 1, withPartnerContacts: true, language: 'es' });
    const [meeting, workshop] = events(es.text);
    expect(meeting?.summary).toBe('Círculo del martes');
    expect(meeting?.description).toBe('Reunión presencial y en línea del grupo de apoyo mutuo.');
    expect(workshop?.summary).toBe('Taller: Autocuidado con Centro Ribera');
    expect(workshop?.description).toBe('Con Centro Ribera.\nContacto: Pat, 600 000 000');
    expect(es.text).toContain('DTSTART;TZID=Europe/London:20261201T190000');
    expect(es.fileName).toBe('c-rculo-del-martes-reuniones.ics');

    const ar = await ok(backend, 'calendar.export', { groupId: group.id, count: 1, language: 'ar' });
    const [arMeeting, arWorkshop] = events(ar.text);
    expect(arMeeting?.description).toBe('اجتماع مجموعة الدعم المتبادل حضوريًا وعبر الإنترنت.');
    expect(arWorkshop?.summary).toBe('ورشة عمل: Autocuidado مع Centro Ribera');

    const english = await ok(backend, 'calendar.export', { groupId: group.id, count: 1 });
    expect(events(english.text)[0]?.description).toBe('In person and online peer support group meeting.');
    expect(english.fileName).toBe('c-rculo-del-martes-meetings.ics');
    await backend.close();
  });

  it('refuses a language Circlekeeper does not speak', async () => {
    const { backend, group } = await groupWithWorkshop();
    const refused = await backend.call('calendar.export', { groupId: group.id, language: 'fr' });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'invalid_input', field: 'language' });
    await backend.close();
  });
});

describe('the meeting summary file in the console’s language', () => {
  it('is written and named in German when asked, the owner “the group” too', async () => {
    const { backend, group } = await groupWithWorkshop();
    const [template] = await ok(backend, 'template.list', { groupId: group.id });
    const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template?.id ?? null });
    await ok(backend, 'live.start', { meetingId: meeting.id });
    await ok(backend, 'actionItem.add', { meetingId: meeting.id, text: 'Flyer drucken', ownerId: null });
    await ok(backend, 'live.end', { meetingId: meeting.id });
    const file = await ok(backend, 'meeting.exportMarkdown', { meetingId: meeting.id, includePrivateNotes: false, language: 'de' });
    expect(file.fileName).toBe('treffen-2026-12-01.md');
    expect(file.text).toContain('# Círculo del martes — Treffen vom 1. Dezember 2026\n');
    expect(file.text).toContain('- [ ] Flyer drucken – Die Gruppe');
    expect(file.text).toContain('Keine Antworten zur Abschlussrunde.');
    const english = await ok(backend, 'meeting.exportMarkdown', { meetingId: meeting.id, includePrivateNotes: false });
    expect(english.fileName).toBe('meeting-2026-12-01.md');
    expect(english.text).toContain('- [ ] Flyer drucken — The group');
    // The console's summary page (and so its PDF) names the group as owner in its language too.
    const onPage = await ok(backend, 'meeting.summary', { meetingId: meeting.id, language: 'de' });
    expect(onPage.actionItems[0]?.owner).toBe('Die Gruppe');
    await backend.close();
  });
});

describe('the review questionnaire in the console’s language', () => {
  it('is created in German when asked, in English otherwise', async () => {
    const { backend, group } = await groupWithWorkshop();
    const german = await ok(backend, 'review.createSurvey', { groupId: group.id, language: 'de' });
    expect(german.title).toBe('Überprüfung unseres Zwecks und unserer Ziele');
    expect(german.questions.at(-1)?.prompt).toBe('Was sollte sich ändern?');
    expect((await ok(backend, 'review.createSurvey', { groupId: group.id })).title).toBe('Review of our purpose and goals');
    await backend.close();
  });
});

describe('the follow-ups item in the room’s language', () => {
  it('comes back on the next agenda in Spanish for a Spanish room, and only once', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Círculo', withDefaults: true, language: 'es' });
    await ok(backend, 'group.update', { groupId: group.id, schedule: WEEKLY_TUESDAY });
    const [template] = await ok(backend, 'template.list', { groupId: group.id });
    const first = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template?.id ?? null });
    await ok(backend, 'actionItem.add', { meetingId: first.id, text: 'Pedir una sala más grande', ownerId: null });
    const next = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-08', templateId: template?.id ?? null });
    expect(next.agenda[1]).toMatchObject({ title: 'Seguimiento de la última vez', objective: 'Pedir una sala más grande (el grupo)' });
    // The room's language changes before it starts: the item is known in any language, so it is not added twice.
    await ok(backend, 'group.update', { groupId: group.id, roomLocale: 'de' });
    await ok(backend, 'live.start', { meetingId: next.id });
    const started = await ok(backend, 'meeting.get', { meetingId: next.id });
    expect(started.agenda.filter((i) => i.kind === 'announcements')).toHaveLength(1);
    await backend.close();
  });
});
