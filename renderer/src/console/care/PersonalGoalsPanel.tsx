import { useId, useState, type FormEvent } from 'react';
import type { Group, Member } from '#shared/domain/types';
import type { PersonalGoal, PersonalGoalStatus } from '#shared/sustain/goals';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { CareDate } from './CareDate';
import { useT } from '../../common/i18n/I18nProvider';
import { richMessage } from '../i18n/rich';

const STATUSES: readonly PersonalGoalStatus[] = ['open', 'reached', 'set_aside'];

/** Goals members chose to share, kept only with their agreement, with a dated line now and then on how it goes. */
export function PersonalGoalsPanel({ group }: { group: Group }) {
  const t = useT();
  const api = useApi();
  const action = useAction();
  const members = useApiQuery('member.list', { groupId: group.id });
  const goals = useApiQuery('personalGoal.list', { groupId: group.id });
  const [memberId, setMemberId] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [text, setText] = useState('');
  const [agreementError, setAgreementError] = useState(false);
  const [memberMissing, setMemberMissing] = useState(false);
  const ids = { member: useId(), memberError: useId(), agreed: useId(), text: useId(), agreementError: useId() };
  const current = (members.data ?? []).filter((m) => m.status !== 'left' && !m.erased);
  const byMember = new Map<string, PersonalGoal[]>();
  for (const goal of goals.data ?? []) byMember.set(goal.memberId, [...(byMember.get(goal.memberId) ?? []), goal]);
  const withGoals = (members.data ?? []).filter((m) => byMember.has(m.id));

  async function add(event: FormEvent) {
    event.preventDefault();
    action.clearError();
    if (!memberId) {
      setMemberMissing(true);
      document.getElementById(ids.member)?.focus();
      return;
    }
    if (!agreed) {
      setAgreementError(true);
      document.getElementById(ids.agreed)?.focus();
      return;
    }
    const created = await action.run(() => api.call('personalGoal.create', { memberId, text, memberAgreed: true }));
    if (created) {
      setText('');
      setAgreed(false);
    }
  }

  return (
    <section className="panel care-panel" aria-labelledby="care-goals-title">
      <h2 id="care-goals-title">{t('care.goals.title')}</h2>
      <p className="field-hint">{t('care.goals.hint')}</p>
      <form className="care-form" onSubmit={(e) => void add(e)} noValidate>
        <div className="care-goal-form">
          <div className="field">
            <label htmlFor={ids.member}>{t('care.goals.member')}</label>
            <select
              id={ids.member}
              value={memberId}
              aria-invalid={memberMissing ? true : undefined}
              aria-describedby={memberMissing ? ids.memberError : undefined}
              onChange={(e) => {
                setMemberId(e.target.value);
                setMemberMissing(false);
              }}
            >
              <option value="">{t('care.goals.chooseMember')}</option>
              {current.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.displayName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.text}>{t('care.goals.text')}</label>
            <input dir="auto" id={ids.text} value={text} placeholder={t('care.goals.textPlaceholder')} onChange={(e) => setText(e.target.value)} />
          </div>
        </div>
        <div className="checkbox">
          <input
            id={ids.agreed}
            type="checkbox"
            checked={agreed}
            aria-invalid={agreementError ? true : undefined}
            aria-describedby={agreementError ? ids.agreementError : undefined}
            onChange={(e) => {
              setAgreed(e.target.checked);
              if (e.target.checked) setAgreementError(false);
            }}
          />
          <label htmlFor={ids.agreed}>{t('care.goals.agreed')}</label>
        </div>
        <ErrorText message={memberMissing ? t('care.goals.memberMissing') : null} id={ids.memberError} />
        <ErrorText message={agreementError ? t('care.goals.agreementNeeded') : null} id={ids.agreementError} />
        <ErrorText message={action.error} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={action.busy}>
            {t('care.goals.add')}
          </button>
        </div>
      </form>
      <ErrorText message={goals.error ?? members.error} />
      {goals.data && goals.data.length === 0 ? <p className="empty">{t('care.goals.empty')}</p> : null}
      {withGoals.map((member) => (
        <MemberGoals key={member.id} member={member} goals={byMember.get(member.id) ?? []} />
      ))}
    </section>
  );
}

function MemberGoals({ member, goals }: { member: Member; goals: PersonalGoal[] }) {
  const titleId = useId();
  return (
    <div className="care-member-goals">
      <h3 id={titleId}>
        <bdi>{member.displayName}</bdi>
      </h3>
      <ul className="care-cards" aria-labelledby={titleId}>
        {goals.map((goal) => (
          <GoalCard key={goal.id} goal={goal} memberName={member.displayName} />
        ))}
      </ul>
    </div>
  );
}

function GoalCard({ goal, memberName }: { goal: PersonalGoal; memberName: string }) {
  const t = useT();
  const api = useApi();
  const action = useAction();
  const [line, setLine] = useState('');
  const ids = { status: useId(), line: useId() };

  async function addCheckIn(event: FormEvent) {
    event.preventDefault();
    const added = await action.run(() => api.call('personalGoal.addCheckIn', { personalGoalId: goal.id, text: line }));
    if (added) setLine('');
  }

  return (
    <li className="care-card">
      <div className="care-goal__head">
        <p className="care-card__title">{goal.text}</p>
        <div className="care-goal__status">
          <label htmlFor={ids.status}>
            <span className="visually-hidden">{t('care.namePrefix', { name: goal.text })}</span>
            {t('care.goal.status')}
          </label>
          <select
            id={ids.status}
            value={goal.status}
            disabled={action.busy}
            onChange={(e) =>
              void action.run(() => api.call('personalGoal.update', { personalGoalId: goal.id, status: e.target.value as PersonalGoalStatus }))
            }
          >
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`care.goal.status.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="field-hint">{richMessage(t, 'care.goal.agreedOn', { date: <CareDate iso={goal.agreedOn} /> })}</p>
      {goal.checkIns.length > 0 ? (
        <ul className="care-checkins" aria-label={t('care.goal.checkInsOn', { goal: goal.text })}>
          {goal.checkIns.map((c, i) => (
            <li key={`${c.date}-${String(i)}`}>
              <CareDate iso={c.date} /> — {c.text}
            </li>
          ))}
        </ul>
      ) : null}
      <form className="inline-form" onSubmit={(e) => void addCheckIn(e)} noValidate>
        <label htmlFor={ids.line}>
          <span className="visually-hidden">{t('care.namePrefix', { name: goal.text })}</span>
          {t('care.goal.checkIn')}
        </label>
        <input
          dir="auto"
          id={ids.line}
          value={line}
          maxLength={140}
          placeholder={t('care.goal.checkInPlaceholder')}
          onChange={(e) => setLine(e.target.value)}
        />
        <button type="submit" className="button" disabled={action.busy}>
          {t('care.goal.addCheckIn')}
        </button>
      </form>
      <ErrorText message={action.error} />
      <div className="button-row">
        <ConfirmButton
          label={t('care.delete')}
          ariaLabel={t('care.goal.deleteAria', { name: memberName, goal: goal.text })}
          title={t('care.goal.deleteTitle')}
          confirmLabel={t('care.goal.deleteConfirm')}
          onConfirm={() => void action.run(() => api.call('personalGoal.delete', { personalGoalId: goal.id }))}
        >
          <p>{richMessage(t, 'care.goal.deleteBody', { name: <bdi>{memberName}</bdi> }, { goal: goal.text })}</p>
        </ConfirmButton>
      </div>
    </li>
  );
}
