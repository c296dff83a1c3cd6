import { useId, useState, type FormEvent } from 'react';
import type { Group, Member } from '#shared/domain/types';
import type { PersonalGoal, PersonalGoalStatus } from '#shared/sustain/goals';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { CareDate } from './CareDate';

const statusLabels: Record<PersonalGoalStatus, string> = { open: 'Working on it', reached: 'Reached', set_aside: 'Set aside' };
const AGREEMENT_NEEDED = 'Keep a personal goal only with the member’s agreement: ask them first, then tick the box.';

/** Goals members chose to share, kept only with their agreement, with a dated line now and then on how it goes. */
export function PersonalGoalsPanel({ group }: { group: Group }) {
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
      <h2 id="care-goals-title">Personal goals</h2>
      <p className="field-hint">A short goal a member chose to share with the group, kept only if they agree.</p>
      <form className="care-form" onSubmit={(e) => void add(e)} noValidate>
        <div className="care-goal-form">
          <div className="field">
            <label htmlFor={ids.member}>Member</label>
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
              <option value="">Choose a member</option>
              {current.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.displayName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.text}>Their goal</label>
            <input
              id={ids.text}
              value={text}
              placeholder="In their words, for example: sleep before midnight"
              onChange={(e) => setText(e.target.value)}
            />
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
          <label htmlFor={ids.agreed}>They agreed to keep this goal here</label>
        </div>
        <ErrorText message={memberMissing ? 'Choose the member whose goal it is.' : null} id={ids.memberError} />
        <ErrorText message={agreementError ? AGREEMENT_NEEDED : null} id={ids.agreementError} />
        <ErrorText message={action.error} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={action.busy}>
            Add goal
          </button>
        </div>
      </form>
      <ErrorText message={goals.error ?? members.error} />
      {goals.data && goals.data.length === 0 ? (
        <p className="empty">
          No personal goals yet. When a member shares one they would like the group to follow with them, ask if you may note it, then add it here.
        </p>
      ) : null}
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
            <span className="visually-hidden">{goal.text}: </span>Status
          </label>
          <select
            id={ids.status}
            value={goal.status}
            disabled={action.busy}
            onChange={(e) =>
              void action.run(() => api.call('personalGoal.update', { personalGoalId: goal.id, status: e.target.value as PersonalGoalStatus }))
            }
          >
            {Object.entries(statusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="field-hint">
        Agreed <CareDate iso={goal.agreedOn} />
      </p>
      {goal.checkIns.length > 0 ? (
        <ul className="care-checkins" aria-label={`Check-ins on: ${goal.text}`}>
          {goal.checkIns.map((c, i) => (
            <li key={`${c.date}-${String(i)}`}>
              <CareDate iso={c.date} /> — {c.text}
            </li>
          ))}
        </ul>
      ) : null}
      <form className="inline-form" onSubmit={(e) => void addCheckIn(e)} noValidate>
        <label htmlFor={ids.line}>
          <span className="visually-hidden">{goal.text}: </span>Check-in
        </label>
        <input id={ids.line} value={line} maxLength={140} placeholder="One line on how it is going" onChange={(e) => setLine(e.target.value)} />
        <button type="submit" className="button" disabled={action.busy}>
          Add check-in
        </button>
      </form>
      <ErrorText message={action.error} />
      <div className="button-row">
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete ${memberName}’s goal: ${goal.text}`}
          title="Delete this personal goal?"
          confirmLabel="Delete goal"
          onConfirm={() => void action.run(() => api.call('personalGoal.delete', { personalGoalId: goal.id }))}
        >
          <p>
            <bdi>{memberName}</bdi>’s goal “{goal.text}” and its check-ins are removed for good. Do this also when they take back their agreement.
          </p>
        </ConfirmButton>
      </div>
    </li>
  );
}
