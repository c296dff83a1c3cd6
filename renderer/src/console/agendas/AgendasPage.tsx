import { useId, useState } from 'react';
import { TemplateName } from '#shared/domain/types';
import type { Group } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { NameForm } from '../NameForm';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { AgendaEditor } from './AgendaEditor';
import { useT } from '../../common/i18n/I18nProvider';

/** Named agenda templates: pick one, edit its items, duplicate or delete it. */
export function AgendasPage({ group }: { group: Group }) {
  const t = useT();
  const api = useApi();
  const action = useAction();
  const templates = useApiQuery('template.list', { groupId: group.id });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'create' | 'rename'>('view');
  const pickerId = useId();
  const list = templates.data ?? [];
  // A chosen template that was deleted falls back to the first one.
  const selected = list.find((template) => template.id === selectedId) ?? list[0] ?? null;

  return (
    <section className="panel" aria-labelledby="agendas-title">
      <h2 id="agendas-title">{t('agendas.title')}</h2>
      {templates.data && list.length === 0 && mode !== 'create' ? <p className="empty">{t('agendas.empty')}</p> : null}
      <div className="filter-row">
        {list.length > 0 ? (
          <div className="field">
            <label htmlFor={pickerId}>{t('agendas.template')}</label>
            <select id={pickerId} value={selected?.id ?? ''} onChange={(e) => setSelectedId(e.target.value)}>
              {list.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="button-row button-row--end">
          <button type="button" className="button" onClick={() => setMode('create')}>
            {t('agendas.new')}
          </button>
          {selected ? (
            <>
              <button type="button" className="button" onClick={() => setMode('rename')}>
                {t('agendas.rename')}
              </button>
              <button
                type="button"
                className="button"
                disabled={action.busy}
                onClick={() =>
                  void action.run(async () => {
                    const copy = await api.call('template.duplicate', { templateId: selected.id });
                    setSelectedId(copy.id);
                    return copy;
                  })
                }
              >
                {t('agendas.duplicate')}
              </button>
              <ConfirmButton
                label={t('agendas.delete')}
                ariaLabel={t('agendas.deleteAria', { name: selected.name })}
                title={t('agendas.deleteTitle', { name: selected.name })}
                confirmLabel={t('agendas.deleteConfirm')}
                onConfirm={() => void action.run(() => api.call('template.delete', { templateId: selected.id }))}
              >
                <p>{t('agendas.deleteBody')}</p>
              </ConfirmButton>
            </>
          ) : null}
        </div>
      </div>
      <ErrorText message={action.error} />
      {mode === 'create' ? (
        <NameForm
          label={t('agendas.newName')}
          submitLabel={t('agendas.create')}
          schema={TemplateName}
          autoFocus
          onSubmit={async (name) => {
            const created = await api.call('template.create', { groupId: group.id, name });
            setSelectedId(created.id);
            setMode('view');
            return created;
          }}
          onCancel={() => setMode('view')}
        />
      ) : null}
      {mode === 'rename' && selected ? (
        <NameForm
          label={t('agendas.renameLabel')}
          submitLabel={t('agendas.saveName')}
          schema={TemplateName}
          initialValue={selected.name}
          autoFocus
          onSubmit={async (name) => {
            const renamed = await api.call('template.update', { templateId: selected.id, name });
            setMode('view');
            return renamed;
          }}
          onCancel={() => setMode('view')}
        />
      ) : null}
      {selected ? (
        <AgendaEditor
          key={selected.id}
          recordId={selected.id}
          label={t('agendas.itemsOf', { name: selected.name })}
          items={selected.items}
          meetingMinutes={group.schedule?.durationMinutes ?? null}
          onSave={(items) => api.call('template.update', { templateId: selected.id, items })}
        />
      ) : null}
    </section>
  );
}
