import { useId, useState } from 'react';
import type { Group } from '#shared/domain/types';
import type { EventKind } from '#shared/partners/partners';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useT } from '../../common/i18n/I18nProvider';

const KINDS: EventKind[] = ['workshop', 'social', 'community_event', 'volunteering'];
import { useApiQuery } from '../data/use-api-query';
import { ErrorText } from '../ui/ErrorText';

/** A new event beside the meetings: a workshop, a social, a community event or a volunteering day, with or without a partner. */
export function EventsPanel({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
  const partners = useApiQuery('partner.list', { groupId: group.id });
  const t = useT();
  const empty = {
    kind: 'workshop' as EventKind,
    title: '',
    date: '',
    startTime: '18:00',
    endTime: '20:00',
    place: '',
    partnerId: '',
    description: '',
  };
  const [draft, setDraft] = useState(empty);
  const ids = { kind: useId(), title: useId(), date: useId(), start: useId(), end: useId(), place: useId(), partner: useId(), description: useId() };
  const set = (key: keyof typeof empty, value: string) => setDraft({ ...draft, [key]: value });
  return (
    <section className="panel" aria-labelledby="new-event-title">
      <h2 id="new-event-title">{t('partners.event.title')}</h2>
      <p className="field-hint">{group.schedule ? t('partners.event.hintZone', { timeZone: group.schedule.timeZone }) : t('partners.event.hint')}</p>
      <form
        className="stacked-form"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(async () => {
            const event = await api.call('event.create', {
              groupId: group.id,
              kind: draft.kind,
              title: draft.title,
              date: draft.date,
              startTime: draft.startTime,
              endTime: draft.endTime,
              place: draft.place,
              partnerId: draft.partnerId === '' ? null : draft.partnerId,
              description: draft.description,
            });
            setDraft(empty);
            return event;
          });
        }}
      >
        <div className="form-row">
          <div className="field">
            <label htmlFor={ids.kind}>{t('partners.event.kindLabel')}</label>
            <select id={ids.kind} value={draft.kind} onChange={(e) => set('kind', e.target.value)}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t('partners.event.kind', { kind })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.title}>{t('partners.event.titleLabel')}</label>
            <input
              id={ids.title}
              value={draft.title}
              maxLength={80}
              placeholder={t('partners.event.titlePlaceholder')}
              onChange={(e) => set('title', e.target.value)}
            />
          </div>
        </div>
        <div className="form-row">
          <div className="field">
            <label htmlFor={ids.date}>{t('partners.event.date')}</label>
            <input id={ids.date} type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.start}>{t('partners.event.starts')}</label>
            <input id={ids.start} type="time" value={draft.startTime} onChange={(e) => set('startTime', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.end}>{t('partners.event.ends')}</label>
            <input id={ids.end} type="time" value={draft.endTime} onChange={(e) => set('endTime', e.target.value)} />
          </div>
        </div>
        <div className="form-row">
          <div className="field">
            <label htmlFor={ids.place}>{t('partners.event.place')}</label>
            <input id={ids.place} value={draft.place} maxLength={200} onChange={(e) => set('place', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.partner}>{t('partners.event.withPartner')}</label>
            <select id={ids.partner} value={draft.partnerId} onChange={(e) => set('partnerId', e.target.value)}>
              <option value="">{t('partners.event.noPartner')}</option>
              {(partners.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.description}>{t('partners.event.description')}</label>
          <input id={ids.description} value={draft.description} maxLength={300} onChange={(e) => set('description', e.target.value)} />
        </div>
        <ErrorText message={action.error} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={action.busy}>
            {t('partners.event.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
