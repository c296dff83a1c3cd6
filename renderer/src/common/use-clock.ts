import { useEffect, useState } from 'react';

/**
 * The backend's clock, read on this machine to the second: the offset to
 * the newest snapshot's `now` is kept, and one timer wakes just after each
 * second boundary. Timers only ever show whole seconds, so waking every
 * animation frame would cost a laptop on battery sixty times the work.
 */
export function useBackendSecond(offsetMs: number, enabled = true): number {
  const [second, setSecond] = useState(() => Math.floor((Date.now() + offsetMs) / 1000));
  useEffect(() => {
    if (!enabled) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const now = Date.now() + offsetMs;
      const next = Math.floor(now / 1000);
      setSecond((current) => (current === next ? current : next));
      // A few ms past the boundary, so rounding never lands just short of it.
      timer = setTimeout(tick, 1000 - (now % 1000) + 5);
    };
    tick();
    return () => clearTimeout(timer);
  }, [offsetMs, enabled]);
  return second * 1000;
}

/** The offset from this machine's clock to the backend's, from a snapshot's `now` and when it arrived. */
export function offsetFrom(backendNow: number | undefined, receivedAt: number | undefined): number {
  return backendNow === undefined || receivedAt === undefined ? 0 : backendNow - receivedAt;
}
