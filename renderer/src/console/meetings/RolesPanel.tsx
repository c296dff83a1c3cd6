import { useId } from 'react';
import type { Meeting, Member } from '#shared/domain/types';
import { roleLabels, ROLES, type Role, type RoleAssignment } from '#shared/roles/roles';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ErrorText } from '../ui/ErrorText';

function RoleSelect({
  role,
  meeting,
  members,
  onChange,
}: {
  role: Role;
  meeting: Meeting;
  members: Member[];
  onChange: (role: Role, memberId: string | null) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{roleLabels[role]}</label>
      <select id={id} value={meeting.roles[role] ?? ''} onChange={(e) => onChange(role, e.target.value || null)}>
        <option value="">Nobody yet</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The rotating roles of one meeting: the suggestion (least recent holder,
 * no newcomers unless they volunteer), accepting it, skipping someone, or
 * choosing by hand (a swap is just two choices).
 */
export function RolesPanel({ meeting }: { meeting: Meeting }) {
  const api = useApi();
  const action = useAction();
  const suggestion = useApiQuery('meeting.suggestRoles', { meetingId: meeting.id });
  const members = useApiQuery('member.list', { groupId: meeting.groupId });
  const current = (members.data ?? []).filter((m) => m.status !== 'left');
  const nameOf = (id: string | null) => (id === null ? 'nobody' : (current.find((m) => m.id === id)?.displayName ?? 'someone who left'));
  const suggested = suggestion.data;
  const matches = suggested !== undefined && ROLES.every((r) => suggested[r] === meeting.roles[r]);

  const assign = (roles: RoleAssignment) => void action.run(() => api.call('meeting.assignRoles', { meetingId: meeting.id, roles }));

  return (
    <div className="roles" role="group" aria-label={`Roles for ${meeting.date}`}>
      <h4>Roles</h4>
      {suggested && !matches ? (
        <div className="suggestion" role="status">
          <p>Suggested: {ROLES.map((r) => `${roleLabels[r]} ${nameOf(suggested[r])}`).join(' · ')}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={action.busy} onClick={() => assign(suggested)}>
              Accept suggested roles
            </button>
            {ROLES.filter((r) => suggested[r] !== null).map((r) => (
              <button
                key={r}
                type="button"
                className="button"
                disabled={action.busy}
                onClick={() =>
                  void action.run(() => api.call('meeting.declineRole', { meetingId: meeting.id, role: r, memberId: suggested[r] as string }))
                }
              >
                Skip {nameOf(suggested[r])} as {roleLabels[r].toLowerCase()}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      <div className="roles-grid">
        {ROLES.map((role) => (
          <RoleSelect key={role} role={role} meeting={meeting} members={current} onChange={(r, id) => assign({ ...meeting.roles, [r]: id })} />
        ))}
      </div>
      {meeting.roleDeclines.length > 0 ? (
        <p className="field-hint">
          Skipped this time: {meeting.roleDeclines.map((d) => `${nameOf(d.memberId)} (${roleLabels[d.role].toLowerCase()})`).join(', ')}.
        </p>
      ) : null}
      <ErrorText message={action.error} />
    </div>
  );
}
