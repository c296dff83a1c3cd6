import { describe, expect, it } from 'vitest';
import { createQuitGuard } from '../../../electron/main/quit-guard';

function quitEvent() {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

function setup(close: () => Promise<void>) {
  const log: string[] = [];
  const guard = createQuitGuard({
    beforeClose: () => log.push('save'),
    closeBackend: async () => {
      log.push('close');
      await close();
      log.push('closed');
    },
    quit: () => log.push('quit'),
    onError: (error) => log.push(`error ${(error as Error).message}`),
  });
  return { log, guard };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createQuitGuard', () => {
  it('holds the first quit until the backend has closed, then quits for real', async () => {
    let release!: () => void;
    const { log, guard } = setup(() => new Promise<void>((resolve) => (release = resolve)));
    const first = quitEvent();
    guard(first);
    expect(first.prevented).toBe(true);
    await tick();
    expect(log).toEqual(['save', 'close']);

    const impatient = quitEvent();
    guard(impatient);
    expect(impatient.prevented).toBe(true);

    release();
    await tick();
    expect(log).toEqual(['save', 'close', 'closed', 'quit']);

    const final = quitEvent();
    guard(final);
    expect(final.prevented).toBe(false);
    expect(log.filter((l) => l === 'close')).toHaveLength(1);
  });

  it('still quits when closing fails', async () => {
    const { log, guard } = setup(() => Promise.reject(new Error('disk full')));
    guard(quitEvent());
    await tick();
    expect(log).toEqual(['save', 'close', 'error disk full', 'quit']);
  });
});
