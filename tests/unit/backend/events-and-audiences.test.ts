import { TEST_SCHEDULE } from '../../support/test-schedule';
import { describe, expect, it } from 'vitest';
import type { AnyEvent } from '#shared/contract/events';
import { useTempDirs } from './temp-dir';
import { ok, openBackend, currentDisplay } from './test-backend';

const tempDir = useTempDirs();

describe('events and audiences', () => {
  it('refuses every call from the display audience, changing nothing', async () => {
    const backend = await openBackend(await tempDir());
    const envelope = await backend.call('group.create', { name: 'Sneaky' }, 'display');
    expect(envelope.ok ? null : envelope.error.code).toBe('forbidden');
    const read = await backend.call('member.list', { groupId: 'id1' }, 'display');
    expect(read.ok ? null : read.error.code).toBe('forbidden');
    expect(await ok(backend, 'group.list', {})).toEqual([]);
    await backend.close();
  });

  it('sends the display only display snapshots, and only when the view changed', async () => {
    const backend = await openBackend(await tempDir());
    const displayEvents: AnyEvent[] = [];
    const consoleEvents: AnyEvent[] = [];
    backend.subscribe('display', (event) => displayEvents.push(event));
    backend.subscribe('console', (event) => consoleEvents.push(event));
    expect(displayEvents.map((e) => e.name)).toEqual(['display']);

    const group = await ok(backend, 'group.create', { name: 'Circle' });
    await ok(backend, 'member.add', { groupId: group.id, displayName: 'Sam' });
    await ok(backend, 'room.setMode', { mode: 'blank' });

    expect(displayEvents.every((e) => e.name === 'display')).toBe(true);
    const views = displayEvents.map((e) => (e.name === 'display' ? e.payload.view : null));
    // Adding a member does not change what the room sees, so it sends nothing.
    expect(views).toEqual([{ screen: 'idle' }, { screen: 'welcome', groupName: 'Circle' }, { screen: 'blank' }]);
    const versions = displayEvents.map((e) => (e.name === 'display' ? e.payload.version : -1));
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);

    const topics = consoleEvents.filter((e) => e.name === 'changed').map((e) => (e.name === 'changed' ? e.payload.topics : []));
    expect(topics).toEqual([['groups', 'templates', 'room'], ['members'], ['room']]);
    await backend.close();
  });

  it('tells the console which meetings not yet held changed, so it need not refetch them', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    await ok(backend, 'group.update', {
      groupId: group.id,
      schedule: TEST_SCHEDULE,
    });
    const [template] = await ok(backend, 'template.list', { groupId: group.id });
    const changes: AnyEvent[] = [];
    backend.subscribe('console', (event) => changes.push(event));
    const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template?.id ?? null });
    await ok(backend, 'live.start', { meetingId: meeting.id });
    const stepped = await ok(backend, 'live.command', { meetingId: meeting.id, command: { type: 'nextItem' } });
    await ok(backend, 'live.end', { meetingId: meeting.id });
    const payloads = changes.flatMap((e) => (e.name === 'changed' ? [e.payload] : []));
    expect(payloads.map((p) => [p.topics, p.meetings?.map((m) => m.status) ?? [], p.leftMeetingIds ?? []])).toEqual([
      [['meetings', 'groups'], ['planned'], []],
      [['meetings', 'room'], ['live'], []],
      [['live'], ['live'], []],
      [['meetings', 'room', 'groups', 'members', 'history'], [], [meeting.id]],
    ]);
    expect(payloads[2]?.meetings?.[0]).toEqual(stepped);
    await backend.close();
  });

  it('does not announce a change that failed', async () => {
    const backend = await openBackend(await tempDir());
    const events: AnyEvent[] = [];
    backend.subscribe('console', (event) => events.push(event));
    await backend.call('group.create', { name: '' });
    expect(events.filter((e) => e.name === 'changed')).toEqual([]);
    await backend.close();
  });

  it('orders concurrent commands so each acknowledged change is kept', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    const names = Array.from({ length: 25 }, (_, i) => `Member ${String(i)}`);
    await Promise.all(names.map((displayName) => ok(backend, 'member.add', { groupId: group.id, displayName })));
    expect((await ok(backend, 'member.list', { groupId: group.id })).length).toBe(25);
    await backend.close();
  });

  it('moves members between active, on a break and left, keeping display names unique among current members', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    const sam = await ok(backend, 'member.add', { groupId: group.id, displayName: 'Sam' });
    const dup = await backend.call('member.add', { groupId: group.id, displayName: ' sam ' });
    expect(dup.ok ? null : dup.error).toMatchObject({ code: 'conflict', field: 'displayName' });

    expect(await ok(backend, 'member.update', { memberId: sam.id, status: 'on_break' })).toMatchObject({ status: 'on_break', leftOn: null });
    const left = await ok(backend, 'member.update', { memberId: sam.id, status: 'left' });
    expect(left.leftOn).toBe('2026-11-25');
    // The name is free again once Sam has left, so bringing Sam back would clash.
    const newSam = await ok(backend, 'member.add', { groupId: group.id, displayName: 'Sam' });
    const back = await backend.call('member.update', { memberId: sam.id, status: 'active' });
    expect(back.ok ? null : back.error.code).toBe('conflict');
    await ok(backend, 'member.update', { memberId: newSam.id, displayName: 'Sam B' });
    expect(await ok(backend, 'member.update', { memberId: sam.id, status: 'active' })).toMatchObject({ status: 'active', leftOn: null });
    await backend.close();
  });

  it('renames groups, refuses a duplicate name, and switches the room between groups', async () => {
    const backend = await openBackend(await tempDir());
    const first = await ok(backend, 'group.create', { name: 'Circle' });
    const second = await ok(backend, 'group.create', { name: 'Second' });
    expect((await ok(backend, 'room.get', {})).groupId).toBe(first.id);
    const clash = await backend.call('group.update', { groupId: second.id, name: 'CIRCLE' });
    expect(clash.ok ? null : clash.error.code).toBe('conflict');
    await ok(backend, 'group.update', { groupId: second.id, name: 'Monday' });
    await ok(backend, 'room.selectGroup', { groupId: second.id });
    expect(currentDisplay(backend)).toMatchObject({ view: { screen: 'welcome', groupName: 'Monday' } });
    const missing = await backend.call('room.selectGroup', { groupId: 'nope' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    await backend.close();
  });
});
