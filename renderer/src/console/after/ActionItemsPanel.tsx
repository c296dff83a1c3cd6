import { useId, useState, type FormEvent } from 'react';
import type { Meeting, Member } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ErrorText } from '../ui/ErrorText';

/** Action items from this meeting, each with an owner and a due date; open ones return on the next agenda. */
export function ActionItemsPanel({ meeting, members }: { meeting: Meeting; members: Member[] }) {
  const api = useApi();
  const action = useAction();
  const items = useApiQuery('actionItem.list', { groupId: meeting.groupId, meetingId: meeting.id });
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [due, setDue] = useState('');
  const ids = { text: useId(), owner: useId(), due: useId() };
  const mine = (items.data ?? []).filter((a) => a.meetingId === meeting.id);
  const ownerName = (id: string | null) => (id === null ? 'The group' : (members.find((m) => m.id === id)?.displayName ?? 'A former member'));

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
      <h2 id="actions-title">Action items</h2>
      {mine.length === 0 ? <p className="empty">None yet. Open items come back on the next meeting’s agenda as follow-ups.</p> : null}
      <ul className="plain-list" aria-label="Action items of this meeting">
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
              {a.text} — {ownerName(a.ownerId)}
              {a.due ? `, due ${a.due}` : ''}
            </label>
          </li>
        ))}
      </ul>
      <form className="form-grid" onSubmit={(e) => void add(e)} noValidate>
        <div className="field">
          <label htmlFor={ids.text}>New action item</label>
          <input id={ids.text} value={text} onChange={(e) => setText(e.target.value)} placeholder="For example: ask the hall about a bigger room" />
        </div>
        <div className="inline-form">
          <label htmlFor={ids.owner}>Owner</label>
          <select id={ids.owner} value={ownerId} onChange={(e) => setOwnerId(e.target.value)}>
            <option value="">The group</option>
            {members
              .filter((m) => m.status !== 'left')
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.displayName}
                </option>
              ))}
          </select>
          <label htmlFor={ids.due}>Due</label>
          <input id={ids.due} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          <button type="submit" className="button" disabled={action.busy}>
            Add action item
          </button>
        </div>
        <ErrorText message={action.error} />
      </form>
    </section>
  );
}
