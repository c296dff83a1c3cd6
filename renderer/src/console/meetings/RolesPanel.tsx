import { useId } from 'react';
import type { Meeting, Member } from '#shared/domain/types';
import { ROLES, type Role, type RoleAssignment } from '#shared/roles/roles';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { isolate } from '../../common/i18n/isolate';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { useFormatDay } from '../../common/i18n/use-format-day';
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
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t('meetings.roles.role', { role })}</label>
      <select id={id} value={meeting.roles[role] ?? ''} onChange={(e) => onChange(role, e.target.value || null)}>
        <option value="">{t('meetings.roles.nobodyYet')}</option>
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
  const t = useT();
  const { locale } = useLocale();
  const formatDay = useFormatDay();
  const suggestion = useApiQuery('meeting.suggestRoles', { meetingId: meeting.id });
  const members = useApiQuery('member.list', { groupId: meeting.groupId });
  const current = (members.data ?? []).filter((m) => m.status !== 'left');
  const nameOf = (id: string | null) =>
    id === null ? t('meetings.roles.nobody') : (current.find((m) => m.id === id)?.displayName ?? t('meetings.roles.someoneWhoLeft'));
  const suggested = suggestion.data;
  const matches = suggested !== undefined && ROLES.every((r) => suggested[r] === meeting.roles[r]);

  const assign = (roles: RoleAssignment) => void action.run(() => api.call('meeting.assignRoles', { meetingId: meeting.id, roles }));

  return (
    <div className="roles" role="group" aria-label={t('meetings.roles.label', { date: formatDay(meeting.date, true) })}>
      <h4>{t('meetings.roles.title')}</h4>
      {suggested && !matches ? (
        <div className="suggestion" role="status">
          <p>
            {t('meetings.roles.suggested')}{' '}
            {ROLES.map((r, i) => (
              <span key={r}>
                {i > 0 ? ' · ' : null}
                {t('meetings.roles.role', { role: r })} <bdi>{nameOf(suggested[r])}</bdi>
              </span>
            ))}
          </p>
          <div className="button-row">
            <button type="button" className="button button--primary" disabled={action.busy} onClick={() => assign(suggested)}>
              {t('meetings.roles.accept')}
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
                {t('meetings.roles.skip', { name: isolate(nameOf(suggested[r])), role: r })}
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
          {t('meetings.roles.skipped', {
            list: new Intl.ListFormat(locale, { type: 'unit' }).format(
              meeting.roleDeclines.map((d) => t('meetings.roles.skippedOne', { name: isolate(nameOf(d.memberId)), role: d.role })),
            ),
          })}
        </p>
      ) : null}
      <ErrorText message={action.error} />
    </div>
  );
}
