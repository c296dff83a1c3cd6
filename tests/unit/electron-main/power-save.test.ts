import { describe, expect, it } from 'vitest';
import { PowerSaveController } from '../../../electron/main/power-save';

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
