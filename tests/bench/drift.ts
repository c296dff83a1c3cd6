import { elapsedMs, pause, resume, runningTimer, type Timer } from '#shared/live/timer';

/**
 * Three simulated hours of a speaking timer started, paused and resumed at
 * irregular moments, read back against an independent count of running time.
 */
export function measureTimerDrift(hours: number): { toggles: number; driftMs: number } {
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  let now = 1_764_000_000_000;
  const end = now + hours * 3_600_000;
  let timer: Timer = runningTimer(now);
  let running = true;
  let expected = 0;
  let toggles = 0;
  while (now < end) {
    const step = Math.floor(random() * 90_000) + 1; // up to 90 s, to the millisecond
    if (running) expected += step;
    now += step;
    timer = running ? pause(timer, now) : resume(timer, now);
    running = !running;
    toggles += 1;
  }
  return { toggles, driftMs: Math.abs(elapsedMs(timer, now) - expected) };
}
