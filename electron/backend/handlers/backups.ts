import { DomainError } from '#shared/contract/errors';
import type { CustodyContext } from './custody-context';

/** Placeholder until the restore is built (same commit series): every method says so plainly. */
export function backupHandlers(custody: CustodyContext) {
  const notYet = () => {
    void custody;
    throw new DomainError('conflict', 'Restoring backups from the console is not built yet.');
  };
  return { 'backup.list': notYet, 'backup.preview': notYet, 'backup.restore': notYet };
}
