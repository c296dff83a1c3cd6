import { useId, useState } from 'react';
import { NOTE_TEXT_MAX } from '#shared/notes/notes';
import { forgetUnsaved, keepUnsaved, unsavedText } from './unsaved-notes';
import { useAutosave } from './use-autosave';
import { useT } from '../../common/i18n/I18nProvider';
import { useErrorText } from '../../common/i18n/use-error-text';

interface NoteFieldProps {
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  save: (text: string) => Promise<unknown>;
  /** Names this box's text on this computer while it is not saved (meeting, field, item). */
  keepKey: string;
}

/** From here on the box counts characters, so the limit shows before it is hit. */
const COUNT_FROM = Math.floor(NOTE_TEXT_MAX * 0.9);

/**
 * A notes box that saves itself; it says "Saved" once the backend has it on
 * disk, and why not when it was refused. Text not saved yet is kept on this
 * computer too, so a reload does not lose it.
 */
export function NoteField({ label, hint, value, rows = 4, save, keepKey }: NoteFieldProps) {
  const t = useT();
  const errorText = useErrorText();
  const [restored] = useState(() => unsavedText(keepKey));
  const [text, setText] = useState(restored !== null && restored !== value ? restored : value);
  const [state, setState] = useState<'saved' | 'typing' | 'error'>(restored !== null && restored !== value ? 'error' : 'saved');
  const [reason, setReason] = useState<string | null>(restored !== null && restored !== value ? t('after.note.restored') : null);
  const id = useId();
  const hintId = useId();
  const statusId = useId();
  const autosave = useAutosave(async (next) => {
    try {
      await save(next);
      forgetUnsaved(keepKey);
      setReason(null);
      // Saved, unless newer text is already waiting for its own save.
      setState((s) => (s === 'typing' && autosave.unsaved() !== null ? s : 'saved'));
    } catch (error) {
      keepUnsaved(keepKey, next);
      setReason(errorText(error instanceof Error ? error : String(error)));
      setState('error');
      throw error;
    }
  });
  // A change from elsewhere (another window, a restart) shows unless this box is mid-edit.
  // Adjusted while rendering, as React documents for state that follows a prop.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (state === 'saved') setText(value);
  }

  return (
    <div className="field note-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        value={text}
        aria-describedby={[hint ? hintId : null, statusId].filter(Boolean).join(' ')}
        onChange={(e) => {
          setText(e.target.value);
          setState('typing');
          autosave.changed(e.target.value);
        }}
        onBlur={() => autosave.flush()}
      />
      <span id={statusId} className={`saved-note${state === 'error' ? ' saved-note--error' : ''}`} role="status">
        {state === 'error'
          ? t('after.note.notSaved', { reason: reason ?? t('after.note.connectionLost') })
          : state === 'typing'
            ? t('after.note.saving')
            : t('after.note.saved')}
        {text.length >= COUNT_FROM ? t('after.note.count', { count: text.length, max: NOTE_TEXT_MAX }) : ''}
      </span>
    </div>
  );
}
