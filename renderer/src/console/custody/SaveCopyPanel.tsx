import { useId, useState } from 'react';
import type { Group } from '#shared/domain/types';
import { formatNumber } from '#shared/i18n/format';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { isolate } from '../../common/i18n/isolate';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { ErrorText } from '../ui/ErrorText';
import { downloadTransfer } from './file-transfer';
import { PassphrasePair, passphraseProblem, type PassphraseDraft } from './PassphrasePair';

type Kind = 'handover' | 'group' | 'everything';

const KINDS: Kind[] = ['handover', 'group', 'everything'];

/** Saves a copy or a handover file, which the browser (or Electron's save dialog) puts where the facilitator chooses. */
export function SaveCopyPanel({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
  const [kind, setKind] = useState<Kind>('handover');
  const [privateNotes, setPrivateNotes] = useState(false);
  const [contacts, setContacts] = useState(false);
  const [lock, setLock] = useState(false);
  const [draft, setDraft] = useState<PassphraseDraft>({ first: '', second: '' });
  const [saved, setSaved] = useState<string | null>(null);
  const ids = { privateNotes: useId(), contacts: useId(), lock: useId(), kind: useId() };
  const t = useT();
  const { locale } = useLocale();
  const needsPassphrase = kind === 'handover' || lock;
  const problem = needsPassphrase ? passphraseProblem(t, draft) : null;
  const choose = (next: Kind) => {
    setKind(next);
    setSaved(null);
    // A handover leaves private things out unless ticked; a copy for safekeeping holds everything unless unticked.
    setPrivateNotes(next !== 'handover');
    setContacts(next !== 'handover');
  };
  return (
    <section className="panel" aria-labelledby="save-copy-heading">
      <h2 id="save-copy-heading">{t('custody.save.title')}</h2>
      <form
        className="stacked-form"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(null);
          void action.run(async () => {
            const copy = await api.call('copy.save', {
              kind,
              ...(kind === 'everything' ? {} : { groupId: group.id }),
              privateNotes,
              contacts,
              ...(needsPassphrase ? { passphrase: draft.first } : {}),
            });
            await downloadTransfer(api, copy.transferId, copy.fileName);
            setSaved(
              t('custody.save.saved', {
                file: copy.fileName,
                size: formatNumber(locale, copy.bytes / 1_000_000, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
              }),
            );
            setDraft({ first: '', second: '' });
            return copy;
          });
        }}
      >
        <fieldset className="choice-list">
          <legend>{t('custody.save.what')}</legend>
          {KINDS.map((k) => (
            <div className="checkbox" key={k}>
              <input id={`${ids.kind}-${k}`} type="radio" name={ids.kind} checked={kind === k} onChange={() => choose(k)} />
              <label htmlFor={`${ids.kind}-${k}`}>
                {t(`custody.save.kind.${k}`, { group: isolate(group.name) })}
                <span className="field-hint"> {t(`custody.save.kind.${k}.hint`)}</span>
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="choice-list">
          <legend>{t('custody.save.private')}</legend>
          <div className="checkbox">
            <input id={ids.privateNotes} type="checkbox" checked={privateNotes} onChange={(e) => setPrivateNotes(e.target.checked)} />
            <label htmlFor={ids.privateNotes}>{t('custody.save.privateNotes')}</label>
          </div>
          <div className="checkbox">
            <input id={ids.contacts} type="checkbox" checked={contacts} onChange={(e) => setContacts(e.target.checked)} />
            <label htmlFor={ids.contacts}>{t('custody.save.contacts')}</label>
          </div>
        </fieldset>
        {kind !== 'handover' ? (
          <div className="checkbox">
            <input id={ids.lock} type="checkbox" checked={lock} onChange={(e) => setLock(e.target.checked)} />
            <label htmlFor={ids.lock}>{t('custody.save.lock')}</label>
          </div>
        ) : null}
        {needsPassphrase ? <PassphrasePair draft={draft} onChange={setDraft} label={t('custody.save.passphrase')} /> : null}
        {needsPassphrase ? <p className="field-hint">{t('custody.save.tellInPerson')}</p> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={action.busy || problem !== null}>
            {action.busy ? t('custody.save.saving') : kind === 'handover' ? t('custody.save.saveHandover') : t('custody.save.saveCopy')}
          </button>
        </div>
        {draft.first !== '' && problem ? <p className="field-hint">{problem}</p> : null}
        {saved ? (
          <p className="field-hint" role="status">
            {saved}
          </p>
        ) : null}
        <ErrorText message={action.error} />
      </form>
    </section>
  );
}
