import { describe, expect, it } from 'vitest';
import { elapsedMs, formatClock, pause, resume, runningTimer, stoppedTimer, timerPhase, toggle } from '#shared/live/timer';

describe('timer math', () => {
  it('counts from facts: pause, resume and restart', () => {
    let timer = runningTimer(1_000);
    expect(elapsedMs(timer, 61_000)).toBe(60_000);
    timer = pause(timer, 61_000);
    expect(elapsedMs(timer, 500_000)).toBe(60_000);
    timer = resume(timer, 500_000);
    expect(elapsedMs(timer, 530_000)).toBe(90_000);
    expect(elapsedMs(toggle(timer, 530_000), 999_000)).toBe(90_000);
    expect(elapsedMs(stoppedTimer(), 999_000)).toBe(0);
  });

  it('pausing or resuming twice changes nothing', () => {
    const paused = pause(runningTimer(0), 10);
    expect(pause(paused, 50)).toEqual(paused);
    const running = runningTimer(5);
    expect(resume(running, 50)).toEqual(running);
  });

  it('reads a clock set backwards as no time passing, and a clock set forwards as time passed', () => {
    const timer = runningTimer(100_000);
    expect(elapsedMs(timer, 40_000)).toBe(0);
    expect(elapsedMs(pause(timer, 40_000), 200_000)).toBe(0);
    expect(elapsedMs(timer, 100_000 + 3_600_000)).toBe(3_600_000);
  });

  it('does not drift over three hours of pausing and resuming', () => {
    let timer = runningTimer(0);
    let expected = 0;
    let now = 0;
    for (let i = 0; i < 3 * 60 * 6; i += 1) {
      now += 7_000; // run 7 s
      expected += 7_000;
      timer = pause(timer, now);
      now += 3_000; // paused 3 s
      timer = resume(timer, now);
    }
    expect(elapsedMs(timer, now)).toBe(expected);
  });

  it('has phases that change text, not only colour', () => {
    expect(timerPhase(10_000, null, 30_000)).toBe('counting');
    expect(timerPhase(20_000, 60_000, 30_000)).toBe('counting');
    expect(timerPhase(30_000, 60_000, 30_000)).toBe('warning');
    expect(timerPhase(60_000, 60_000, 30_000)).toBe('over');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(64_001)).toBe('1:05');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-80_000)).toBe('+1:20');
  });
});
