import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { DATA_FILE_NAME } from '../../../electron/backend/storage/open-store';
import { defaultGroundRules } from '#shared/i18n/content';
import { backendTranslator } from '../../../electron/backend/i18n/backend-messages';

const DEFAULT_GROUND_RULES = defaultGroundRules(backendTranslator('en'));
import { useTempDirs } from './temp-dir';
import { fixedEdges, ok, openBackend, WEEKLY_TUESDAY } from './test-backend';

const tempDir = useTempDirs();
// 2026-11-25 is a Wednesday; the group meets on Tuesdays at 19:00 London time.
const schedule = WEEKLY_TUESDAY;

async function groupWithMembers(backend: Backend, names: string[]) {
  const group = await ok(backend, 'group.create', { name: 'Tuesday Circle' });
  await ok(backend, 'group.update', { groupId: group.id, schedule, venue: 'St Mary’s Hall' });
  const members = [];
  for (const displayName of names) members.push(await ok(backend, 'member.add', { groupId: group.id, displayName, joinedOn: '2026-01-01' }));
  return { group, members };
}

describe('group setup through the backend', () => {
  it('creates a group with the default ground rules and the default agenda template', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    expect(group.groundRules).toEqual([{ version: 1, rules: [...DEFAULT_GROUND_RULES], adoptedAt: expect.any(Number) as number }]);
    const templates = await ok(backend, 'template.list', { groupId: group.id });
    expect(templates.map((t) => t.name)).toEqual(['Peer support meeting']);
    expect(templates[0]?.items.map((i) => i.kind)).toEqual([
      'welcome',
      'check_in_round',
      'topic_discussion',
      'break',
      'open_sharing',
      'check_out_round',
    ]);
    const bare = await ok(backend, 'group.create', { name: 'Bare', withDefaults: false });
    expect(bare.groundRules).toEqual([]);
    expect(await ok(backend, 'template.list', { groupId: bare.id })).toEqual([]);
    await backend.close();
  });

  it('saves the group profile', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    const updated = await ok(backend, 'group.update', {
      groupId: group.id,
      purpose: '  A place to talk about caring for a relative.  ',
      objectives: ['Share what helps', 'Feel less alone'],
      format: 'hybrid',
      schedule,
      reviewEveryMeetings: 8,
    });
    expect(updated).toMatchObject({ purpose: 'A place to talk about caring for a relative.', format: 'hybrid', reviewEveryMeetings: 8, schedule });
    const badZone = await backend.call('group.update', { groupId: group.id, schedule: { ...schedule, timeZone: 'Mars/Olympus' } });
    expect(badZone.ok ? '' : badZone.error.message).toContain('time zone is not known');
    await backend.close();
  });

  it('versions the ground rules, and an agreement names the version agreed to', async () => {
    const backend = await openBackend(await tempDir());
    const { group, members } = await groupWithMembers(backend, ['Ana']);
    const ana = members[0]!;
    expect((await ok(backend, 'member.recordAgreement', { memberId: ana.id, date: '2026-11-03' })).agreement).toEqual({
      date: '2026-11-03',
      rulesVersion: 1,
    });
    const reordered = [...DEFAULT_GROUND_RULES].reverse();
    const updated = await ok(backend, 'rules.set', { groupId: group.id, rules: [...reordered, 'Phones on silent.'] });
    expect(updated.groundRules.map((v) => v.version)).toEqual([1, 2]);
    expect(updated.groundRules[0]?.rules).toEqual([...DEFAULT_GROUND_RULES]);
    // Ana agreed to version 1 and still points at it.
    const [listed] = await ok(backend, 'member.list', { groupId: group.id });
    expect(listed?.agreement?.rulesVersion).toBe(1);
    const empty = await backend.call('rules.set', { groupId: group.id, rules: ['Fine', ''] });
    expect(empty.ok ? '' : empty.error.message).toBe('A ground rule cannot be empty.');
    await backend.close();
  });

  it('erases a member who left, keeping the group’s anonymous counts right', async () => {
    const dir = await tempDir();
    const backend = await openBackend(dir);
    const { group, members } = await groupWithMembers(backend, ['Ana', 'Ben']);
    const ben = members[1]!;
    await ok(backend, 'member.update', { memberId: ben.id, fullName: 'Benjamin Example', contact: 'ben@example.org', heardFrom: 'workplace' });
    const notYet = await backend.call('member.erase', { memberId: ben.id });
    expect(notYet.ok ? '' : notYet.error.message).toContain('as having left before erasing');

    const count = async () => {
      const list = await ok(backend, 'member.list', { groupId: group.id });
      return {
        total: list.length,
        left: list.filter((m) => m.status === 'left').length,
        workplace: list.filter((m) => m.heardFrom === 'workplace').length,
      };
    };
    await ok(backend, 'member.update', { memberId: ben.id, status: 'left' });
    const before = await count();
    const erased = await ok(backend, 'member.erase', { memberId: ben.id });
    expect(erased).toMatchObject({ displayName: 'Former member', fullName: null, contact: null, erased: true, status: 'left' });
    expect(await count()).toEqual(before);
    const file = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
    expect(file).not.toContain('Benjamin');
    expect(file).not.toContain('ben@example.org');
    expect(file).not.toMatch(/"Ben"/);
    await backend.close();
  });

  it('creates, duplicates, edits, reorders and deletes agenda templates', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    const [standard] = await ok(backend, 'template.list', { groupId: group.id });
    const copy = await ok(backend, 'template.duplicate', { templateId: standard!.id });
    expect(copy.name).toBe('Copy of Peer support meeting');
    expect(copy.items.map((i) => i.id)).not.toEqual(standard!.items.map((i) => i.id));
    expect((await ok(backend, 'template.duplicate', { templateId: standard!.id })).name).toBe('Copy of Peer support meeting (2)');

    const [first, ...rest] = copy.items;
    const edited = await ok(backend, 'template.update', {
      templateId: copy.id,
      name: 'Short meeting',
      items: [...rest.slice(0, 2), first!, { kind: 'announcements', title: 'Notices', minutes: 5, objective: '', perSpeakerSeconds: null }],
    });
    expect(edited.items.map((i) => i.title)).toEqual(['Check-in round', 'Topic discussion', 'Welcome and ground rules', 'Notices']);
    expect(edited.items[3]?.id).toEqual(expect.any(String));
    await ok(backend, 'template.delete', { templateId: copy.id });
    expect((await ok(backend, 'template.list', { groupId: group.id })).map((t) => t.name)).toEqual([
      'Copy of Peer support meeting (2)',
      'Peer support meeting',
    ]);
    await backend.close();
  });

  it('plans meetings from the schedule, copying the agenda so it can change for that meeting alone', async () => {
    const backend = await openBackend(await tempDir());
    const { group } = await groupWithMembers(backend, ['Ana']);
    const dates = await ok(backend, 'meeting.upcomingDates', { groupId: group.id, count: 2 });
    expect(dates.map((d) => d.date)).toEqual(['2026-12-01', '2026-12-08']);
    const [template] = await ok(backend, 'template.list', { groupId: group.id });
    const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template!.id });
    expect(new Date(meeting.startsAt).toISOString()).toBe('2026-12-01T19:00:00.000Z');
    expect(meeting.agenda.map((i) => i.title)).toEqual(template!.items.map((i) => i.title));
    await ok(backend, 'meeting.updateAgenda', { meetingId: meeting.id, items: meeting.agenda.slice(1) });
    expect((await ok(backend, 'template.list', { groupId: group.id }))[0]?.items).toHaveLength(6);
    const again = await backend.call('meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: null });
    expect(again.ok ? '' : again.error.message).toBe('A meeting is already planned on 2026-12-01.');
    await backend.close();
  });

  it('suggests roles, remembers a skip and a swap', async () => {
    const edges = fixedEdges();
    const backend = await openBackend(await tempDir(), edges);
    const { group, members } = await groupWithMembers(backend, ['Ana', 'Ben', 'Cai', 'Dee']);
    const [ana, ben, cai, dee] = members.map((m) => m.id) as [string, string, string, string];
    // Three earlier meetings, so nobody is a newcomer.
    for (const date of ['2026-11-03', '2026-11-10', '2026-11-17']) await ok(backend, 'meeting.plan', { groupId: group.id, date, templateId: null });
    const week1 = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: null });
    expect(await ok(backend, 'meeting.suggestRoles', { meetingId: week1.id })).toEqual({ facilitator: ana, timekeeper: ben, note_taker: cai });
    // Ana skips facilitating this time.
    await ok(backend, 'meeting.declineRole', { meetingId: week1.id, role: 'facilitator', memberId: ana });
    const suggestion = await ok(backend, 'meeting.suggestRoles', { meetingId: week1.id });
    expect(suggestion.facilitator).toBe(ben);
    // Ben and Ana swap: Ana keeps time, Ben facilitates (as suggested).
    await ok(backend, 'meeting.assignRoles', { meetingId: week1.id, roles: suggestion });
    const week2 = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-08', templateId: null });
    const next = await ok(backend, 'meeting.suggestRoles', { meetingId: week2.id });
    expect(next.facilitator).toBe(ana); // Ana kept her place
    expect(Object.values(next)).toContain(dee);
    const twice = await backend.call('meeting.assignRoles', { meetingId: week2.id, roles: { facilitator: cai, timekeeper: cai, note_taker: null } });
    expect(twice.ok ? '' : twice.error.message).toBe('Cai cannot be both facilitator and timekeeper in one meeting.');
    const stranger = await backend.call('meeting.assignRoles', {
      meetingId: week2.id,
      roles: { facilitator: 'nobody', timekeeper: null, note_taker: null },
    });
    expect(stranger.ok ? null : stranger.error.code).toBe('not_found');
    await backend.close();
  });

  it('exports upcoming meetings as .ics with no private data', async () => {
    const backend = await openBackend(await tempDir());
    const { group, members } = await groupWithMembers(backend, ['Ana']);
    await ok(backend, 'member.update', { memberId: members[0]!.id, fullName: 'Ana Secret', contact: '07700 900123' });
    const planned = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-08', templateId: null });
    await ok(backend, 'meeting.assignRoles', { meetingId: planned.id, roles: { facilitator: members[0]!.id, timekeeper: null, note_taker: null } });
    const cancelled = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-15', templateId: null });
    await ok(backend, 'meeting.cancel', { meetingId: cancelled.id });
    const file = await ok(backend, 'calendar.export', { groupId: group.id, count: 4 });
    expect(file.fileName).toBe('tuesday-circle-meetings.ics');
    expect(file.text).not.toMatch(/Ana|Secret|07700/);
    const events = new ICAL.Component(ICAL.parse(file.text) as unknown[]).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    expect(events).toEqual([`${group.id}-2026-12-01@circlekeeper`, `${group.id}-2026-12-08@circlekeeper`, `${group.id}-2026-12-22@circlekeeper`]);
    await backend.close();
  });

  it('answers bad input with a clear message and changes nothing', async () => {
    const dir = await tempDir();
    const backend = await openBackend(dir);
    const { group } = await groupWithMembers(backend, ['Ana']);
    const [template] = await ok(backend, 'template.list', { groupId: group.id });
    const before = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
    const item = { kind: 'other', title: 'Item', minutes: 5, objective: '', perSpeakerSeconds: null };
    const cases: [string, unknown, string][] = [
      ['member.add', { groupId: group.id, displayName: '' }, 'A display name (a first name or an alias is enough) is needed.'],
      ['member.add', { groupId: group.id, displayName: 'x'.repeat(10_000) }, 'at most 40 characters (this one has 10000)'],
      ['group.update', { groupId: group.id, name: 'y'.repeat(10_000) }, 'at most 80 characters (this one has 10000)'],
      ['template.update', { templateId: template!.id, items: [{ ...item, minutes: -5 }] }, 'An agenda item needs at least 1 minute.'],
      ['template.create', { groupId: group.id, name: '   ' }, 'A template name is needed.'],
      ['member.update', { memberId: 'unknown-member', status: 'left' }, 'That member is not in this group'],
      ['member.recordAgreement', { memberId: 'unknown-member' }, 'That member is not in this group'],
      ['group.update', { groupId: group.id, schedule: { ...schedule, durationMinutes: 5 } }, 'A meeting lasts at least 15 minutes.'],
      ['group.update', { groupId: group.id, schedule: { ...schedule, startTime: '25:00' } }, 'Use a 24-hour time like 19:00.'],
      ['meeting.plan', { groupId: group.id, date: '2026-02-30', templateId: null }, 'That is not a real date'],
      ['rules.set', { groupId: group.id, rules: Array.from({ length: 31 }, (_, i) => `Rule ${String(i)}`) }, 'at most 30 ground rules'],
    ];
    for (const [method, input, message] of cases) {
      const envelope = await backend.call(method, input);
      expect(envelope.ok ? 'accepted' : envelope.error.message, method).toContain(message);
    }
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(before);
    await backend.close();
  });
});
