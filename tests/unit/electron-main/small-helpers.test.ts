import { describe, expect, it, vi } from 'vitest';
import { electronDataLocation } from '../../../electron/main/data-location';
import { debounce } from '../../../electron/main/debounce';

describe('electronDataLocation', () => {
  const userData = () => '/home/sam/.config/Circlekeeper';

  it("uses Electron's userData folder by default", () => {
    expect(electronDataLocation(['electron', 'main.mjs'], {}, 'linux', userData)).toEqual({ dir: '/home/sam/.config/Circlekeeper', explicit: false });
  });

  it('lets --data-dir win over the environment variable', () => {
    expect(electronDataLocation(['electron', 'main.mjs', '--data-dir', '/tmp/a'], { CIRCLEKEEPER_DATA_DIR: '/tmp/b' }, 'linux', userData)).toEqual({
      dir: '/tmp/a',
      explicit: true,
    });
    expect(electronDataLocation(['electron', '--data-dir=/tmp/c'], {}, 'linux', userData)).toEqual({ dir: '/tmp/c', explicit: true });
    expect(electronDataLocation(['electron'], { CIRCLEKEEPER_DATA_DIR: '/tmp/b' }, 'linux', userData)).toEqual({ dir: '/tmp/b', explicit: true });
  });
});

describe('debounce', () => {
  it('runs once after a burst has settled', () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn();
      const later = debounce(fn, 300);
      later();
      vi.advanceTimersByTime(200);
      later();
      later();
      vi.advanceTimersByTime(299);
      expect(fn).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(fn).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
