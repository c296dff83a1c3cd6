import { useState } from 'react';
import { useDraft } from '../ui/use-draft';
import { agendaFit, AgendaItemKind, isRoundKind, moveItem, type AgendaItem } from '#shared/agenda/agenda';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';
import { SavedNote } from '../ui/SavedNote';
import { AgendaFitLine } from './AgendaFitLine';
import { useT } from '../../common/i18n/I18nProvider';

export type DraftItem = Omit<AgendaItem, 'id'> & { id?: string; key: string };

let keyCounter = 0;
const withKeys = (items: readonly AgendaItem[]): DraftItem[] => items.map((item) => ({ ...item, key: item.id }));
const newItem = (): DraftItem => ({
  key: `new-${String(++keyCounter)}`,
  kind: 'other',
  title: '',
  minutes: 5,
  objective: '',
  perSpeakerSeconds: null,
});

interface AgendaEditorProps {
  label: string;
  /** The template or meeting whose agenda this is: another one starts a fresh draft. */
  recordId: string;
  items: readonly AgendaItem[];
  meetingMinutes: number | null;
  onSave: (items: Omit<DraftItem, 'key'>[]) => Promise<unknown>;
}

/**
 * Edits a list of agenda items. Reorder with the ↑ ↓ buttons, with
 * Alt+↑ / Alt+↓ on a row, or by dragging a row's handle.
 */
export function AgendaEditor({ label, recordId, items, meetingMinutes, onSave }: AgendaEditorProps) {
  const t = useT();
  const { draft, setDraft, markSaved } = useDraft(items, recordId, withKeys);
  const [dragging, setDragging] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const action = useAction();

  const edit = (next: DraftItem[]) => {
    setSaved(false);
    setDraft(next);
  };
  const update = (index: number, patch: Partial<DraftItem>) => edit(draft.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const move = (from: number, to: number) => {
    edit(moveItem(draft, from, to));
    // Keep focus with the moved row so a keyboard user can keep moving it.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-agenda-handle="${String(to)}"]`)?.focus());
  };
  const fit =
    meetingMinutes === null
      ? null
      : agendaFit(
          draft.map((d) => ({ minutes: Number.isFinite(d.minutes) ? d.minutes : 0 })),
          meetingMinutes,
        );

  return (
    <div className="agenda-editor" role="group" aria-label={label}>
      {draft.length === 0 ? <p className="empty">{t('agendas.editor.empty')}</p> : null}
      <ol className="agenda-items">
        {draft.map((item, index) => (
          <li
            key={item.key}
            className={`agenda-item${dragging === index ? ' agenda-item--dragging' : ''}`}
            onDragOver={(e) => {
              if (dragging === null) return;
              e.preventDefault();
              if (dragging !== index) {
                edit(moveItem(draft, dragging, index));
                setDragging(index);
              }
            }}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(null);
            }}
          >
            <button
              type="button"
              className="agenda-item__handle"
              data-agenda-handle={index}
              draggable
              aria-label={t('agendas.item.reorder', { n: index + 1, title: item.title || t('agendas.item.untitled') })}
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = 'move';
                setDragging(index);
              }}
              onDragEnd={() => setDragging(null)}
              onKeyDown={(e) => {
                if (e.altKey && e.key === 'ArrowUp' && index > 0) {
                  e.preventDefault();
                  move(index, index - 1);
                }
                if (e.altKey && e.key === 'ArrowDown' && index < draft.length - 1) {
                  e.preventDefault();
                  move(index, index + 1);
                }
              }}
            >
              ⠿
            </button>
            <div className="agenda-item__fields">
              <select
                aria-label={t('agendas.item.kind', { n: index + 1 })}
                value={item.kind}
                onChange={(e) => {
                  const kind = AgendaItemKind.parse(e.target.value);
                  update(index, { kind, perSpeakerSeconds: isRoundKind(kind) ? (item.perSpeakerSeconds ?? 60) : null });
                }}
              >
                {AgendaItemKind.options.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`agendas.kind.${kind}`)}
                  </option>
                ))}
              </select>
              <input
                dir="auto"
                aria-label={t('agendas.item.title', { n: index + 1 })}
                value={item.title}
                placeholder={t('agendas.item.titlePlaceholder')}
                onChange={(e) => update(index, { title: e.target.value })}
              />
              <label className="inline-number">
                <input
                  aria-label={t('agendas.item.minutes', { n: index + 1 })}
                  type="number"
                  min={1}
                  max={240}
                  value={Number.isNaN(item.minutes) ? '' : item.minutes}
                  onChange={(e) => update(index, { minutes: e.target.valueAsNumber })}
                />
                <span aria-hidden="true">{t('agendas.item.minutesUnit')}</span>
              </label>
              {isRoundKind(item.kind) ? (
                <label className="inline-number">
                  <input
                    aria-label={t('agendas.item.perSpeaker', { n: index + 1 })}
                    type="number"
                    min={15}
                    max={1800}
                    step={15}
                    value={item.perSpeakerSeconds === null || Number.isNaN(item.perSpeakerSeconds) ? '' : item.perSpeakerSeconds}
                    onChange={(e) => update(index, { perSpeakerSeconds: Number.isNaN(e.target.valueAsNumber) ? null : e.target.valueAsNumber })}
                  />
                  <span aria-hidden="true">{t('agendas.item.perSpeakerUnit')}</span>
                </label>
              ) : null}
              <input
                dir="auto"
                className="agenda-item__objective"
                aria-label={t('agendas.item.objective', { n: index + 1 })}
                value={item.objective}
                placeholder={t('agendas.item.objectivePlaceholder')}
                onChange={(e) => update(index, { objective: e.target.value })}
              />
            </div>
            <div className="agenda-item__actions">
              <button
                type="button"
                className="button"
                aria-label={t('agendas.item.moveUp', { n: index + 1 })}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('agendas.item.moveDown', { n: index + 1 })}
                disabled={index === draft.length - 1}
                onClick={() => move(index, index + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('agendas.item.remove', { n: index + 1 })}
                onClick={() => edit(draft.filter((_, i) => i !== index))}
              >
                {t('agendas.item.removeButton')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {fit ? (
        <AgendaFitLine fit={fit} />
      ) : (
        <p className="field-hint">
          {t('agendas.editor.total', { total: draft.reduce((s, d) => s + (Number.isFinite(d.minutes) ? d.minutes : 0), 0) })}
        </p>
      )}
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="button" className="button" onClick={() => edit([...draft, newItem()])}>
          {t('agendas.editor.addItem')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={action.busy}
          onClick={() =>
            void action.run(async () => {
              const result = await onSave(draft.map(({ key: _key, ...item }) => item));
              markSaved();
              setSaved(true);
              return result;
            })
          }
        >
          {t('agendas.editor.save')}
        </button>
        <SavedNote show={saved} text={t('agendas.editor.saved')} />
      </div>
    </div>
  );
}
