import { useState } from 'react';
import type { BackupSummary, RestoreOutcome } from '#shared/custody/backup-summary';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { holdingText, madeAtText } from './holding-text';

const REASONS: Record<BackupSummary['reason'], string> = {
  start: 'made when Circlekeeper started',
  before_restore: 'made just before a restore or an opened copy',
};

function Preview({ name, onRestored }: { name: string; onRestored: (outcome: RestoreOutcome) => void }) {
  const api = useApi();
  const action = useAction();
  const preview = useApiQuery('backup.preview', { name });
  if (preview.data === undefined) return <p className="empty">{preview.error ?? 'Reading the backup…'}</p>;
  const { backup, changes } = preview.data;
  return (
    <div className="backup-preview">
      <h3>What restoring it would change</h3>
      <ul>
        {changes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="button-row">
        <ConfirmButton
          label="Restore this backup"
          title={`Restore the backup of ${madeAtText(backup.madeAt)}?`}
          confirmLabel="Restore"
          onConfirm={() =>
            void action.run(async () => {
              const outcome = await api.call('backup.restore', { name });
              onRestored(outcome);
              return outcome;
            })
          }
        >
          <p>The record as it is now is backed up first, so you can undo this restore afterwards.</p>
        </ConfirmButton>
      </div>
      {action.busy ? <p role="status">Restoring…</p> : null}
      <ErrorText message={action.error} />
    </div>
  );
}

/** The backups, with what each holds; one can be previewed and restored, and a restore undone. */
export function BackupsPanel({ onRestored, restored }: { onRestored: (outcome: RestoreOutcome | null) => void; restored: RestoreOutcome | null }) {
  const api = useApi();
  const undo = useAction();
  const list = useApiQuery('backup.list', {});
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p className="field-hint">
        Circlekeeper backs up the record each time it starts and keeps the last ten, in the data folder. Survey answers are not in backups (so two of
        them cannot be compared to single someone out); a restore keeps the answers the record holds now.
      </p>
      {restored ? (
        <div className="notice-inline" role="status">
          <p>The backup was restored.</p>
          <button
            type="button"
            className="button"
            disabled={undo.busy}
            onClick={() =>
              void undo.run(async () => {
                const outcome = await api.call('backup.restore', { name: restored.undoWith });
                onRestored(null);
                return outcome;
              })
            }
          >
            Undo this restore
          </button>
          <ErrorText message={undo.error} />
        </div>
      ) : null}
      {list.data === undefined ? (
        <p className="empty">{list.error ?? 'Loading…'}</p>
      ) : list.data.length === 0 ? (
        <p className="empty">No backups yet: the first is made the next time Circlekeeper starts.</p>
      ) : (
        <ul className="backup-list">
          {list.data.map((backup) => (
            <li key={backup.name}>
              <div className="backup-list__head">
                <p>
                  <strong>{madeAtText(backup.madeAt)}</strong> <span className="field-hint">{REASONS[backup.reason]}</span>
                </p>
                {backup.readable ? (
                  <button
                    type="button"
                    className="button"
                    aria-expanded={open === backup.name}
                    aria-label={`Preview the backup of ${madeAtText(backup.madeAt)}`}
                    onClick={() => setOpen(open === backup.name ? null : backup.name)}
                  >
                    {open === backup.name ? 'Close' : 'Preview'}
                  </button>
                ) : null}
              </div>
              {backup.readable ? (
                <ul className="backup-list__groups">
                  {backup.groups.map((g) => (
                    <li key={g.groupId}>{holdingText(g)}</li>
                  ))}
                </ul>
              ) : (
                <p className="field-error">{backup.problem}</p>
              )}
              {open === backup.name ? (
                <Preview
                  name={backup.name}
                  onRestored={(outcome) => {
                    setOpen(null);
                    onRestored(outcome);
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
