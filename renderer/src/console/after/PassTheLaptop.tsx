import { useEffect, useRef, useState, type ReactNode } from 'react';

interface PassTheLaptopProps {
  title: string;
  /** Renders one person's form; calls done() after their answer is stored. */
  children: (done: () => void) => ReactNode;
  onFinish: () => void;
}

/**
 * Pass-the-laptop mode: the console is covered by one private form at a
 * time. After each answer the screen clears to a thank-you, so the next
 * person never sees what the last one chose.
 */
export function PassTheLaptop({ title, children, onFinish }: PassTheLaptopProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [round, setRound] = useState(0);
  const [answered, setAnswered] = useState(0);
  const [thanking, setThanking] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
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
            <p className="laptop__big">Thank you.</p>
            <p>Your answer is saved without your name. Please pass the laptop on.</p>
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the next person takes the laptop: one key or tap goes on */}
            <button type="button" className="button button--primary laptop__next" autoFocus onClick={() => setThanking(false)}>
              I am the next person
            </button>
          </div>
        ) : (
          <div key={round}>
            {children(() => {
              setAnswered((n) => n + 1);
              setRound((n) => n + 1);
              setThanking(true);
            })}
          </div>
        )}
        <div className="laptop__footer">
          <span>{answered} answered so far</span>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              dialog.current?.close();
              onFinish();
            }}
          >
            Finish (facilitator)
          </button>
        </div>
      </div>
    </dialog>
  );
}
