import { useId, useState, type FormEvent } from 'react';
import type { Group } from '#shared/domain/types';
import type { CheckInEntry } from '#shared/sustain/drift';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ErrorText } from '../ui/ErrorText';
import { CareDate } from './CareDate';
import { localToday } from './care-dates';

const meetings = (n: number) => `${String(n)} ${n === 1 ? 'meeting' : 'meetings'}`;
const members = (n: number) => `${String(n)} ${n === 1 ? 'member' : 'members'}`;

/**
 * Members who asked to be checked on and have missed a few meetings in a
 * row, gently: who to reach out to, when someone last did (the date only),
 * and a break that takes them off the list until it ends.
 */
export function CheckInWithPanel({ group }: { group: Group }) {
  const list = useApiQuery('checkIn.list', { groupId: group.id });
  const data = list.data;
  const threshold = data?.threshold ?? group.checkInAfterMissed;

  return (
    <section className="panel care-panel" aria-labelledby="care-checkin-title">
      <h2 id="care-checkin-title">Check in with</h2>
      <p className="field-hint">
        Members who asked to be checked on and have missed {meetings(threshold)} in a row or more. Meetings missed on a break or excused do not count.
        A break with no end date lasts until you mark them active on the Members page.{' '}
        <a href="#/console/group">Change the number of meetings on the Group page.</a>
      </p>
      <ErrorText message={list.error} />
      {data === undefined ? null : data.listed.length === 0 ? (
        <p className="empty empty-state care-empty">
          Nobody to check in with now. Someone appears here when they have ticked “Check on me if I miss meetings” (on their form in{' '}
          <a href="#/console/members">Members</a>) and then miss {meetings(threshold)} in a row.
        </p>
      ) : (
        <ul className="care-list" aria-label="Members to check in with">
          {data.listed.map((entry) => (
            <CheckInRow key={entry.memberId} entry={entry} />
          ))}
        </ul>
      )}
      {data && (data.notOptedIn > 0 || data.onBreak > 0) ? (
        <p className="care-counts">
          {data.notOptedIn > 0
            ? `${members(data.notOptedIn)} who did not ask to be checked on ${data.notOptedIn === 1 ? 'has' : 'have'} also missed ${meetings(threshold)} in a row; they are counted here, not named. `
            : ''}
          {data.onBreak > 0 ? `${members(data.onBreak)} on a break ${data.onBreak === 1 ? 'is' : 'are'} left in peace until the break ends.` : ''}
        </p>
      ) : null}
      {data && data.welcomeBack.length > 0 ? (
        <div className="care-welcome">
          <h3 id="care-welcome-title">Welcome back</h3>
          <p className="field-hint">Back from a break and not yet at a meeting: a warm word at the next check-in.</p>
          <ul className="care-welcome__list" aria-labelledby="care-welcome-title">
            {data.welcomeBack.map((w) => (
              <li key={w.memberId}>
                <bdi>{w.displayName}</bdi>, back since <CareDate iso={w.backOn} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function CheckInRow({ entry }: { entry: CheckInEntry }) {
  const api = useApi();
  const action = useAction();
  const [until, setUntil] = useState('');
  const ids = { until: useId(), error: useId() };

  async function startBreak(event: FormEvent) {
    event.preventDefault();
    await action.run(() => api.call('member.setBreak', { memberId: entry.memberId, until: until || null }));
  }

  return (
    <li className="care-row">
      <div className="care-row__who">
        <bdi className="care-row__name">{entry.displayName}</bdi>
        <span className="care-row__missed">missed {String(entry.missedInARow)} in a row</span>
      </div>
      <dl className="care-row__facts">
        <div>
          <dt>Last came</dt>
          <dd>{entry.lastPresent ? <CareDate iso={entry.lastPresent} /> : 'not since joining'}</dd>
        </div>
        <div>
          <dt>Last reached out</dt>
          <dd>{entry.lastReachedOut ? <CareDate iso={entry.lastReachedOut} /> : 'not yet'}</dd>
        </div>
      </dl>
      <div className="care-row__actions">
        <button
          type="button"
          className="button"
          aria-label={`Reached out to ${entry.displayName} today`}
          disabled={action.busy}
          onClick={() => void action.run(() => api.call('checkIn.recordReachOut', { memberId: entry.memberId }))}
        >
          Reached out today
        </button>
        <form className="care-row__break" onSubmit={(e) => void startBreak(e)} noValidate>
          <label htmlFor={ids.until}>
            <span className="visually-hidden">{entry.displayName}: </span>On a break until
          </label>
          <input
            id={ids.until}
            type="date"
            min={localToday()}
            value={until}
            aria-invalid={action.errorField === 'until' ? true : undefined}
            aria-describedby={action.error ? ids.error : undefined}
            onChange={(e) => setUntil(e.target.value)}
          />
          <button type="submit" className="button" aria-label={`Put ${entry.displayName} on a break`} disabled={action.busy}>
            Start break
          </button>
        </form>
      </div>
      <ErrorText message={action.error} id={ids.error} />
    </li>
  );
}
