import type { ReactNode } from 'react';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';

/**
 * What a restore or an opened copy did, and its Undo: restoring the backup
 * made just before it (backup.restore), which the backend backed up first in turn.
 */
export function UndoWithBackup({ children, backup, label, onUndone }: { children: ReactNode; backup: string; label: string; onUndone: () => void }) {
  const api = useApi();
  const undo = useAction();
  return (
    <div className="notice-inline" role="status">
      {children}
      <button
        type="button"
        className="button"
        disabled={undo.busy}
        onClick={() =>
          void undo.run(async () => {
            const outcome = await api.call('backup.restore', { name: backup });
            onUndone();
            return outcome;
          })
        }
      >
        {label}
      </button>
      <ErrorText message={undo.error} />
    </div>
  );
}
