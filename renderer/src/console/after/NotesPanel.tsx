import { useId, useState } from 'react';
import type { Meeting } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { NoteField } from './NoteField';
import { useT } from '../../common/i18n/I18nProvider';

/**
 * The facilitator's notes for one meeting: private notes (never projected or
 * exported unless ticked), per-item notes, and shared notes for themes.
 */
export function NotesPanel({ meeting }: { meeting: Meeting }) {
  const api = useApi();
  const t = useT();
  const currentItemId = meeting.live ? meeting.agenda[meeting.live.itemIndex]?.id : undefined;
  const [chosenItem, setChosenItem] = useState<string | null>(null);
  const itemId = chosenItem ?? currentItemId ?? meeting.agenda[0]?.id;
  const item = meeting.agenda.find((i) => i.id === itemId);
  const pickerId = useId();
  const save =
    (field: 'private' | 'shared' | 'item', extra: { itemId?: string } = {}) =>
    (text: string) =>
      api.call('notes.save', { meetingId: meeting.id, field, text, ...extra });

  return (
    <section className="panel" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('after.notes.title')}</h2>
      <NoteField
        key={`private-${meeting.id}`}
        label={t('after.notes.private')}
        hint={t('after.notes.private.hint')}
        value={meeting.notes.private}
        save={save('private')}
        keepKey={`${meeting.id}:private`}
      />
      {item ? (
        <>
          <div className="inline-form">
            <label htmlFor={pickerId}>{t('after.notes.onItem')}</label>
            <select id={pickerId} value={item.id} onChange={(e) => setChosenItem(e.target.value)}>
              {meeting.agenda.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title}
                </option>
              ))}
            </select>
          </div>
          <NoteField
            key={`item-${item.id}`}
            label={t('after.notes.itemPrivate', { title: item.title })}
            rows={3}
            value={meeting.notes.items[item.id] ?? ''}
            save={save('item', { itemId: item.id })}
            keepKey={`${meeting.id}:item:${item.id}`}
          />
        </>
      ) : null}
      <NoteField
        key={`shared-${meeting.id}`}
        label={t('after.notes.shared')}
        hint={t('after.notes.shared.hint')}
        rows={3}
        value={meeting.notes.shared}
        save={save('shared')}
        keepKey={`${meeting.id}:shared`}
      />
    </section>
  );
}
