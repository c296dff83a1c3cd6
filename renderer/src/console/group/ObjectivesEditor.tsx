import { useId } from 'react';
import { ErrorText } from '../ui/ErrorText';
import { useT } from '../../common/i18n/I18nProvider';

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
  const t = useT();
  const headingId = useId();
  return (
    <fieldset className="field" aria-labelledby={headingId}>
      <legend id={headingId}>{t('group.objectives.title')}</legend>
      {objectives.length === 0 ? <p className="empty">{t('group.objectives.empty')}</p> : null}
      <ol className="plain-list">
        {objectives.map((objective, index) => (
          <li key={index} className="inline-row">
            <input
              dir="auto"
              aria-label={t('group.objectives.objective', { n: index + 1 })}
              value={objective}
              onChange={(e) => onChange(objectives.map((o, i) => (i === index ? e.target.value : o)))}
            />
            <button
              type="button"
              className="button"
              aria-label={t('group.objectives.remove', { n: index + 1 })}
              onClick={() => onChange(objectives.filter((_, i) => i !== index))}
            >
              {t('group.objectives.removeButton')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => onChange([...objectives, ''])}>
        {t('group.objectives.add')}
      </button>
      <ErrorText message={error} />
    </fieldset>
  );
}
