import { useAction } from '../common/use-action';
import { useT } from '../common/i18n/I18nProvider';

/** A quiet line offering to take back the last cheap-to-undo change. */
export function UndoBar({ message, onUndo, onClose }: { message: string; onUndo: () => Promise<void>; onClose: () => void }) {
  const action = useAction();
  const t = useT();
  return (
    <div className="undo-bar" role="status">
      <span>{message}</span>
      <button type="button" className="button" disabled={action.busy} onClick={() => void action.run(onUndo)}>
        {t('top.undo')}
      </button>
      <button type="button" className="button button--quiet" aria-label={t('top.closeMessage')} onClick={onClose}>
        ×
      </button>
      {action.error ? <span className="field-error">{action.error}</span> : null}
    </div>
  );
}
