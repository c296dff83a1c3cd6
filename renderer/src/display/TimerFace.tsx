import type { DisplayTimer } from '#shared/display/display-view';
import { elapsedMs, formatClock, formatElapsed, isRunning, timerPhase } from '#shared/live/timer';

const phaseText = { counting: '', warning: 'Nearly time', over: 'Time' } as const;

/**
 * The speaking timer for the room: numbers, a filling ring, or nothing.
 * Each phase changes words and shape as well as colour, and nothing flashes.
 */
export function TimerFace({ value, now, mode }: { value: DisplayTimer; now: number; mode: 'numbers' | 'ring' | 'hidden' }) {
  if (mode === 'hidden') return null;
  const elapsed = elapsedMs(value.timer, now);
  const phase = timerPhase(elapsed, value.limitMs, value.warnMs);
  const paused = !isRunning(value.timer);
  // Counts down to the limit, then up past it as "+m:ss"; with no limit it counts up.
  const label = value.limitMs === null ? formatElapsed(elapsed) : formatClock(value.limitMs - elapsed);
  const caption =
    value.limitMs === null
      ? paused
        ? 'Paused'
        : 'Speaking'
      : phase === 'over'
        ? `${phaseText.over} — over`
        : phase === 'warning'
          ? `${phaseText.warning} — left`
          : paused
            ? 'Paused — left'
            : 'left';

  if (mode === 'ring') {
    const fraction = value.limitMs === null ? 0 : Math.min(1, elapsed / value.limitMs);
    const circumference = 2 * Math.PI * 45;
    return (
      <div
        className={`timer-ring timer--${phase}`}
        data-phase={phase}
        role="img"
        aria-label={`Time ${phase === 'over' ? 'is up' : 'used'}: ${String(Math.round(fraction * 100))} percent`}
      >
        <svg viewBox="0 0 100 100" aria-hidden="true">
          <circle className="timer-ring__track" cx="50" cy="50" r="45" />
          <circle
            className="timer-ring__fill"
            cx="50"
            cy="50"
            r="45"
            strokeDasharray={`${String(circumference * fraction)} ${String(circumference)}`}
            transform="rotate(-90 50 50)"
          />
          {phase === 'over' ? <circle className="timer-ring__over" cx="50" cy="50" r="36" /> : null}
        </svg>
        {phase !== 'counting' ? <p className="timer-caption">{phase === 'over' ? 'Time' : 'Nearly time'}</p> : null}
      </div>
    );
  }

  return (
    <div className={`timer-face timer--${phase}${paused ? ' timer--paused' : ''}`} data-phase={phase}>
      <p className="timer-numerals" aria-label={`${label} ${caption}`}>
        {label}
      </p>
      <p className="timer-caption">{caption}</p>
    </div>
  );
}
