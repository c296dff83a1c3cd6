import { useId, useState } from 'react';
import { useAutosave } from './use-autosave';

interface NoteFieldProps {
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  save: (text: string) => Promise<unknown>;
}

/** A notes box that saves itself; it says "Saved" once the backend has it on disk. */
export function NoteField({ label, hint, value, rows = 4, save }: NoteFieldProps) {
  const [text, setText] = useState(value);
  const [state, setState] = useState<'saved' | 'typing' | 'error'>('saved');
  const id = useId();
  const hintId = useId();
  const autosave = useAutosave(async (next) => {
    try {
      await save(next);
      setState((s) => (s === 'typing' ? 'saved' : s));
    } catch (error) {
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
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setState('typing');
          autosave.changed(e.target.value);
        }}
        onBlur={() => autosave.flush()}
      />
      <span className="saved-note" role="status">
        {state === 'error' ? 'Not saved yet — it will retry when you type or leave the box.' : state === 'typing' ? 'Saving…' : 'Saved'}
      </span>
    </div>
  );
}
