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

/** Named agenda templates: pick one, edit its items, duplicate or delete it. */
export function AgendasPage({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
  const templates = useApiQuery('template.list', { groupId: group.id });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'create' | 'rename'>('view');
  const pickerId = useId();
  const list = templates.data ?? [];
  // A chosen template that was deleted falls back to the first one.
  const selected = list.find((t) => t.id === selectedId) ?? list[0] ?? null;

  return (
    <section className="panel" aria-labelledby="agendas-title">
      <h2 id="agendas-title">Agenda templates</h2>
      {templates.data && list.length === 0 && mode !== 'create' ? (
        <p className="empty">No templates yet. Create one for the shape your meetings usually take.</p>
      ) : null}
      <div className="filter-row">
        {list.length > 0 ? (
          <div className="field">
            <label htmlFor={pickerId}>Template</label>
            <select id={pickerId} value={selected?.id ?? ''} onChange={(e) => setSelectedId(e.target.value)}>
              {list.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="button-row button-row--end">
          <button type="button" className="button" onClick={() => setMode('create')}>
            New template
          </button>
          {selected ? (
            <>
              <button type="button" className="button" onClick={() => setMode('rename')}>
                Rename
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
                Duplicate
              </button>
              <ConfirmButton
                label="Delete"
                ariaLabel={`Delete template ${selected.name}`}
                title={`Delete the template “${selected.name}”?`}
                confirmLabel="Delete template"
                onConfirm={() => void action.run(() => api.call('template.delete', { templateId: selected.id }))}
              >
                <p>Meetings already planned from it keep their agenda.</p>
              </ConfirmButton>
            </>
          ) : null}
        </div>
      </div>
      <ErrorText message={action.error} />
      {mode === 'create' ? (
        <NameForm
          label="Name of the new template"
          submitLabel="Create template"
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
          label="New name for this template"
          submitLabel="Save name"
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
          label={`Items of ${selected.name}`}
          items={selected.items}
          meetingMinutes={group.schedule?.durationMinutes ?? null}
          onSave={(items) => api.call('template.update', { templateId: selected.id, items })}
        />
      ) : null}
    </section>
  );
}
