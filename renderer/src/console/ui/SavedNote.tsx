import { useT } from '../../common/i18n/I18nProvider';

/** A quiet confirmation after a save, so the facilitator knows it stuck. */
export function SavedNote({ show, text }: { show: boolean; text?: string }) {
  const t = useT();
  return (
    <span className="saved-note" role="status">
      {show ? t('ui.savedNote', { text: text ?? t('ui.saved') }) : ''}
    </span>
  );
}
