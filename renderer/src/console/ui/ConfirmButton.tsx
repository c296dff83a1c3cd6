import { useId, useRef, type ReactNode } from 'react';
import { useT } from '../../common/i18n/I18nProvider';

interface ConfirmButtonProps {
  label: string;
  /** The accessible name of the opening button when `label` alone is ambiguous. */
  ariaLabel?: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  className?: string;
}

/**
 * A button that asks first, in a real modal dialog: focus moves into it,
 * Escape cancels, and nothing destructive happens without a second click.
 */
export function ConfirmButton(props: ConfirmButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const t = useT();
  return (
    <>
      <button
        type="button"
        className={props.className ?? 'button button--danger'}
        aria-label={props.ariaLabel}
        onClick={() => dialog.current?.showModal()}
      >
        {props.label}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
        <h2 id={titleId}>{props.title}</h2>
        <div className="dialog__body">{props.children}</div>
        <div className="button-row">
          {/* A confirmation dialog puts focus on its safe choice, as WAI-ARIA's dialog pattern asks. */}
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- inside a modal dialog the user just opened */}
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
            {t('ui.keepIt')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              dialog.current?.close();
              props.onConfirm();
            }}
          >
            {props.confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
