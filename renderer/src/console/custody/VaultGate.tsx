import type { ReactNode } from 'react';
import { useApiQuery } from '../data/use-api-query';
import { OpenTheData } from './OpenTheData';
import { useT } from '../../common/i18n/I18nProvider';

/** The console proper only once the data is open: an encrypted folder first asks for its passphrase. */
export function VaultGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('vault.status', {});
  const t = useT();
  if (status.data === undefined) {
    return <p className="empty">{status.error ?? t('custody.loading')}</p>;
  }
  return status.data.state === 'locked' ? <OpenTheData status={status.data} /> : <>{children}</>;
}
