import { useId, useState, type ChangeEvent } from 'react';
import type { Group, Member } from '#shared/domain/types';
import { IMPORT_FILE_MAX_BYTES, IMPORT_MEMBERS_MAX } from '#shared/members/import-limits';
import { guessMapping, parseMemberCsv, previewImport, type ColumnMapping, type ParsedCsv } from '#shared/members/member-csv';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';
import { useT } from '../../common/i18n/I18nProvider';

const roles: { key: keyof ColumnMapping; optional: boolean }[] = [
  { key: 'displayName', optional: false },
  { key: 'fullName', optional: true },
  { key: 'contact', optional: true },
];

/** Adds a member list from a spreadsheet saved as CSV, after a preview of what each row would do. */
export function MemberImport({ group, members }: { group: Group; members: readonly Member[] }) {
  const t = useT();
  const api = useApi();
  const action = useAction();
  const [file, setFile] = useState<{ name: string; csv: ParsedCsv } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({ displayName: null, fullName: null, contact: null });
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // A new key empties the file input after an import, so the same file can be chosen again.
  const [inputKey, setInputKey] = useState(0);
  const fileId = useId();
  const hintId = useId();
  const selectIds = { displayName: useId(), fullName: useId(), contact: useId() };

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setProblem(null);
    setDone(null);
    action.clearError();
    setFile(null);
    if (!chosen) return;
    if (chosen.size > IMPORT_FILE_MAX_BYTES) {
      setProblem(t('members.import.tooLarge', { file: chosen.name }));
      return;
    }
    const csv = parseMemberCsv(await chosen.text());
    if (csv.columns.length === 0 || csv.rows.length === 0) {
      setProblem(t('members.import.noRows', { file: chosen.name }));
      return;
    }
    setFile({ name: chosen.name, csv });
    setMapping(guessMapping(csv.columns));
  }

  const current = members.filter((m) => m.status !== 'left').map((m) => m.displayName);
  const preview = file ? previewImport(file.csv.rows, mapping, current, t) : [];
  const toAdd = preview.flatMap((p) => (p.ok ? [p.member] : []));
  const refused = preview.flatMap((p) => (p.ok ? [] : [p]));

  async function add() {
    if (toAdd.length === 0) return;
    const result = await action.run(() => api.call('member.importMany', { groupId: group.id, members: toAdd }));
    if (result) {
      setDone(t('members.import.added', { count: result.added.length, file: file?.name ?? '' }));
      setFile(null);
      setInputKey((k) => k + 1);
    }
  }

  return (
    <section className="member-import" aria-labelledby="member-import-title">
      <h3 id="member-import-title">{t('members.import.title')}</h3>
      <div className="field">
        <label htmlFor={fileId}>{t('members.import.file')}</label>
        <input key={inputKey} id={fileId} type="file" accept=".csv,text/csv" aria-describedby={hintId} onChange={(e) => void choose(e)} />
        <p id={hintId} className="field-hint">
          {t('members.import.hint')}
        </p>
      </div>
      <ErrorText message={problem ?? action.error} />
      {done ? (
        <p className="field-hint" role="status">
          {done}
        </p>
      ) : null}
      {file ? (
        <>
          {file.csv.problems.length > 0 ? (
            <p className="field-hint">
              {t('members.import.oddLines', {
                problems: file.csv.problems
                  .slice(0, 3)
                  .map((p) => t('members.import.problem', { row: p.row === null ? 'none' : String(p.row), code: p.code, detail: p.detail }))
                  .join(' '),
              })}
            </p>
          ) : null}
          <div className="filter-row">
            {roles.map((role) => (
              <div className="field" key={role.key}>
                <label htmlFor={selectIds[role.key]}>{t(`members.import.column.${role.key}`)}</label>
                <select
                  id={selectIds[role.key]}
                  value={mapping[role.key] ?? ''}
                  onChange={(e) => setMapping((m) => ({ ...m, [role.key]: e.target.value === '' ? null : e.target.value }))}
                >
                  <option value="">{role.optional ? t('members.import.notInFile') : t('members.import.chooseColumn')}</option>
                  {file.csv.columns.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <table className="member-import__preview">
            <caption>{t('members.import.caption', { add: toAdd.length, refused: refused.length, file: file.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.import.row')}</th>
                <th scope="col">{t('members.import.displayName')}</th>
                <th scope="col">{t('members.import.fullName')}</th>
                <th scope="col">{t('members.import.contact')}</th>
                <th scope="col">{t('members.import.result')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.map((p) => (
                <tr key={p.row}>
                  <td>{p.row}</td>
                  <td>{p.ok ? <bdi>{p.member.displayName}</bdi> : ''}</td>
                  <td>{p.ok ? <bdi>{p.member.fullName ?? ''}</bdi> : ''}</td>
                  <td>{p.ok ? <bdi>{p.member.contact ?? ''}</bdi> : ''}</td>
                  <td>{p.ok ? t('members.import.willAdd') : t('members.import.refused', { reason: p.reason })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {toAdd.length > IMPORT_MEMBERS_MAX ? <p className="field-error">{t('members.import.tooMany', { max: IMPORT_MEMBERS_MAX })}</p> : null}
          {toAdd.length === 0 ? <p className="empty">{t('members.import.noneToAdd')}</p> : null}
          <button
            type="button"
            className="button button--primary"
            disabled={action.busy || toAdd.length === 0 || toAdd.length > IMPORT_MEMBERS_MAX}
            onClick={() => void add()}
          >
            {t('members.import.add', { count: toAdd.length })}
          </button>
        </>
      ) : null}
    </section>
  );
}
