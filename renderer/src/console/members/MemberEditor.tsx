import { useId, useState } from 'react';
import type { Group, Member, MemberStatus } from '#shared/domain/types';
import { currentRules } from '#shared/rules/ground-rules';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { statusLabels } from './labels';
import { MemberDetailsFields, type MemberDetails } from './MemberDetailsFields';

/** Everything about one member, edited in place. */
export function MemberEditor({
  member,
  group,
  onDone,
  onSaved,
}: {
  member: Member;
  group: Group;
  onDone: () => void;
  onSaved?: (before: Member, after: Member) => void;
}) {
  const api = useApi();
  const action = useAction();
  const ids = { name: useId(), status: useId() };
  const [displayName, setDisplayName] = useState(member.displayName);
  const [status, setStatus] = useState<MemberStatus>(member.status);
  const [details, setDetails] = useState<MemberDetails>({
    fullName: member.fullName ?? '',
    contact: member.contact ?? '',
    heardFrom: member.heardFrom,
    joinedOn: member.joinedOn,
    checkOnMe: member.checkOnMe,
    volunteersForRoles: member.volunteersForRoles,
  });
  const rules = currentRules(group.groundRules);

  const save = () =>
    void action.run(async () => {
      const result = await api.call('member.update', {
        memberId: member.id,
        ...(member.erased ? {} : { displayName, fullName: details.fullName || null, contact: details.contact || null }),
        status,
        heardFrom: details.heardFrom,
        joinedOn: details.joinedOn,
        checkOnMe: details.checkOnMe,
        volunteersForRoles: details.volunteersForRoles,
      });
      onSaved?.(member, result);
      onDone();
      return result;
    });

  return (
    <div className="member-editor" role="group" aria-label={`Edit ${member.displayName}`}>
      {member.erased ? (
        <p className="field-hint">This member’s personal details were erased after they left.</p>
      ) : (
        <div className="field">
          <label htmlFor={ids.name}>Display name</label>
          <input id={ids.name} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </div>
      )}
      <div className="field field--narrow">
        <label htmlFor={ids.status}>Status</label>
        <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as MemberStatus)}>
          {Object.entries(statusLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {member.erased ? null : <MemberDetailsFields details={details} onChange={setDetails} />}
      <p className="field-hint">
        {member.agreement
          ? `Agreed to the ground rules (version ${String(member.agreement.rulesVersion)}) on ${member.agreement.date}.`
          : 'Has not yet agreed to the ground rules.'}
      </p>
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={action.busy} onClick={save}>
          Save member
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        {rules && !member.erased && member.agreement?.rulesVersion !== rules.version ? (
          <button
            type="button"
            className="button"
            disabled={action.busy}
            onClick={() => void action.run(() => api.call('member.recordAgreement', { memberId: member.id }))}
          >
            Record agreement to rules v{rules.version} today
          </button>
        ) : null}
        {member.status === 'left' && !member.erased ? (
          <ConfirmButton
            label="Erase personal details"
            title={`Erase ${member.displayName}’s personal details?`}
            confirmLabel="Erase details"
            onConfirm={() =>
              void action.run(async () => {
                const erased = await api.call('member.erase', { memberId: member.id });
                onDone();
                return erased;
              })
            }
          >
            <p>
              Their display name, full name and contact details are removed for good. The group’s counts (members, joins and departures) stay as they
              are. This cannot be undone.
            </p>
          </ConfirmButton>
        ) : null}
      </div>
    </div>
  );
}
