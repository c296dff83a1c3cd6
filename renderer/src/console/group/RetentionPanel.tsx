import { useId, useState } from 'react';
import type { Settings } from '#shared/settings/settings';
import { useDraft } from '../ui/use-draft';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { SavedNote } from '../ui/SavedNote';
import { useT } from '../../common/i18n/I18nProvider';

const monthsOf = (settings: Settings | undefined): string => settings?.privateNoteRetentionMonths?.toString() ?? '';

/** How long private notes are kept; off by default, applied at start-up and on demand. */
export function RetentionPanel() {
  const t = useT();
  const api = useApi();
  const action = useAction();
  const settings = useApiQuery('settings.get', {});
  const { draft: months, setDraft: setMonths, markSaved } = useDraft(settings.data, 'settings', monthsOf);
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();

  return (
    <section className="panel" aria-labelledby="retention-title">
      <h2 id="retention-title">{t('group.retention.title')}</h2>
      <div className="inline-form">
        <label htmlFor={id}>{t('group.retention.label')}</label>
        <input id={id} inputMode="numeric" size={4} value={months} onChange={(e) => setMonths(e.target.value)} />
        <button
          type="button"
          className="button"
          onClick={() =>
            void action.run(async () => {
              const value = months.trim() === '' ? null : Number(months);
              const result = await api.call('settings.update', { privateNoteRetentionMonths: value });
              markSaved();
              setMessage(value === null ? t('group.retention.kept') : t('group.retention.applied', { months: value }));
              return result;
            })
          }
        >
          {t('group.retention.save')}
        </button>
      </div>
      <SavedNote show={message !== null} text={message ?? ''} />
      {settings.data?.privateNoteRetentionMonths ? (
        <ConfirmButton
          label={t('group.retention.deleteNow')}
          title={t('group.retention.deleteNowTitle')}
          confirmLabel={t('group.retention.deleteConfirm')}
          onConfirm={() =>
            void action.run(async () => {
              const result = await api.call('notes.applyRetention', {});
              setMessage(t('group.retention.deleted', { count: result.meetingsCleared }));
              return result;
            })
          }
        >
          <p>{t('group.retention.deleteBody', { months: settings.data.privateNoteRetentionMonths })}</p>
        </ConfirmButton>
      ) : null}
      <ErrorText message={action.error} />
    </section>
  );
}
