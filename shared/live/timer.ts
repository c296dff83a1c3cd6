/**
 * A timer stored as facts, never as a ticking counter (DESIGN.md, "Live
 * state and time"): elapsed(now) = elapsedBeforeMs + (now − startedAt).
 * Nothing accumulates between reads, so nothing drifts, and a restart
 * mid-meeting resumes with the right time. Its schema is in timer-schema.ts:
 * this file is timer math only, without zod, so the room display's bundle
 * stays small.
 */
export interface Timer {
  startedAt: number | null;
  elapsedBeforeMs: number;
}

export const stoppedTimer = (): Timer => ({ startedAt: null, elapsedBeforeMs: 0 });
export const runningTimer = (now: number): Timer => ({ startedAt: now, elapsedBeforeMs: 0 });

/** Never negative: a clock that moved backwards reads as no time passing, not as time undone. */
export function elapsedMs(timer: Timer, now: number): number {
  return timer.elapsedBeforeMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

export function isRunning(timer: Timer): boolean {
  return timer.startedAt !== null;
}

export function pause(timer: Timer, now: number): Timer {
  return timer.startedAt === null ? timer : { startedAt: null, elapsedBeforeMs: elapsedMs(timer, now) };
}

export function resume(timer: Timer, now: number): Timer {
  return timer.startedAt === null ? { startedAt: now, elapsedBeforeMs: timer.elapsedBeforeMs } : timer;
}

export function toggle(timer: Timer, now: number): Timer {
  return isRunning(timer) ? pause(timer, now) : resume(timer, now);
}

export type TimerPhase = 'counting' | 'warning' | 'over';

/** Which phase a limited turn is in; with no limit the timer just counts. */
export function timerPhase(elapsed: number, limitMs: number | null, warnMs: number): TimerPhase {
  if (limitMs === null) return 'counting';
  if (elapsed >= limitMs) return 'over';
  return limitMs - elapsed <= warnMs ? 'warning' : 'counting';
}

/** "4:05", or "+1:20" over time. Rounds remaining time up so 0:00 appears only at the limit. */
export function formatClock(ms: number): string {
  const negative = ms < 0;
  const totalSeconds = negative ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${negative ? '+' : ''}${String(minutes)}:${String(seconds).padStart(2, '0')}`;
}

/** Time spent, "m:ss", rounded down: a count-up shows whole seconds passed. */
export function formatElapsed(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  return `${String(Math.floor(totalSeconds / 60))}:${String(totalSeconds % 60).padStart(2, '0')}`;
}
