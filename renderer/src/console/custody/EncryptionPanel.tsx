import { useId, useState } from 'react';
import type { VaultStatus } from '#shared/custody/vault-status';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useT } from '../../common/i18n/I18nProvider';
import { useApiQuery } from '../data/use-api-query';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { PassphrasePair, passphraseProblem, type PassphraseDraft } from './PassphrasePair';

const EMPTY: PassphraseDraft = { first: '', second: '' };

function TurnOn({ status }: { status: VaultStatus }) {
  const api = useApi();
  const action = useAction();
  const [draft, setDraft] = useState(EMPTY);
  const [understood, setUnderstood] = useState(false);
  const [remember, setRemember] = useState(false);
  const ids = { understood: useId(), remember: useId() };
  const t = useT();
  const problem = passphraseProblem(t, draft);
  return (
    <form
      className="stacked-form"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(async () => {
          const next = await api.call('vault.enable', { passphrase: draft.first, understood: true, ...(status.canRemember ? { remember } : {}) });
          setDraft(EMPTY);
          return next;
        });
      }}
    >
      <p>{t('custody.encryption.intro')}</p>
      <PassphrasePair draft={draft} onChange={setDraft} label={t('custody.passphrase')} />
      <div className="checkbox">
        <input id={ids.understood} type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
        <label htmlFor={ids.understood}>{t('custody.encryption.understood')}</label>
      </div>
      {status.canRemember ? (
        <div className="checkbox">
          <input id={ids.remember} type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          <label htmlFor={ids.remember}>{t('custody.encryption.remember')}</label>
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.busy || problem !== null || !understood}>
          {action.busy ? t('custody.encryption.encrypting') : t('custody.encryption.encrypt')}
        </button>
      </div>
      {draft.first !== '' && problem ? <p className="field-hint">{problem}</p> : null}
      <ErrorText message={action.error} />
    </form>
  );
}

function ChangeOrRemove({ status }: { status: VaultStatus }) {
  const api = useApi();
  const change = useAction();
  const remove = useAction();
  const forget = useAction();
  const [current, setCurrent] = useState('');
  const [draft, setDraft] = useState(EMPTY);
  const [removeWith, setRemoveWith] = useState('');
  const ids = { current: useId(), removeWith: useId() };
  const t = useT();
  const problem = passphraseProblem(t, draft);
  return (
    <>
      <p role="status">{status.remembered ? t('custody.encryption.onRemembered') : t('custody.encryption.on')}</p>
      {status.remembered ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={forget.busy}
            onClick={() => void forget.run(() => api.call('vault.forgetOnThisComputer', {}))}
          >
            {t('custody.encryption.forget')}
          </button>
          <ErrorText message={forget.error} />
        </div>
      ) : null}
      <form
        className="stacked-form"
        aria-label={t('custody.encryption.change')}
        onSubmit={(e) => {
          e.preventDefault();
          void change.run(async () => {
            const next = await api.call('vault.change', { current, passphrase: draft.first });
            setCurrent('');
            setDraft(EMPTY);
            return next;
          });
        }}
      >
        <h3>{t('custody.encryption.change')}</h3>
        <div className="field">
          <label htmlFor={ids.current}>{t('custody.encryption.current')}</label>
          <input
            id={ids.current}
            type="password"
            autoComplete="current-password"
            value={current}
            maxLength={500}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </div>
        <PassphrasePair draft={draft} onChange={setDraft} label={t('custody.encryption.newPassphrase')} />
        <div className="button-row">
          <button type="submit" className="button" disabled={change.busy || current === '' || problem !== null}>
            {change.busy ? t('custody.encryption.encryptingAgain') : t('custody.encryption.change')}
          </button>
        </div>
        <ErrorText message={change.error} />
      </form>
      <div className="stacked-form">
        <h3>{t('custody.encryption.stop')}</h3>
        <div className="field">
          <label htmlFor={ids.removeWith}>{t('custody.encryption.current')}</label>
          <input
            id={ids.removeWith}
            type="password"
            autoComplete="current-password"
            value={removeWith}
            maxLength={500}
            onChange={(e) => setRemoveWith(e.target.value)}
          />
        </div>
        <div className="button-row">
          <ConfirmButton
            label={t('custody.encryption.storeInClear')}
            title={t('custody.encryption.storeInClearTitle')}
            confirmLabel={t('custody.encryption.decrypt')}
            onConfirm={() =>
              void remove.run(async () => {
                const next = await api.call('vault.disable', { current: removeWith });
                setRemoveWith('');
                return next;
              })
            }
          >
            <p>{t('custody.encryption.storeInClearBody')}</p>
          </ConfirmButton>
        </div>
        <ErrorText message={remove.error} />
      </div>
    </>
  );
}

/** Encryption at rest: on, change, off. */
export function EncryptionPanel() {
  const status = useApiQuery('vault.status', {});
  const t = useT();
  return (
    <section className="panel" aria-labelledby="encryption-heading">
      <h2 id="encryption-heading">{t('custody.encryption.title')}</h2>
      {status.data === undefined ? (
        <p className="empty">{status.error ?? t('custody.loading')}</p>
      ) : status.data.state === 'plain' ? (
        <TurnOn status={status.data} />
      ) : (
        <ChangeOrRemove status={status.data} />
      )}
    </section>
  );
}
