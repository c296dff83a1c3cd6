import { Fragment } from 'react';
import type { DisplayView } from '#shared/display/display-view';
import { UNNAMED_GUEST } from '#shared/display/unnamed-guest';
import { formatCalendarDate, formatClockTime, formatDayAndMonth, formatTime } from '#shared/i18n/format';
import { elapsedMs, formatClock } from '#shared/live/timer';
import { useLocale, useT } from '../common/i18n/I18nProvider';
import { TimerFace } from './TimerFace';

/** Punctuation between the parts of a line, the same in every language. */
const SEP = ' · ';
const RANGE = '–';

type ViewOf<S extends DisplayView['screen']> = Extract<DisplayView, { screen: S }>;

/** Long names step down in size so they stay on screen in two or three lines. */
function titleSizeClass(text: string): string {
  if (text.length > 56) return ' display-title--longer';
  if (text.length > 36) return ' display-title--long';
  return '';
}

export function WelcomeScreen({ view, now }: { view: ViewOf<'welcome'>; now: number }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="display-screen" data-screen="welcome">
      <p className="display-kicker">{t('welcome.kicker')}</p>
      <h1 className={`display-title${titleSizeClass(view.groupName)}`}>
        <bdi>{view.groupName}</bdi>
      </h1>
      <p className="display-date">{formatDayAndMonth(locale, now)}</p>
    </div>
  );
}

export function GroundRulesScreen({ view }: { view: ViewOf<'ground_rules'> }) {
  const t = useT();
  const dense = view.rules.length > 6 || view.rules.join('').length > 600;
  return (
    <div className={`display-screen display-screen--top${dense ? ' display-screen--dense' : ''}`} data-screen="ground_rules">
      <h1 className="display-heading">{t('rules.heading')}</h1>
      {view.rules.length === 0 ? <p className="display-quiet">{t('rules.none')}</p> : null}
      <ol className="display-rules">
        {view.rules.map((rule, index) => (
          <li key={index}>{rule}</li>
        ))}
      </ol>
    </div>
  );
}

