import { useEffect } from 'react';
import { offsetFrom, useBackendSecond } from '../common/use-clock';
import { useConnection } from '../common/use-connection';
import { useLocale, useT } from '../common/i18n/I18nProvider';
import { useReceivedSnapshot } from '../common/use-display-snapshot';
import { DisplayScreen } from './DisplayScreen';
import { DisplayI18n } from './i18n/DisplayI18n';

/**
 * The projector window: read-only, it shows the newest DisplayView and
 * nothing else, in the room's language (the group's, carried by each
 * snapshot, so a change shows without a restart). A lost connection keeps
 * the last picture up and shows only a small, quiet marker, so the room is
 * not alarmed.
 */
export function DisplayApp() {
  const received = useReceivedSnapshot();
  const snapshot = received?.snapshot ?? null;
  const connection = useConnection();
  // From each snapshot's own arrival, so the clock stays in step with the backend.
  const offset = offsetFrom(snapshot?.now, received?.receivedAt);
  const now = useBackendSecond(offset, snapshot !== null && snapshot.view.screen !== 'blank');

  useEffect(() => {
    document.body.classList.add('display-body');
  }, []);

  return (
    <DisplayI18n locale={snapshot?.locale ?? 'en'}>
      <DisplayRoot>
        <DisplayScreen view={snapshot?.view ?? null} now={now} />
        {connection !== 'open' && snapshot !== null ? <Offline refused={connection === 'refused'} /> : null}
      </DisplayRoot>
    </DisplayI18n>
  );
}

function DisplayRoot({ children }: { children: React.ReactNode }) {
  const t = useT();
  const { locale, dir } = useLocale();
  return (
    <main className="display-root" aria-label={t('root.label')} lang={locale} dir={dir}>
      {children}
    </main>
  );
}

function Offline({ refused }: { refused: boolean }) {
  const t = useT();
  return (
    <p className="display-offline" role="status">
      {refused ? t('offline.refused') : t('offline.reconnecting')}
    </p>
  );
}
