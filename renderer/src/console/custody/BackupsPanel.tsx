import { useState } from 'react';
import type { BackupSummary, RestoreOutcome } from '#shared/custody/backup-summary';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { useApiQuery } from '../data/use-api-query';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { UndoWithBackup } from './UndoWithBackup';
import { holdingText, madeAtText } from './holding-text';

const REASONS: Record<BackupSummary['reason'], string> = {
  start: 'custody.backups.reason.start',
  before_restore: 'custody.backups.reason.beforeRestore',
};

function Preview({ name, onRestored }: { name: string; onRestored: (outcome: RestoreOutcome) => void }) {
  const api = useApi();
  const action = useAction();
  const t = useT();
  const { locale } = useLocale();
  const preview = useApiQuery('backup.preview', { name, language: locale });
  if (preview.data === undefined) return <p className="empty">{preview.error ?? t('custody.backups.reading')}</p>;
  const { backup, changes } = preview.data;
  return (
    <div className="backup-preview">
      <h3>{t('custody.backups.wouldChange')}</h3>
      <ul>
        {changes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="button-row">
        <ConfirmButton
          label={t('custody.backups.restoreThis')}
          title={t('custody.backups.restoreTitle', { when: madeAtText(locale, backup.madeAt) })}
          confirmLabel={t('custody.backups.restore')}
          onConfirm={() =>
            void action.run(async () => {
              const outcome = await api.call('backup.restore', { name });
              onRestored(outcome);
              return outcome;
            })
          }
        >
          <p>{t('custody.backups.restoreBody')}</p>
        </ConfirmButton>
      </div>
      {action.busy ? <p role="status">{t('custody.backups.restoring')}</p> : null}
      <ErrorText message={action.error} />
    </div>
  );
}

/** The backups, with what each holds; one can be previewed and restored, and a restore undone. */
export function BackupsPanel({ onRestored, restored }: { onRestored: (outcome: RestoreOutcome | null) => void; restored: RestoreOutcome | null }) {
  const list = useApiQuery('backup.list', {});
  const [open, setOpen] = useState<string | null>(null);
  const t = useT();
  const { locale } = useLocale();
  return (
    <section className="panel" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t('custody.backups.title')}</h2>
      <p className="field-hint">{t('custody.backups.intro')}</p>
      {restored ? (
        <UndoWithBackup backup={restored.undoWith} label={t('custody.backups.undoRestore')} onUndone={() => onRestored(null)}>
          <p>{t('custody.backups.restored')}</p>
        </UndoWithBackup>
      ) : null}
      {list.data === undefined ? (
        <p className="empty">{list.error ?? t('custody.loading')}</p>
      ) : list.data.length === 0 ? (
        <p className="empty">{t('custody.backups.none')}</p>
      ) : (
        <ul className="backup-list">
          {list.data.map((backup) => (
            <li key={backup.name}>
              <div className="backup-list__head">
                <p>
                  <strong>{madeAtText(locale, backup.madeAt)}</strong> <span className="field-hint">{t(REASONS[backup.reason])}</span>
                </p>
                {backup.readable ? (
                  <button
                    type="button"
                    className="button"
                    aria-expanded={open === backup.name}
                    aria-label={t('custody.backups.previewLabel', { when: madeAtText(locale, backup.madeAt) })}
                    onClick={() => setOpen(open === backup.name ? null : backup.name)}
                  >
                    {open === backup.name ? t('custody.backups.close') : t('custody.backups.preview')}
                  </button>
                ) : null}
              </div>
              {backup.readable ? (
                <ul className="backup-list__groups">
                  {backup.groups.map((g) => (
                    <li key={g.groupId}>{holdingText(t, locale, g)}</li>
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
