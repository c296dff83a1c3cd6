import { useEffect, useId, useRef } from 'react';

export const SHORTCUTS: [string, string][] = [
  ['Space', 'Start or pause the speaking timer'],
  ['N', 'Next speaker'],
  ['P', 'Pass (in a round)'],
  ['R', 'Start a round (in the order chosen beside Start round)'],
  ['→', 'Next agenda item'],
  ['B', 'Blank the room screen, and back'],
  ['H', 'Pause the room (breathe, with the ground rules), and back'],
  ['G', 'Show the ground rules'],
  ['Esc', 'Room screen back to automatic'],
  ['?', 'Show or hide this list'],
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
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <p className="field-hint">They work on this page whenever you are not typing in a field. Space on a focused button presses the button.</p>
      <div className="checkbox">
        <input id={switchId} type="checkbox" checked={singleKeys} onChange={(e) => onSingleKeys(e.target.checked)} />
        <label htmlFor={switchId}>Single-key shortcuts (Space, N, P, R, B, H, G, ?): turn off if keys get pressed by accident</label>
      </div>
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
