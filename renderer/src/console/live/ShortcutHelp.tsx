import { useEffect, useId, useRef } from 'react';
import { useT } from '../../common/i18n/I18nProvider';

/** The keys, the same in every language, and the message saying what each does. */
export const SHORTCUTS: [key: string, messageId: string][] = [
  ['Space', 'live.keys.space'],
  ['N', 'live.keys.n'],
  ['P', 'live.keys.p'],
  ['R', 'live.keys.r'],
  ['→', 'live.keys.arrowRight'],
  ['B', 'live.keys.b'],
  ['H', 'live.keys.h'],
  ['G', 'live.keys.g'],
  ['Esc', 'live.keys.esc'],
  ['?', 'live.keys.help'],
];

/** The list of keys, in a modal dialog that Escape closes. */
export function ShortcutHelp({
  open,
  onClose,
  singleKeys,
  onSingleKeys,
}: {
  open: boolean;
  onClose: () => void;
  singleKeys: boolean;
  onSingleKeys: (on: boolean) => void;
}) {
  const switchId = useId();
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  // A close this component asked for: its 'close' event comes later, as a task, and may arrive after
  // a quick second ? has opened the list again; it must not close the list a second time.
  const closingOnRequest = useRef(false);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) {
      closingOnRequest.current = true;
      dialog.current.close();
    }
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => {
        if (closingOnRequest.current) closingOnRequest.current = false;
        else onClose();
      }}
      data-shortcut-help
    >
      <h2 id="shortcuts-title">{t('live.keys.title')}</h2>
      <p className="field-hint">{t('live.keys.hint')}</p>
      <div className="checkbox">
        <input id={switchId} type="checkbox" checked={singleKeys} onChange={(e) => onSingleKeys(e.target.checked)} />
        <label htmlFor={switchId}>{t('live.keys.single')}</label>
      </div>
      <dl className="shortcuts">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        {t('live.keys.close')}
      </button>
    </dialog>
  );
}
