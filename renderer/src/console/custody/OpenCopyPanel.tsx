import { useId, useState, type ChangeEvent } from 'react';
import type { CopyPreview, OpenedCopy } from '#shared/custody/copy-transfer';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { formatDay } from '../../common/dates';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { uploadFile } from './file-transfer';
import { madeAtText } from './holding-text';

type Action = 'add' | 'replace' | 'skip';

function GroupChoice({ group, action, onChange }: { group: CopyPreview['groups'][number]; action: Action; onChange: (next: Action) => void }) {
  const name = useId();
  const { summary } = group;
  const span = summary.firstMeeting && summary.lastMeeting ? `, from ${formatDay(summary.firstMeeting)} to ${formatDay(summary.lastMeeting)}` : '';
  const options: { value: Action; label: string }[] = [
    { value: 'add', label: 'Add it as a new group' },
    ...(group.sameGroupHere ? [{ value: 'replace' as const, label: `Put it in place of “${group.sameGroupHere.name}” here` }] : []),
    { value: 'skip', label: 'Leave it out' },
  ];
  return (
    <fieldset className="choice-list copy-group">
      <legend>{summary.groupName}</legend>
      <p>
        {summary.members} members, {summary.meetingsHeld} meetings held{span}.
        {summary.contains.privateNotes ? ' Holds private notes.' : ' No private notes.'}
        {summary.contains.contacts ? ' Holds contact details.' : ' No contact details.'}
      </p>
      {options.map((o) => (
        <div className="checkbox" key={o.value}>
          <input id={`${name}-${o.value}`} type="radio" name={name} checked={action === o.value} onChange={() => onChange(o.value)} />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      {action === 'replace' && group.replacing.length > 0 ? (
        <table className="compare-table">
          <caption>What would change in “{group.sameGroupHere?.name}”</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Here now</th>
              <th scope="col">In the file</th>
            </tr>
          </thead>
          <tbody>
            {group.replacing.map((line) => (
              <tr key={line.label}>
                <th scope="row">{line.label}</th>
                <td>{line.now}</td>
                <td>{line.inFile}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </fieldset>
  );
}

/** Opens a copy or handover file: a preview of each group first, then add, replace (after a confirmation) or leave out. */
export function OpenCopyPanel({
  onOpened,
  opened,
  firstGroup = false,
}: {
  onOpened: (outcome: OpenedCopy | null) => void;
  opened: OpenedCopy | null;
  /** On the empty console, where the next facilitator arrives with a handover file. */
  firstGroup?: boolean;
}) {
  const api = useApi();
  const read = useAction();
  const apply = useAction();
  const undo = useAction();
  const [transferId, setTransferId] = useState<string | null>(null);
  const [needsPassphrase, setNeedsPassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<CopyPreview | null>(null);
  const [choices, setChoices] = useState<Record<string, Action>>({});
  const ids = { file: useId(), passphrase: useId(), heading: useId() };

  const inspect = (id: string, given: string) =>
    read.run(async () => {
      try {
        const found = await api.call('copy.inspect', { transferId: id, ...(given ? { passphrase: given } : {}) });
        setPreview(found);
        setChoices(Object.fromEntries(found.groups.map((g) => [g.fileGroupId, g.sameGroupHere ? 'replace' : 'add'])));
        return found;
      } catch (error) {
        if (error instanceof ApiError && error.field === 'passphrase') setNeedsPassphrase(true);
        throw error;
      }
    });

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setPreview(null);
    setNeedsPassphrase(false);
    setPassphrase('');
    onOpened(null);
    void read.run(async () => {
      const id = await uploadFile(api, file);
      setTransferId(id);
      await inspect(id, '');
      return id;
    });
  };

  const replacing = preview?.groups.filter((g) => choices[g.fileGroupId] === 'replace') ?? [];
  const openIt = () =>
    void apply.run(async () => {
      if (!preview || !transferId) return undefined;
      const outcome = await api.call('copy.open', {
        transferId,
        ...(passphrase ? { passphrase } : {}),
        choices: preview.groups.map((g) => ({
          fileGroupId: g.fileGroupId,
          action: choices[g.fileGroupId] ?? 'skip',
          ...(choices[g.fileGroupId] === 'replace' && g.sameGroupHere ? { replaceGroupId: g.sameGroupHere.groupId } : {}),
        })),
      });
      setPreview(null);
      setTransferId(null);
      setPassphrase('');
      onOpened(outcome);
      return outcome;
    });

  return (
    <section className={firstGroup ? 'panel panel--welcome' : 'panel'} aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{firstGroup ? 'Taking over a group? Open its handover file' : 'Open a copy or a handover file'}</h2>
      <div className="button-row">
        <label className="button" htmlFor={ids.file}>
          Choose a file…
        </label>
        <input id={ids.file} className="visually-hidden" type="file" accept=".circlekeeper" onChange={choose} />
      </div>
      {read.busy ? <p role="status">Reading the file…</p> : null}
      {needsPassphrase && !preview ? (
        <form
          className="stacked-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (transferId) void inspect(transferId, passphrase);
          }}
        >
          <div className="field">
            <label htmlFor={ids.passphrase}>The file’s passphrase</label>
            <input
              id={ids.passphrase}
              type="password"
              autoComplete="off"
              value={passphrase}
              maxLength={500}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={read.busy || passphrase === ''}>
              Open the file
            </button>
          </div>
        </form>
      ) : null}
      <ErrorText message={read.error} />
      {preview ? (
        <div className="stacked-form">
          <p>
            {preview.kind === 'handover' ? 'A handover file' : preview.kind === 'group' ? 'A copy of one group' : 'A copy of everything'}, saved{' '}
            {madeAtText(preview.createdAt)}.
          </p>
          {preview.groups.map((g) => (
            <GroupChoice
              key={g.fileGroupId}
              group={g}
              action={choices[g.fileGroupId] ?? 'add'}
              onChange={(next) => setChoices({ ...choices, [g.fileGroupId]: next })}
            />
          ))}
          <div className="button-row">
            {replacing.length > 0 ? (
              <ConfirmButton
                label="Open the copy"
                className="button button--primary"
                title={`Replace ${replacing.map((g) => `“${g.sameGroupHere?.name ?? ''}”`).join(' and ')}?`}
                confirmLabel="Replace"
                onConfirm={openIt}
              >
                <p>
                  What is here now for {replacing.length === 1 ? 'that group' : 'those groups'} is replaced by the file’s. The record is backed up
                  first, so you can undo it.
                </p>
              </ConfirmButton>
            ) : (
              <button type="button" className="button button--primary" disabled={apply.busy} onClick={openIt}>
                Open the copy
              </button>
            )}
          </div>
          <ErrorText message={apply.error} />
        </div>
      ) : null}
      {opened ? (
        <div className="notice-inline" role="status">
          <p>
            {opened.added.length > 0 ? `Added: ${opened.added.join(', ')}. ` : ''}
            {opened.replaced.length > 0 ? `Replaced: ${opened.replaced.join(', ')}.` : ''}
          </p>
          <button
            type="button"
            className="button"
            disabled={undo.busy}
            onClick={() =>
              void undo.run(async () => {
                const outcome = await api.call('backup.restore', { name: opened.undoWith });
                onOpened(null);
                return outcome;
              })
            }
          >
            Undo
          </button>
          <ErrorText message={undo.error} />
        </div>
      ) : null}
    </section>
  );
}
