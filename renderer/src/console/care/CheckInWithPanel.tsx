import { useId, useState, type FormEvent } from 'react';
import type { Group } from '#shared/domain/types';
import type { CheckInEntry } from '#shared/sustain/drift';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ErrorText } from '../ui/ErrorText';
import { CareDate } from './CareDate';
import { localToday } from './care-dates';
import { useT } from '../../common/i18n/I18nProvider';
import { richMessage } from '../i18n/rich';

/**
 * Members who asked to be checked on and have missed a few meetings in a
 * row, gently: who to reach out to, when someone last did (the date only),
 * and a break that takes them off the list until it ends.
 */
export function CheckInWithPanel({ group }: { group: Group }) {
  const t = useT();
  const list = useApiQuery('checkIn.list', { groupId: group.id });
  const data = list.data;
  const threshold = data?.threshold ?? group.checkInAfterMissed;

  return (
    <section className="panel care-panel" aria-labelledby="care-checkin-title">
      <h2 id="care-checkin-title">{t('care.checkIn.title')}</h2>
      <p className="field-hint">
        {t('care.checkIn.hint', { threshold })} <a href="#/console/group">{t('care.checkIn.changeThreshold')}</a>
      </p>
      <ErrorText message={list.error} />
      {data === undefined ? null : data.listed.length === 0 ? (
        <p className="empty empty-state care-empty">
          {richMessage(t, 'care.checkIn.empty', { membersLink: <a href="#/console/members">{t('care.checkIn.membersLink')}</a> }, { threshold })}
        </p>
      ) : (
        <ul className="care-list" aria-label={t('care.checkIn.listLabel')}>
          {data.listed.map((entry) => (
            <CheckInRow key={entry.memberId} entry={entry} />
          ))}
        </ul>
      )}
      {data && (data.notOptedIn > 0 || data.onBreak > 0) ? (
        <p className="care-counts">
          {[
            data.notOptedIn > 0 ? t('care.checkIn.notOptedIn', { count: data.notOptedIn, threshold }) : null,
            data.onBreak > 0 ? t('care.checkIn.onBreak', { count: data.onBreak }) : null,
          ]
            .filter((part) => part !== null)
            .join(' ')}
        </p>
      ) : null}
      {data && data.welcomeBack.length > 0 ? (
        <div className="care-welcome">
          <h3 id="care-welcome-title">{t('care.welcome.title')}</h3>
          <p className="field-hint">{t('care.welcome.hint')}</p>
          <ul className="care-welcome__list" aria-labelledby="care-welcome-title">
            {data.welcomeBack.map((w) => (
              <li key={w.memberId}>{richMessage(t, 'care.welcome.item', { name: <bdi>{w.displayName}</bdi>, date: <CareDate iso={w.backOn} /> })}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function CheckInRow({ entry }: { entry: CheckInEntry }) {
  const t = useT();
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
        <span className="care-row__missed">{t('care.row.missed', { count: entry.missedInARow })}</span>
      </div>
      <dl className="care-row__facts">
        <div>
          <dt>{t('care.row.lastCame')}</dt>
          <dd>{entry.lastPresent ? <CareDate iso={entry.lastPresent} /> : t('care.row.notSinceJoining')}</dd>
        </div>
        <div>
          <dt>{t('care.row.lastReachedOut')}</dt>
          <dd>{entry.lastReachedOut ? <CareDate iso={entry.lastReachedOut} /> : t('care.row.notYet')}</dd>
        </div>
      </dl>
      <div className="care-row__actions">
        <button
          type="button"
          className="button"
          aria-label={t('care.row.reachedOutAria', { name: entry.displayName })}
          disabled={action.busy}
          onClick={() => void action.run(() => api.call('checkIn.recordReachOut', { memberId: entry.memberId }))}
        >
          {t('care.row.reachedOut')}
        </button>
        <form className="care-row__break" onSubmit={(e) => void startBreak(e)} noValidate>
          <label htmlFor={ids.until}>
            <span className="visually-hidden">{t('care.namePrefix', { name: entry.displayName })}</span>
            {t('care.row.breakUntil')}
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
          <button type="submit" className="button" aria-label={t('care.row.startBreakAria', { name: entry.displayName })} disabled={action.busy}>
            {t('care.row.startBreak')}
          </button>
        </form>
      </div>
      <ErrorText message={action.error} id={ids.error} />
    </li>
  );
}
