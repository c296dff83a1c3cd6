import type { ReactNode } from 'react';
import { useApiQuery } from '../data/use-api-query';
import { OpenTheData } from './OpenTheData';

/** The console proper only once the data is open: an encrypted folder first asks for its passphrase. */
export function VaultGate({ children }: { children: ReactNode }) {
  const status = useApiQuery('vault.status', {});
  if (status.data === undefined) {
    return <p className="empty">{status.error ?? 'Loading…'}</p>;
  }
  return status.data.state === 'locked' ? <OpenTheData status={status.data} /> : <>{children}</>;
}
