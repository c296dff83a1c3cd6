import { TEST_SCHEDULE } from '../../support/test-schedule';
import { describe, expect, it } from 'vitest';
import { followLiveMeetings, PowerSaveController } from '../../../electron/main/power-save';
import { openBackend as openTestBackend, ok } from '../backend/test-backend';
import { useTempDirs } from '../backend/temp-dir';

function fakeBlocker() {
  const active = new Set<number>();
  let next = 1;
  const log: string[] = [];
  return {
    active,
    log,
    start: () => {
      const id = next++;
      active.add(id);
      log.push(`start ${id}`);
      return id;
    },
    stop: (id: number) => {
      active.delete(id);
      log.push(`stop ${id}`);
    },
  };
}

describe('PowerSaveController', () => {
  it('blocks display sleep only while live', () => {
    const blocker = fakeBlocker();
    const power = new PowerSaveController(blocker);
    expect(blocker.active.size).toBe(0);
    power.setLive(true);
    expect(blocker.active.size).toBe(1);
    power.setLive(false);
    expect(blocker.active.size).toBe(0);
  });

  it('starts one blocker however often it is told, and stops the one it started', () => {
    const blocker = fakeBlocker();
    const power = new PowerSaveController(blocker);
    power.setLive(true);
    power.setLive(true);
    power.setLive(false);
    power.setLive(false);
    power.setLive(true);
    expect(blocker.log).toEqual(['start 1', 'stop 1', 'start 2']);
  });

  it('releases the blocker on dispose', () => {
    const blocker = fakeBlocker();
    const power = new PowerSaveController(blocker);
    power.setLive(true);
    power.dispose();
    power.dispose();
    expect(blocker.active.size).toBe(0);
    expect(blocker.log).toEqual(['start 1', 'stop 1']);
  });
});

describe('followLiveMeetings', () => {
  const tempDir = useTempDirs();

  it('blocks display sleep while a real backend has a meeting under way, and only then', async () => {
    const backend = await openTestBackend(await tempDir());
    const blocker = fakeBlocker();
    const controller = new PowerSaveController(blocker);
    const stop = followLiveMeetings(backend, controller);
    expect(blocker.active.size).toBe(0);
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    await ok(backend, 'group.update', {
      groupId: group.id,
      schedule: TEST_SCHEDULE,
    });
    const [template] = await ok(backend, 'template.list', { groupId: group.id });
    const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template!.id });
    expect(blocker.active.size).toBe(0);
    await ok(backend, 'live.start', { meetingId: meeting.id });
    expect(blocker.active.size).toBe(1);
    await ok(backend, 'live.end', { meetingId: meeting.id });
    expect(blocker.active.size).toBe(0);
    expect(blocker.log).toEqual(['start 1', 'stop 1']);
    stop();
    await backend.close();
  });
});
