import type { DisplayTimer } from '#shared/display/display-view';
import { elapsedMs, formatClock, formatElapsed, isRunning, timerPhase } from '#shared/live/timer';
import { useT } from '../common/i18n/I18nProvider';

/**
 * The speaking timer for the room: numbers, a filling ring, or nothing.
 * Each phase changes words and shape as well as colour, and nothing flashes.
 * The numerals are Latin digits in every language, as clocks are.
 */
export function TimerFace({ value, now, mode }: { value: DisplayTimer; now: number; mode: 'numbers' | 'ring' | 'hidden' }) {
  const t = useT();
  if (mode === 'hidden') return null;
  const elapsed = elapsedMs(value.timer, now);
  const phase = timerPhase(elapsed, value.limitMs, value.warnMs);
  const paused = !isRunning(value.timer);
  // Counts down to the limit, then up past it as "+m:ss"; with no limit it counts up.
  const label = value.limitMs === null ? formatElapsed(elapsed) : formatClock(value.limitMs - elapsed);
  const caption =
    value.limitMs === null
      ? paused
        ? t('timer.paused')
        : t('timer.speaking')
      : phase === 'over'
        ? t('timer.over')
        : phase === 'warning'
          ? t('timer.nearlyLeft')
          : paused
            ? t('timer.pausedLeft')
            : t('timer.left');

  if (mode === 'ring') {
    const fraction = value.limitMs === null ? 0 : Math.min(1, elapsed / value.limitMs);
    const circumference = 2 * Math.PI * 45;
    const percent = Math.round(fraction * 100);
    return (
      <div
        className={`timer-ring timer--${phase}`}
        data-phase={phase}
        role="img"
        aria-label={phase === 'over' ? t('timer.ringOver', { percent }) : t('timer.ringUsed', { percent })}
      >
        {/* The ring fills clockwise in every language, as a clock's hand moves. */}
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
        {phase !== 'counting' ? <p className="timer-caption">{phase === 'over' ? t('timer.time') : t('timer.nearlyTime')}</p> : null}
      </div>
    );
  }

  return (
    <div className={`timer-face timer--${phase}${paused ? ' timer--paused' : ''}`} data-phase={phase}>
      {/* Isolated left-to-right, so "+1:05" keeps its sign in front in a right-to-left room. */}
      <p className="timer-numerals" dir="ltr" aria-label={`${label} ${caption}`}>
        {label}
      </p>
      <p className="timer-caption">{caption}</p>
    </div>
  );
}
