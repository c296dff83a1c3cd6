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
    expect(power.isLive()).toBe(false);
    power.setLive(true);
    expect(blocker.active.size).toBe(1);
    expect(power.isLive()).toBe(true);
    power.setLive(false);
    expect(blocker.active.size).toBe(0);
    expect(power.isLive()).toBe(false);
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
    expect(controller.isLive()).toBe(false);
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    await ok(backend, 'group.update', { groupId: group.id, schedule: { frequency: 'weekly', weekday: 2, weekOfMonth: 1, startTime: '19:00', durationMinutes: 90, timeZone: 'Europe/London', startDate: '2026-09-01' } });
    const [template] = await ok(backend, 'template.list', { groupId: group.id });
    const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template!.id });
    expect(controller.isLive()).toBe(false);
    await ok(backend, 'live.start', { meetingId: meeting.id });
    expect(controller.isLive()).toBe(true);
    await ok(backend, 'live.end', { meetingId: meeting.id });
    expect(controller.isLive()).toBe(false);
    expect(blocker.log).toEqual(['start 1', 'stop 1']);
    stop();
    await backend.close();
  });
});