export function AgendaScreen({ view, now }: { view: ViewOf<'agenda'>; now: number }) {
  const t = useT();
  const { dir } = useLocale();
  // The current item's mark points at its title, from whichever side the language starts.
  const stateMark = { done: '✓', current: dir === 'rtl' ? '◀' : '▶', upcoming: '', skipped: '–' } as const;
  return (
    <div className="display-screen display-screen--top" data-screen="agenda">
      <h1 className="display-heading">{t('agenda.heading')}</h1>
      <ol className="display-agenda">
        {view.items.map((item, index) => (
          <li
            key={index}
            className={`display-agenda__item display-agenda__item--${item.state}`}
            aria-current={item.state === 'current' ? 'step' : undefined}
          >
            <span className="display-agenda__mark" aria-hidden="true">
              {stateMark[item.state]}
            </span>
            <span className="display-agenda__title">
              <bdi>{item.title}</bdi>
              {item.state === 'skipped' ? <span className="display-agenda__skipped"> {t('agenda.skipped')}</span> : null}
            </span>
            <span className="display-agenda__time">
              {item.state === 'current' && view.current
                ? t('agenda.left', { time: formatClock(view.current.plannedMs - elapsedMs(view.current.timer, now)) })
                : t('agenda.minutes', { count: item.minutes })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A participant's name as the room sees it: isolated, or "A guest" in the room's language for a guest who gave none. */
function Name({ name }: { name: string }) {
  const t = useT();
  return name === UNNAMED_GUEST ? <>{t('speaker.guest')}</> : <bdi>{name}</bdi>;
}

/** Names are isolated (<bdi>), so "Up next: سامي, דוד" keeps its order for a left-to-right reader. */
export function SpeakerScreen({ view, now }: { view: ViewOf<'speaker'>; now: number }) {
  const t = useT();
  return (
    <div className="display-screen display-screen--speaker" data-screen="speaker">
      <p className="display-item-title">
        <bdi>{view.itemTitle}</bdi>
      </p>
      {view.speaker !== null ? (
        <h1 className="display-speaker" aria-label={t('speaker.label', { name: view.speaker === UNNAMED_GUEST ? t('speaker.guest') : view.speaker })}>
          <Name name={view.speaker} />
        </h1>
      ) : (
        <p className="display-speaker display-speaker--waiting">{view.kind === 'round' ? t('speaker.roundSoon') : t('speaker.discussion')}</p>
      )}
      {view.timer ? <TimerFace value={view.timer} now={now} mode={view.timerDisplay} /> : null}
      {view.upNext.length > 0 ? (
        <p className="display-up-next">
          {t('speaker.upNext')}{' '}
          {view.upNext.map((name, index) => (
            <Fragment key={index}>
              {index > 0 ? t('speaker.listSeparator') : ''}
              <Name name={name} />
            </Fragment>
          ))}
        </p>
      ) : null}
    </div>
  );
}

export function BreakScreen({ view, now }: { view: ViewOf<'break'>; now: number }) {
  const t = useT();
  const { locale } = useLocale();
  const title = view.title === null ? t('break.title') : <bdi>{view.title}</bdi>;
  if (view.timer === null) {
    return (
      <div className="display-screen" data-screen="break">
        <p className="display-title">{title}</p>
        <p className="display-date">{t('break.soon')}</p>
      </div>
    );
  }
  const remaining = view.plannedMs - elapsedMs(view.timer, now);
  return (
    <div className="display-screen" data-screen="break">
      <p className="display-kicker">{title}</p>
      {remaining > 0 ? (
        <>
          <p className="timer-numerals" dir="ltr">
            {formatClock(remaining)}
          </p>
          <p className="display-date">{t('break.backAt', { time: formatTime(locale, now + remaining) })}</p>
        </>
      ) : (
        <p className="display-title">{t('break.comeBack')}</p>
      )}
    </div>
  );
}

export function MessageScreen({ view }: { view: ViewOf<'message'> }) {
  return (
    <div className="display-screen" data-screen="message">
      <p className="display-message" dir="auto">
        {view.text}
      </p>
    </div>
  );
}

/** A pause when feelings run high: a slow breathing circle (still, for those who ask for less motion) and the ground rules. */
export function PauseScreen({ view }: { view: ViewOf<'pause'> }) {
  const t = useT();
  const dense = view.rules.length > 5 || view.rules.join('').length > 450;
  return (
    <div className={`display-screen display-screen--pause${dense ? ' display-screen--dense' : ''}`} data-screen="pause">
      <div className="display-breath" aria-hidden="true" />
      <h1 className="display-pause__prompt">{t('pause.prompt')}</h1>
      {view.rules.length > 0 ? (
        <>
          <p className="display-kicker">{t('rules.heading')}</p>
          <ol className="display-rules display-rules--pause">
            {view.rules.map((rule, index) => (
              <li key={index}>{rule}</li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}

function GoalLine({ goal }: { goal: ViewOf<'purpose'>['otherGoals'][number] }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <li className={`display-goal display-goal--${goal.status}`}>
      <span className="display-goal__what">{goal.what}</span>
      <span className="display-goal__meta">
        {t(`goal.${goal.status}`)}
        {goal.byWhen ? `${SEP}${t('goal.byWhen', { date: formatCalendarDate(locale, goal.byWhen) })}` : ''}
        {SEP}
        <bdi>{goal.measure}</bdi>
      </span>
    </li>
  );
}

/** Purpose, objectives and the group's goals (status in words, never colour alone). */
export function PurposeScreen({ view }: { view: ViewOf<'purpose'> }) {
  const t = useT();
  const goals = view.objectives.reduce((sum, o) => sum + o.goals.length, view.otherGoals.length);
  const dense = view.objectives.length + goals > 7 || view.purpose.length > 300;
  return (
    <div className={`display-screen display-screen--top${dense ? ' display-screen--dense' : ''}`} data-screen="purpose">
      <p className="display-kicker">
        <bdi>{view.groupName}</bdi>
      </p>
      <h1 className="display-heading">{view.purpose === '' ? t('purpose.heading') : view.purpose}</h1>
      {view.objectives.length === 0 && goals === 0 ? <p className="display-quiet">{t('purpose.none')}</p> : null}
      <ol className="display-objectives">
        {view.objectives.map((objective, index) => (
          <li key={index}>
            <span className="display-objective">{objective.text}</span>
            {objective.goals.length > 0 ? (
              <ul className="display-goals">
                {objective.goals.map((goal, goalIndex) => (
                  <GoalLine key={goalIndex} goal={goal} />
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {view.otherGoals.length > 0 ? (
        <>
          <p className="display-kicker">{t('purpose.otherGoals')}</p>
          <ul className="display-goals">
            {view.otherGoals.map((goal, index) => (
              <GoalLine key={index} goal={goal} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** The group's next events: kind and title, day and times, place and partner, a short description. */
export function ComingUpScreen({ view }: { view: ViewOf<'coming_up'> }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="display-screen display-screen--top" data-screen="coming_up">
      <p className="display-kicker">
        <bdi>{view.groupName}</bdi>
      </p>
      <h1 className="display-heading">{t('comingUp.heading')}</h1>
      {view.events.length === 0 ? <p className="display-quiet">{t('comingUp.none')}</p> : null}
      <ul className="display-events">
        {view.events.map((event, index) => (
          <li key={index} className="display-event">
            <span className="display-event__what">{t('event.kindAndTitle', { kind: t(`event.${event.kind}`), title: event.title })}</span>
            <span className="display-event__meta">
              {formatCalendarDate(locale, event.date)}
              {SEP}
              {formatClockTime(locale, event.startTime)}
              {RANGE}
              {formatClockTime(locale, event.endTime)}
              {event.place ? (
                <>
                  {SEP}
                  <bdi>{event.place}</bdi>
                </>
              ) : null}
              {event.partnerName ? `${SEP}${t('event.with', { partner: event.partnerName })}` : ''}
            </span>
            {event.description ? <span className="display-event__meta">{event.description}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
