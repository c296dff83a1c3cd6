import { useId } from 'react';
import { PASSPHRASE_MIN } from '#shared/custody/vault-status';

export interface PassphraseDraft {
  first: string;
  second: string;
}

/** Why a new passphrase cannot be used yet, or null when it can. */
export function passphraseProblem(draft: PassphraseDraft): string | null {
  if (draft.first.length < PASSPHRASE_MIN) return `A passphrase needs at least ${String(PASSPHRASE_MIN)} characters.`;
  if (draft.first !== draft.second) return 'The two passphrases are not the same; type it again.';
  return null;
}

/** A new passphrase, typed twice: a typo in a passphrase nobody can recover would lock the data for good. */
export function PassphrasePair({ draft, onChange, label }: { draft: PassphraseDraft; onChange: (next: PassphraseDraft) => void; label: string }) {
  const ids = { first: useId(), second: useId(), hint: useId() };
  const mismatch = draft.second !== '' && draft.first !== draft.second;
  return (
    <>
      <div className="field">
        <label htmlFor={ids.first}>{label}</label>
        <input
          id={ids.first}
          type="password"
          autoComplete="new-password"
          value={draft.first}
          maxLength={500}
          aria-describedby={ids.hint}
          onChange={(e) => onChange({ ...draft, first: e.target.value })}
        />
        <p className="field-hint" id={ids.hint}>
          At least {PASSPHRASE_MIN} characters. A few unrelated words are easy to remember and hard to guess.
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.second}>The same passphrase again</label>
        <input
          id={ids.second}
          type="password"
          autoComplete="new-password"
          value={draft.second}
          maxLength={500}
          aria-invalid={mismatch}
          onChange={(e) => onChange({ ...draft, second: e.target.value })}
        />
        {mismatch ? <p className="field-hint">Not the same yet.</p> : null}
      </div>
    </>
  );
}
