import { useId, useState, type ChangeEvent } from 'react';
import type { CopyPreview, OpenedCopy } from '#shared/custody/copy-transfer';
import { ApiError } from '../../api/api-error';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { isolate } from '../../common/i18n/isolate';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { useFormatDay } from '../../common/i18n/use-format-day';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { uploadFile } from './file-transfer';
import { UndoWithBackup } from './UndoWithBackup';
import { madeAtText } from './holding-text';

type Action = 'add' | 'replace' | 'skip';

function GroupChoice({ group, action, onChange }: { group: CopyPreview['groups'][number]; action: Action; onChange: (next: Action) => void }) {
  const name = useId();
  const t = useT();
  const formatDay = useFormatDay();
  const { summary } = group;
  const counts = { members: summary.members, meetings: summary.meetingsHeld };
  const held =
    summary.firstMeeting && summary.lastMeeting
      ? t('custody.open.heldFromTo', { ...counts, from: formatDay(summary.firstMeeting), to: formatDay(summary.lastMeeting) })
      : t('custody.open.held', counts);
  const options: { value: Action; label: string }[] = [
    { value: 'add', label: t('custody.open.add') },
    ...(group.sameGroupHere
      ? [{ value: 'replace' as const, label: t('custody.open.replaceOption', { name: isolate(group.sameGroupHere.name) }) }]
      : []),
    { value: 'skip', label: t('custody.open.skip') },
  ];
  return (
    <fieldset className="choice-list copy-group">
      <legend>{summary.groupName}</legend>
      <p>
        {held} {summary.contains.privateNotes ? t('custody.open.notes') : t('custody.open.noNotes')}{' '}
        {summary.contains.contacts ? t('custody.open.contacts') : t('custody.open.noContacts')}
      </p>
      {options.map((o) => (
        <div className="checkbox" key={o.value}>
          <input id={`${name}-${o.value}`} type="radio" name={name} checked={action === o.value} onChange={() => onChange(o.value)} />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      {action === 'replace' && group.replacing.length > 0 ? (
        <table className="compare-table">
          <caption>{t('custody.open.wouldChange', { name: isolate(group.sameGroupHere?.name ?? '') })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('custody.open.what')}</th>
              <th scope="col">{t('custody.open.hereNow')}</th>
              <th scope="col">{t('custody.open.inFile')}</th>
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
  const [transferId, setTransferId] = useState<string | null>(null);
  const [needsPassphrase, setNeedsPassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<CopyPreview | null>(null);
  const [choices, setChoices] = useState<Record<string, Action>>({});
  const ids = { file: useId(), passphrase: useId(), heading: useId() };
  const t = useT();
  const { locale } = useLocale();
  const list = (names: string[]) => new Intl.ListFormat(locale, { type: 'unit' }).format(names);

  const inspect = (id: string, given: string) =>
    read.run(async () => {
      try {
        const found = await api.call('copy.inspect', { transferId: id, language: locale, ...(given ? { passphrase: given } : {}) });
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
      <h2 id={ids.heading}>{firstGroup ? t('custody.open.titleFirst') : t('custody.open.title')}</h2>
      <div className="button-row">
        <label className="button" htmlFor={ids.file}>
          {t('custody.open.choose')}
        </label>
        <input id={ids.file} className="visually-hidden" type="file" accept=".circlekeeper" onChange={choose} />
      </div>
      {read.busy ? <p role="status">{t('custody.open.reading')}</p> : null}
      {needsPassphrase && !preview ? (
        <form
          className="stacked-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (transferId) void inspect(transferId, passphrase);
          }}
        >
          <div className="field">
            <label htmlFor={ids.passphrase}>{t('custody.open.passphrase')}</label>
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
              {t('custody.open.openFile')}
            </button>
          </div>
        </form>
      ) : null}
      <ErrorText message={read.error} />
      {preview ? (
        <div className="stacked-form">
          <p>{t('custody.open.fileKind', { kind: preview.kind, when: madeAtText(locale, preview.createdAt) })}</p>
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
                label={t('custody.open.openCopy')}
                className="button button--primary"
                title={t('custody.open.replaceTitle', {
                  names: list(replacing.map((g) => t('custody.open.quoted', { name: isolate(g.sameGroupHere?.name ?? '') }))),
                })}
                confirmLabel={t('custody.open.replace')}
                onConfirm={openIt}
              >
                <p>{t('custody.open.replaceBody', { count: replacing.length })}</p>
              </ConfirmButton>
            ) : (
              <button type="button" className="button button--primary" disabled={apply.busy} onClick={openIt}>
                {t('custody.open.openCopy')}
              </button>
            )}
          </div>
          <ErrorText message={apply.error} />
        </div>
      ) : null}
      {opened ? (
        <UndoWithBackup backup={opened.undoWith} label={t('custody.open.undo')} onUndone={() => onOpened(null)}>
          <p>
            {[
              opened.added.length > 0 ? t('custody.open.added', { names: list(opened.added.map(isolate)) }) : '',
              opened.replaced.length > 0 ? t('custody.open.replaced', { names: list(opened.replaced.map(isolate)) }) : '',
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
        </UndoWithBackup>
      ) : null}
    </section>
  );
}
