import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { isUnlockWord } from './laptop-lock';
import { useT } from '../../common/i18n/I18nProvider';

interface PassTheLaptopProps {
  title: string;
  answered: number;
  /** Renders one person's form; calls done() after their answer is stored. */
  children: (done: () => void) => ReactNode;
  onAnswered: () => void;
  onUnlock: () => void;
}

/**
 * Pass-the-laptop mode: the console is covered by one private form at a
 * time. After each answer the screen clears to a thank-you, so the next
 * person never sees what the last one chose. Leaving takes the facilitator
 * typing the unlock word: nothing a member does by accident gets them out.
 */
export function PassTheLaptop({ title, answered, children, onAnswered, onUnlock }: PassTheLaptopProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const t = useT();
  // The word in the facilitator's language; the English one works in every language too.
  const word = t('laptop.unlockWord');
  const [round, setRound] = useState(0);
  const [thanking, setThanking] = useState(false);
  const [unlocking, setUnlocking] = useState(false);
  const [typed, setTyped] = useState('');
  const [refused, setRefused] = useState(false);
  const ids = { word: useId(), hint: useId(), error: useId() };

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="laptop"
      aria-label={title}
      onCancel={(e) => {
        // Escape must not drop a member into the facilitator's console.
        e.preventDefault();
      }}
    >
      <div className="laptop__inner">
        <p className="laptop__title">{title}</p>
        {thanking ? (
          <div className="laptop__thanks">
            <p className="laptop__big">{t('laptop.thanks')}</p>
            <p>{t('laptop.saved')}</p>
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the next person takes the laptop: one key or tap goes on */}
            <button type="button" className="button button--primary laptop__next" autoFocus onClick={() => setThanking(false)}>
              {t('laptop.next')}
            </button>
          </div>
        ) : (
          <div key={round}>
            {children(() => {
              onAnswered();
              setRound((n) => n + 1);
              setThanking(true);
            })}
          </div>
        )}
        <div className="laptop__footer">
          <span>{t('laptop.answered', { count: answered })}</span>
          {unlocking ? (
            <form
              className="laptop__unlock"
              onSubmit={(e) => {
                e.preventDefault();
                if (!isUnlockWord(typed, word)) {
                  setRefused(true);
                  return;
                }
                dialog.current?.close();
                onUnlock();
              }}
            >
              <label htmlFor={ids.word}>{t('laptop.unlock.label', { word })}</label>
              <div className="laptop__unlock-row">
                <input
                  id={ids.word}
                  value={typed}
                  // eslint-disable-next-line jsx-a11y/no-autofocus -- the facilitator just asked to unlock: the field is where they type
                  autoFocus
                  autoComplete="off"
                  aria-invalid={refused}
                  aria-describedby={refused ? ids.error : ids.hint}
                  onChange={(e) => {
                    setTyped(e.target.value);
                    setRefused(false);
                  }}
                />
                <button type="submit" className="button">
                  {t('laptop.unlock.button')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    setUnlocking(false);
                    setTyped('');
                    setRefused(false);
                  }}
                >
                  {t('laptop.unlock.cancel')}
                </button>
              </div>
              {refused ? (
                <p id={ids.error} className="field-error" role="alert">
                  {t('laptop.unlock.refused', { word })}
                </p>
              ) : (
                <p id={ids.hint} className="field-hint">
                  {t('laptop.unlock.hint')}
                </p>
              )}
            </form>
          ) : (
            <button type="button" className="button button--quiet" onClick={() => setUnlocking(true)}>
              {t('laptop.finish')}
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}
