import { useId, useState, type FormEvent } from 'react';
import type { Meeting, Member } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ErrorText } from '../ui/ErrorText';
import { formatCalendarDate } from '#shared/i18n/format';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { rich } from '../live/rich';

/** Action items from this meeting, each with an owner and a due date; open ones return on the next agenda. */
export function ActionItemsPanel({ meeting, members }: { meeting: Meeting; members: Member[] }) {
  const api = useApi();
  const action = useAction();
  const t = useT();
  const { locale } = useLocale();
  const items = useApiQuery('actionItem.list', { groupId: meeting.groupId, meetingId: meeting.id });
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [due, setDue] = useState('');
  const ids = { text: useId(), owner: useId(), due: useId() };
  const mine = (items.data ?? []).filter((a) => a.meetingId === meeting.id);
  const ownerName = (id: string | null) =>
    id === null ? t('after.actions.theGroup') : (members.find((m) => m.id === id)?.displayName ?? t('after.actions.formerMember'));

  async function add(event: FormEvent) {
    event.preventDefault();
    const added = await action.run(() => api.call('actionItem.add', { meetingId: meeting.id, text, ownerId: ownerId || null, due: due || null }));
    if (added) {
      setText('');
      setDue('');
    }
  }

  return (
    <section className="panel" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('after.actions.title')}</h2>
      {mine.length === 0 ? <p className="empty">{t('after.actions.none')}</p> : null}
      <ul className="plain-list" aria-label={t('after.actions.list')}>
        {mine.map((a) => (
          <li key={a.id} className="checkbox">
            <input
              id={`action-${a.id}`}
              type="checkbox"
              checked={a.status === 'done'}
              onChange={(e) =>
                void action.run(() =>
                  api.call('actionItem.update', { actionItemId: a.id, meetingId: meeting.id, status: e.target.checked ? 'done' : 'open' }),
                )
              }
            />
            <label htmlFor={`action-${a.id}`}>
              {a.due
                ? rich(t, 'after.actions.itemDue', { text: a.text, owner: <bdi>{ownerName(a.ownerId)}</bdi>, due: formatCalendarDate(locale, a.due) })
                : rich(t, 'after.actions.item', { text: a.text, owner: <bdi>{ownerName(a.ownerId)}</bdi> })}
            </label>
          </li>
        ))}
      </ul>
      <form className="form-grid" onSubmit={(e) => void add(e)} noValidate>
        <div className="field">
          <label htmlFor={ids.text}>{t('after.actions.new')}</label>
          <input id={ids.text} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('after.actions.placeholder')} />
        </div>
        <div className="inline-form">
          <label htmlFor={ids.owner}>{t('after.actions.owner')}</label>
          <select id={ids.owner} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
            <option value="">{t('after.actions.theGroup')}</option>
            {members
              .filter((m) => m.status !== 'left')
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.displayName}
                </option>
              ))}
          </select>
          <label htmlFor={ids.due}>{t('after.actions.due')}</label>
          <input id={ids.due} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          <button type="submit" className="button" disabled={action.busy}>
            {t('after.actions.add')}
          </button>
        </div>
        <ErrorText message={action.error} />
      </form>
    </section>
  );
}
