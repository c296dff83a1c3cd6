import { useEffect, useRef } from 'react';

export const SHORTCUTS: [string, string][] = [
  ['Space', 'Start or pause the speaking timer'],
  ['N', 'Next speaker'],
  ['P', 'Pass (in a round)'],
  ['→', 'Next agenda item'],
  ['B', 'Blank the room screen, and back'],
  ['G', 'Show the ground rules'],
  ['Esc', 'Room screen back to automatic'],
  ['?', 'Show or hide this list'],
];

/** The list of keys, in a modal dialog that Escape closes. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p className="field-hint">They work on this page whenever you are not typing in a field.</p>
      <dl className="shortcuts">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
