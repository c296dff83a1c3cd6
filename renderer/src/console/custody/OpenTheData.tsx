import { useEffect, useId, useRef, useState } from 'react';
import type { VaultStatus } from '#shared/custody/vault-status';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useT } from '../../common/i18n/I18nProvider';
import { ErrorText } from '../ui/ErrorText';
import { translateNoticeText } from '../translate-notice';

/** Shown instead of the console while the data folder is encrypted and its passphrase has not been given. */
export function OpenTheData({ status }: { status: VaultStatus }) {
  const api = useApi();
  const action = useAction();
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(false);
  const ids = { passphrase: useId(), remember: useId(), error: useId() };
  const field = useRef<HTMLInputElement>(null);
  const t = useT();
  // The only thing this screen asks for: the cursor waits in it.
  useEffect(() => field.current?.focus(), []);
  return (
    <div className="console">
      <header className="console-header">
        <h1 className="brand">Circlekeeper</h1>
      </header>
      <main className="console-main open-the-data" id="console-main" tabIndex={-1}>
        <h2>{t('custody.unlock.title')}</h2>
        {status.problem ? (
          <p className="field-error" role="alert">
            {translateNoticeText(t, status.problemText, status.problem)}
          </p>
        ) : (
          <form
            className="stacked-form"
            onSubmit={(e) => {
              e.preventDefault();
              void action.run(async () => {
                const opened = await api.call('vault.unlock', { passphrase, ...(status.canRemember ? { remember } : {}) });
                setPassphrase('');
                return opened;
              });
            }}
          >
            <p>{t('custody.unlock.intro')}</p>
            {status.changing ? <p className="field-hint">{t('custody.unlock.interrupted')}</p> : null}
            <div className="field">
              <label htmlFor={ids.passphrase}>{t('custody.passphrase')}</label>
              <input
                id={ids.passphrase}
                type="password"
                autoComplete="current-password"
                ref={field}
                value={passphrase}
                maxLength={500}
                aria-invalid={action.errorField === 'passphrase'}
                aria-describedby={action.error ? ids.error : undefined}
                onChange={(e) => setPassphrase(e.target.value)}
              />
            </div>
            {status.canRemember ? (
              <div className="checkbox">
                <input id={ids.remember} type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
                <label htmlFor={ids.remember}>{t('custody.unlock.remember')}</label>
              </div>
            ) : null}
            <div className="button-row">
              <button type="submit" className="button button--primary" disabled={action.busy || passphrase === ''}>
                {action.busy ? t('custody.unlock.opening') : t('custody.unlock.open')}
              </button>
            </div>
            <ErrorText id={ids.error} message={action.error} />
            <p className="field-hint">{t('custody.unlock.forgotten')}</p>
          </form>
        )}
      </main>
    </div>
  );
}
