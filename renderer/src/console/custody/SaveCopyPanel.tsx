import { useId, useState } from 'react';
import type { Group } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';
import { downloadTransfer } from './file-transfer';
import { PassphrasePair, passphraseProblem, type PassphraseDraft } from './PassphrasePair';

type Kind = 'handover' | 'group' | 'everything';

const KINDS: { kind: Kind; label: string; hint: string }[] = [
  {
    kind: 'handover',
    label: 'A handover file for the next facilitator',
    hint: 'This group only, always locked with a passphrase. Private notes and contact details stay out unless you tick them.',
  },
  { kind: 'group', label: 'A copy of this group', hint: 'Everything of this group, to keep on a USB stick or a shared drive.' },
  { kind: 'everything', label: 'A copy of everything', hint: 'Every group on this computer, in one file.' },
];

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
  const needsPassphrase = kind === 'handover' || lock;
  const problem = needsPassphrase ? passphraseProblem(draft) : null;
  const choose = (next: Kind) => {
    setKind(next);
    setSaved(null);
    // A handover leaves private things out unless ticked; a copy for safekeeping holds everything unless unticked.
    setPrivateNotes(next !== 'handover');
    setContacts(next !== 'handover');
  };
  return (
    <section className="panel" aria-labelledby="save-copy-heading">
      <h2 id="save-copy-heading">Save a copy</h2>
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
            setSaved(`Saved ${copy.fileName} (${(copy.bytes / 1_000_000).toFixed(1)} MB). Check where your browser or the save dialog put it.`);
            setDraft({ first: '', second: '' });
            return copy;
          });
        }}
      >
        <fieldset className="choice-list">
          <legend>What to save</legend>
          {KINDS.map((k) => (
            <div className="checkbox" key={k.kind}>
              <input id={`${ids.kind}-${k.kind}`} type="radio" name={ids.kind} checked={kind === k.kind} onChange={() => choose(k.kind)} />
              <label htmlFor={`${ids.kind}-${k.kind}`}>
                {k.kind === 'everything' ? k.label : `${k.label} (${group.name})`}
                <span className="field-hint"> {k.hint}</span>
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="choice-list">
          <legend>Private things</legend>
          <div className="checkbox">
            <input id={ids.privateNotes} type="checkbox" checked={privateNotes} onChange={(e) => setPrivateNotes(e.target.checked)} />
            <label htmlFor={ids.privateNotes}>Private notes, follow-ups, personal goals and reach-outs</label>
          </div>
          <div className="checkbox">
            <input id={ids.contacts} type="checkbox" checked={contacts} onChange={(e) => setContacts(e.target.checked)} />
            <label htmlFor={ids.contacts}>Members’ full names and contact details, and partners’ contacts</label>
          </div>
        </fieldset>
        {kind !== 'handover' ? (
          <div className="checkbox">
            <input id={ids.lock} type="checkbox" checked={lock} onChange={(e) => setLock(e.target.checked)} />
            <label htmlFor={ids.lock}>Lock the copy with a passphrase</label>
          </div>
        ) : null}
        {needsPassphrase ? <PassphrasePair draft={draft} onChange={setDraft} label="Passphrase for the file" /> : null}
        {needsPassphrase ? (
          <p className="field-hint">Tell the passphrase to whoever opens the file in person, not in the same message as the file.</p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={action.busy || problem !== null}>
            {action.busy ? 'Saving…' : kind === 'handover' ? 'Save the handover file' : 'Save the copy'}
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
