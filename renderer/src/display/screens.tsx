import { Fragment } from 'react';
import type { DisplayView } from '#shared/display/display-view';
import { elapsedMs, formatClock } from '#shared/live/timer';
import { TimerFace } from './TimerFace';
import { formatDay } from '../common/dates';

type ViewOf<S extends DisplayView['screen']> = Extract<DisplayView, { screen: S }>;

function formatDate(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** Long names step down in size so they stay on screen in two or three lines. */
function titleSizeClass(text: string): string {
  if (text.length > 56) return ' display-title--longer';
  if (text.length > 36) return ' display-title--long';
  return '';
}

export function WelcomeScreen({ view, now }: { view: ViewOf<'welcome'>; now: number }) {
  return (
    <div className="display-screen" data-screen="welcome">
      <p className="display-kicker">Welcome to</p>
      <h1 className={`display-title${titleSizeClass(view.groupName)}`}>{view.groupName}</h1>
      <p className="display-date">{formatDate(now)}</p>
    </div>
  );
}

export function GroundRulesScreen({ view }: { view: ViewOf<'ground_rules'> }) {
  const dense = view.rules.length > 6 || view.rules.join('').length > 600;
  return (
    <div className={`display-screen display-screen--top${dense ? ' display-screen--dense' : ''}`} data-screen="ground_rules">
      <h1 className="display-heading">Our ground rules</h1>
      {view.rules.length === 0 ? <p className="display-quiet">No ground rules yet.</p> : null}
      <ol className="display-rules">
        {view.rules.map((rule, index) => (
          <li key={index}>{rule}</li>
        ))}
      </ol>
    </div>
  );
}

const stateMark = { done: '✓', current: '▶', upcoming: '', skipped: '–' } as const;

export function AgendaScreen({ view, now }: { view: ViewOf<'agenda'>; now: number }) {
  return (
    <div className="display-screen display-screen--top" data-screen="agenda">
      <h1 className="display-heading">Today’s agenda</h1>
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
              {item.title}
              {item.state === 'skipped' ? ' (skipped)' : ''}
            </span>
            <span className="display-agenda__time">
              {item.state === 'current' && view.current
                ? `${formatClock(view.current.plannedMs - elapsedMs(view.current.timer, now))} left`
                : `${String(item.minutes)} min`}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Names are isolated (<bdi>), so "Up next: سامي, דוד" keeps its order for a left-to-right reader. */
export function SpeakerScreen({ view, now }: { view: ViewOf<'speaker'>; now: number }) {
  return (
    <div className="display-screen display-screen--speaker" data-screen="speaker">
      <p className="display-item-title">{view.itemTitle}</p>
      {view.speaker ? (
        <h1 className="display-speaker" aria-label={`Speaking: ${view.speaker}`}>
          <bdi>{view.speaker}</bdi>
        </h1>
      ) : (
        <p className="display-speaker display-speaker--waiting">{view.kind === 'round' ? 'The round will begin shortly' : 'Open discussion'}</p>
      )}
      {view.timer ? <TimerFace value={view.timer} now={now} mode={view.timerDisplay} /> : null}
      {view.upNext.length > 0 ? (
        <p className="display-up-next">
          Up next:{' '}
          {view.upNext.map((name, index) => (
            <Fragment key={index}>
              {index > 0 ? ', ' : ''}
              <bdi>{name}</bdi>
            </Fragment>
          ))}
        </p>
      ) : null}
    </div>
  );
}

export function BreakScreen({ view, now }: { view: ViewOf<'break'>; now: number }) {
  if (view.timer === null) {
    return (
      <div className="display-screen" data-screen="break">
        <p className="display-title">{view.title}</p>
        <p className="display-date">We will start again soon</p>
      </div>
    );
  }
  const remaining = view.plannedMs - elapsedMs(view.timer, now);
  const backAt = new Date(now + Math.max(0, remaining)).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="display-screen" data-screen="break">
      <p className="display-kicker">{view.title}</p>
      {remaining > 0 ? (
        <>
          <p className="timer-numerals">{formatClock(remaining)}</p>
          <p className="display-date">We start again at {backAt}</p>
        </>
      ) : (
        <p className="display-title">Time to come back</p>
      )}
    </div>
  );
}

export function MessageScreen({ view }: { view: ViewOf<'message'> }) {
  return (
    <div className="display-screen" data-screen="message">
      <p className="display-message">{view.text}</p>
    </div>
  );
}

/** A pause when feelings run high: a slow breathing circle (still, for those who ask for less motion) and the ground rules. */
export function PauseScreen({ view }: { view: ViewOf<'pause'> }) {
  const dense = view.rules.length > 5 || view.rules.join('').length > 450;
  return (
    <div className={`display-screen display-screen--pause${dense ? ' display-screen--dense' : ''}`} data-screen="pause">
      <div className="display-breath" aria-hidden="true" />
      <h1 className="display-pause__prompt">{view.prompt}</h1>
      {view.rules.length > 0 ? (
        <>
          <p className="display-kicker">Our ground rules</p>
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

const goalStatusWords = { on_track: 'On track', stuck: 'Stuck', met: 'Met' } as const;

function GoalLine({ goal }: { goal: ViewOf<'purpose'>['otherGoals'][number] }) {
  return (
    <li className={`display-goal display-goal--${goal.status}`}>
      <span className="display-goal__what">{goal.what}</span>
      <span className="display-goal__meta">
        {goalStatusWords[goal.status]}
        {goal.byWhen ? ` · by ${formatDay(goal.byWhen)}` : ''} · {goal.measure}
      </span>
    </li>
  );
}

/** Purpose, objectives and the group's goals (status in words, never colour alone). */
export function PurposeScreen({ view }: { view: ViewOf<'purpose'> }) {
  const goals = view.objectives.reduce((sum, o) => sum + o.goals.length, view.otherGoals.length);
  const dense = view.objectives.length + goals > 7 || view.purpose.length > 300;
  return (
    <div className={`display-screen display-screen--top${dense ? ' display-screen--dense' : ''}`} data-screen="purpose">
      <p className="display-kicker">{view.groupName}</p>
      <h1 className="display-heading">{view.purpose === '' ? 'Our purpose and goals' : view.purpose}</h1>
      {view.objectives.length === 0 && goals === 0 ? <p className="display-quiet">No objectives written yet.</p> : null}
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
          <p className="display-kicker">Other goals</p>
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

const eventKindWords = { workshop: 'Workshop', social: 'Social', community_event: 'Community event', volunteering: 'Volunteering day' } as const;

/** The group's next events: kind and title, day and times, place and partner, a short description. */
export function ComingUpScreen({ view }: { view: ViewOf<'coming_up'> }) {
  return (
    <div className="display-screen display-screen--top" data-screen="coming_up">
      <p className="display-kicker">{view.groupName}</p>
      <h1 className="display-heading">Coming up</h1>
      {view.events.length === 0 ? <p className="display-quiet">Nothing planned yet beyond our meetings.</p> : null}
      <ul className="display-events">
        {view.events.map((event, index) => (
          <li key={index} className="display-event">
            <span className="display-event__what">
              {eventKindWords[event.kind]}: {event.title}
            </span>
            <span className="display-event__meta">
              {formatDay(event.date)} · {event.startTime}–{event.endTime}
              {event.place ? ` · ${event.place}` : ''}
              {event.partnerName ? ` · with ${event.partnerName}` : ''}
            </span>
            {event.description ? <span className="display-event__meta">{event.description}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
