import { useId, useState, type ChangeEvent } from 'react';
import type { Group, Member } from '#shared/domain/types';
import { IMPORT_FILE_MAX_BYTES, IMPORT_MEMBERS_MAX } from '#shared/members/import-limits';
import { guessMapping, parseMemberCsv, previewImport, type ColumnMapping, type ParsedCsv } from '#shared/members/member-csv';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';

const roles: { key: keyof ColumnMapping; label: string; optional: boolean }[] = [
  { key: 'displayName', label: 'Display name column', optional: false },
  { key: 'fullName', label: 'Full name column (optional)', optional: true },
  { key: 'contact', label: 'Contact column (optional)', optional: true },
];

/** Adds a member list from a spreadsheet saved as CSV, after a preview of what each row would do. */
export function MemberImport({ group, members }: { group: Group; members: readonly Member[] }) {
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
      setProblem(`“${chosen.name}” is larger than 1 MB, too large for a member list. Save only the columns you need and try again.`);
      return;
    }
    const csv = parseMemberCsv(await chosen.text());
    if (csv.columns.length === 0 || csv.rows.length === 0) {
      setProblem(`“${chosen.name}” has no rows under a header row. The first row should name the columns, one person a row below it.`);
      return;
    }
    setFile({ name: chosen.name, csv });
    setMapping(guessMapping(csv.columns));
  }

  const current = members.filter((m) => m.status !== 'left').map((m) => m.displayName);
  const preview = file ? previewImport(file.csv.rows, mapping, current) : [];
  const toAdd = preview.flatMap((p) => (p.ok ? [p.member] : []));
  const refused = preview.flatMap((p) => (p.ok ? [] : [p]));

  async function add() {
    if (toAdd.length === 0) return;
    const result = await action.run(() => api.call('member.importMany', { groupId: group.id, members: toAdd }));
    if (result) {
      setDone(`Added ${String(result.added.length)} ${result.added.length === 1 ? 'member' : 'members'} from “${file?.name ?? 'the file'}”.`);
      setFile(null);
      setInputKey((k) => k + 1);
    }
  }

  return (
    <section className="member-import" aria-labelledby="member-import-title">
      <h3 id="member-import-title">Import from a spreadsheet (CSV)</h3>
      <div className="field">
        <label htmlFor={fileId}>CSV file</label>
        <input key={inputKey} id={fileId} type="file" accept=".csv,text/csv" aria-describedby={hintId} onChange={(e) => void choose(e)} />
        <p id={hintId} className="field-hint">
          Save the spreadsheet as CSV with a header row, one person a row. Nothing is added until you check the preview.
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
            <p className="field-hint">Some lines of the file look odd: {file.csv.problems.slice(0, 3).join(' ')}</p>
          ) : null}
          <div className="filter-row">
            {roles.map((role) => (
              <div className="field" key={role.key}>
                <label htmlFor={selectIds[role.key]}>{role.label}</label>
                <select
                  id={selectIds[role.key]}
                  value={mapping[role.key] ?? ''}
                  onChange={(e) => setMapping((m) => ({ ...m, [role.key]: e.target.value === '' ? null : e.target.value }))}
                >
                  <option value="">{role.optional ? 'Not in this file' : 'Choose a column'}</option>
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
            <caption>
              {toAdd.length} to add, {refused.length} refused, from “{file.name}”
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Display name</th>
                <th scope="col">Full name</th>
                <th scope="col">Contact</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {preview.map((p) => (
                <tr key={p.row}>
                  <td>{p.row}</td>
                  <td>{p.ok ? p.member.displayName : ''}</td>
                  <td>{p.ok ? (p.member.fullName ?? '') : ''}</td>
                  <td>{p.ok ? (p.member.contact ?? '') : ''}</td>
                  <td>{p.ok ? 'Will be added' : `Refused. ${p.reason}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {toAdd.length > IMPORT_MEMBERS_MAX ? (
            <p className="field-error">At most {IMPORT_MEMBERS_MAX} members can be added at once; split the file.</p>
          ) : null}
          {toAdd.length === 0 ? <p className="empty">No row can be added. Check which column holds the display name.</p> : null}
          <button
            type="button"
            className="button button--primary"
            disabled={action.busy || toAdd.length === 0 || toAdd.length > IMPORT_MEMBERS_MAX}
            onClick={() => void add()}
          >
            Add {toAdd.length} {toAdd.length === 1 ? 'member' : 'members'}
          </button>
        </>
      ) : null}
    </section>
  );
}
