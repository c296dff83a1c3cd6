import { useId } from 'react';
import { PASSPHRASE_MIN } from '#shared/custody/vault-status';
import type { Translate } from '#shared/i18n/translator';
import { useT } from '../../common/i18n/I18nProvider';

export interface PassphraseDraft {
  first: string;
  second: string;
}

/** Why a new passphrase cannot be used yet, or null when it can. */
export function passphraseProblem(t: Translate, draft: PassphraseDraft): string | null {
  if (draft.first.length < PASSPHRASE_MIN) return t('custody.pair.tooShort', { min: PASSPHRASE_MIN });
  if (draft.first !== draft.second) return t('custody.pair.different');
  return null;
}

/** A new passphrase, typed twice: a typo in a passphrase nobody can recover would lock the data for good. */
export function PassphrasePair({ draft, onChange, label }: { draft: PassphraseDraft; onChange: (next: PassphraseDraft) => void; label: string }) {
  const ids = { first: useId(), second: useId(), hint: useId() };
  const t = useT();
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
          {t('custody.pair.hint', { min: PASSPHRASE_MIN })}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.second}>{t('custody.pair.again')}</label>
        <input
          id={ids.second}
          type="password"
          autoComplete="new-password"
          value={draft.second}
          maxLength={500}
          aria-invalid={mismatch}
          onChange={(e) => onChange({ ...draft, second: e.target.value })}
        />
        {mismatch ? <p className="field-hint">{t('custody.pair.notSameYet')}</p> : null}
      </div>
    </>
  );
}
