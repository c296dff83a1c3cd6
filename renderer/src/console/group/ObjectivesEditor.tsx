import { useId } from 'react';
import { ErrorText } from '../ui/ErrorText';

/** A short list of what the group hopes to achieve: add, edit, remove. */
export function ObjectivesEditor({
  objectives,
  onChange,
  error,
}: {
  objectives: string[];
  onChange: (next: string[]) => void;
  error: string | null;
}) {
  const headingId = useId();
  return (
    <fieldset className="field" aria-labelledby={headingId}>
      <legend id={headingId}>Objectives</legend>
      {objectives.length === 0 ? <p className="empty">No objectives yet. What should members gain from coming?</p> : null}
      <ol className="plain-list">
        {objectives.map((objective, index) => (
          <li key={index} className="inline-row">
            <input
              aria-label={`Objective ${String(index + 1)}`}
              value={objective}
              onChange={(e) => onChange(objectives.map((o, i) => (i === index ? e.target.value : o)))}
            />
            <button
              type="button"
              className="button"
              aria-label={`Remove objective ${String(index + 1)}`}
              onClick={() => onChange(objectives.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...objectives, ''])}>
        Add objective
      </button>
      <ErrorText message={error} />
    </fieldset>
  );
}
