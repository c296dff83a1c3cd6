import { useId, useState } from 'react';
import type { Group, Member, MemberStatus } from '#shared/domain/types';
import { currentRules } from '#shared/rules/ground-rules';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { MEMBER_STATUSES } from './labels';
import { formatCalendarDate } from '#shared/i18n/format';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
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
  const t = useT();
  const { locale } = useLocale();
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
    <div className="member-editor" role="group" aria-label={t('members.edit.label', { name: member.displayName })}>
      {member.erased ? (
        <p className="field-hint">{t('members.edit.erased')}</p>
      ) : (
        <div className="field">
          <label htmlFor={ids.name}>{t('members.edit.displayName')}</label>
          <input dir="auto" id={ids.name} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </div>
      )}
      <div className="field field--narrow">
        <label htmlFor={ids.status}>{t('members.edit.status')}</label>
        <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as MemberStatus)}>
          {MEMBER_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`members.status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {member.erased ? null : <MemberDetailsFields details={details} onChange={setDetails} />}
      <p className="field-hint">
        {member.agreement
          ? t('members.edit.agreed', { version: member.agreement.rulesVersion, date: formatCalendarDate(locale, member.agreement.date) })
          : t('members.edit.notAgreed')}
      </p>
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={action.busy} onClick={save}>
          {t('members.edit.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('members.edit.cancel')}
        </button>
        {rules && !member.erased && member.agreement?.rulesVersion !== rules.version ? (
          <button
            type="button"
            className="button"
            disabled={action.busy}
            onClick={() => void action.run(() => api.call('member.recordAgreement', { memberId: member.id }))}
          >
            {t('members.edit.recordAgreement', { version: rules.version })}
          </button>
        ) : null}
        {member.status === 'left' && !member.erased ? (
          <ConfirmButton
            label={t('members.erase.label')}
            title={t('members.erase.title', { name: member.displayName })}
            confirmLabel={t('members.erase.confirm')}
            onConfirm={() =>
              void action.run(async () => {
                const erased = await api.call('member.erase', { memberId: member.id });
                onDone();
                return erased;
              })
            }
          >
            <p>{t('members.erase.body')}</p>
          </ConfirmButton>
        ) : null}
      </div>
    </div>
  );
}
