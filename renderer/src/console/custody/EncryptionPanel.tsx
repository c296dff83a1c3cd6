import { useId, useState } from 'react';
import type { VaultStatus } from '#shared/custody/vault-status';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
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
  const problem = passphraseProblem(draft);
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
      <p>
        The group’s data is stored in clear on this computer. With a passphrase, every file of it (the record, past meetings and the backups) is
        encrypted, and Circlekeeper asks for the passphrase each time it starts.
      </p>
      <PassphrasePair draft={draft} onChange={setDraft} label="Passphrase" />
      <div className="checkbox">
        <input id={ids.understood} type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
        <label htmlFor={ids.understood}>
          I understand that if this passphrase is forgotten, the data cannot be recovered by anyone. I will keep it somewhere safe.
        </label>
      </div>
      {status.canRemember ? (
        <div className="checkbox">
          <input id={ids.remember} type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          <label htmlFor={ids.remember}>Remember on this computer, so it is not asked at each start</label>
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.busy || problem !== null || !understood}>
          {action.busy ? 'Encrypting…' : 'Encrypt the data'}
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
  const problem = passphraseProblem(draft);
  return (
    <>
      <p role="status">The data on this computer is encrypted.{status.remembered ? ' This computer remembers its key.' : ''}</p>
      {status.remembered ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={forget.busy}
            onClick={() => void forget.run(() => api.call('vault.forgetOnThisComputer', {}))}
          >
            Forget the key on this computer
          </button>
          <ErrorText message={forget.error} />
        </div>
      ) : null}
      <form
        className="stacked-form"
        aria-label="Change the passphrase"
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
        <h3>Change the passphrase</h3>
        <div className="field">
          <label htmlFor={ids.current}>Current passphrase</label>
          <input
            id={ids.current}
            type="password"
            autoComplete="current-password"
            value={current}
            maxLength={500}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </div>
        <PassphrasePair draft={draft} onChange={setDraft} label="New passphrase" />
        <div className="button-row">
          <button type="submit" className="button" disabled={change.busy || current === '' || problem !== null}>
            {change.busy ? 'Encrypting again…' : 'Change the passphrase'}
          </button>
        </div>
        <ErrorText message={change.error} />
      </form>
      <div className="stacked-form">
        <h3>Stop encrypting</h3>
        <div className="field">
          <label htmlFor={ids.removeWith}>Current passphrase</label>
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
            label="Store the data in clear"
            title="Store the data in clear?"
            confirmLabel="Decrypt the data"
            onConfirm={() =>
              void remove.run(async () => {
                const next = await api.call('vault.disable', { current: removeWith });
                setRemoveWith('');
                return next;
              })
            }
          >
            <p>Anyone who can open this computer’s files could then read members’ names, notes and contacts.</p>
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
  return (
    <section className="panel" aria-labelledby="encryption-heading">
      <h2 id="encryption-heading">Encryption</h2>
      {status.data === undefined ? (
        <p className="empty">{status.error ?? 'Loading…'}</p>
      ) : status.data.state === 'plain' ? (
        <TurnOn status={status.data} />
      ) : (
        <ChangeOrRemove status={status.data} />
      )}
    </section>
  );
}
