import { useId, useState } from 'react';
import type { Settings } from '#shared/settings/settings';
import { useDraft } from '../ui/use-draft';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { SavedNote } from '../ui/SavedNote';

const monthsOf = (settings: Settings | undefined): string => settings?.privateNoteRetentionMonths?.toString() ?? '';

/** How long private notes are kept; off by default, applied at start-up and on demand. */
export function RetentionPanel() {
  const api = useApi();
  const action = useAction();
  const settings = useApiQuery('settings.get', {});
  const { draft: months, setDraft: setMonths, markSaved } = useDraft(settings.data, 'settings', monthsOf);
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();

  return (
    <section className="panel" aria-labelledby="retention-title">
      <h2 id="retention-title">Keeping private notes</h2>
      <div className="inline-form">
        <label htmlFor={id}>Delete private notes older than (months; empty keeps them)</label>
        <input id={id} inputMode="numeric" size={4} value={months} onChange={(e) => setMonths(e.target.value)} />
        <button
          type="button"
          className="button"
          onClick={() =>
            void action.run(async () => {
              const value = months.trim() === '' ? null : Number(months);
              const result = await api.call('settings.update', { privateNoteRetentionMonths: value });
              markSaved();
              setMessage(value === null ? 'Private notes are kept.' : `Applied at every start-up: notes older than ${String(value)} months go.`);
              return result;
            })
          }
        >
          Save
        </button>
      </div>
      <SavedNote show={message !== null} text={message ?? ''} />
      {settings.data?.privateNoteRetentionMonths ? (
        <ConfirmButton
          label="Delete old private notes now"
          title="Delete old private notes now?"
          confirmLabel="Delete them"
          onConfirm={() =>
            void action.run(async () => {
              const result = await api.call('notes.applyRetention', {});
              setMessage(`Private notes of ${String(result.meetingsCleared)} meeting${result.meetingsCleared === 1 ? '' : 's'} were deleted.`);
              return result;
            })
          }
        >
          <p>
            Private notes of meetings older than {settings.data.privateNoteRetentionMonths} months are deleted for good. Shared notes and summaries
            stay.
          </p>
        </ConfirmButton>
      ) : null}
      <ErrorText message={action.error} />
    </section>
  );
}
