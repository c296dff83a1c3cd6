import { useId, useState } from 'react';
import type { Group } from '#shared/domain/types';
import type { GoalStatus, GroupGoal } from '#shared/sustain/goals';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { formatDay, todayIso } from '../../common/dates';

const STATUS_LABELS: Record<GoalStatus, string> = { on_track: 'On track', stuck: 'Stuck', met: 'Met', dropped: 'Dropped' };

/** One goal: what, how the group will know, by when, where it stands, and dated progress notes. */
function GoalCard({ goal }: { goal: GroupGoal }) {
  const api = useApi();
  const action = useAction();
  const [note, setNote] = useState('');
  const ids = { status: useId(), note: useId() };
  return (
    <article className="goal-card" aria-label={goal.what}>
      <div className="goal-card__head">
        <h4>{goal.what}</h4>
        <span className={`goal-status goal-status--${goal.status}`}>{STATUS_LABELS[goal.status]}</span>
      </div>
      <p className="field-hint">
        How we will know: {goal.measure}
        {goal.byWhen ? ` · by ${formatDay(goal.byWhen)}` : ''}
      </p>
      {goal.notes.length > 0 ? (
        <ul className="goal-notes" aria-label={`Progress on ${goal.what}`}>
          {[...goal.notes].reverse().map((n, i) => (
            <li key={`${n.date}-${String(i)}`}>
              <span className="goal-notes__date">{formatDay(n.date)}</span> {n.text}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="inline-form">
        <label htmlFor={ids.status}>Where it stands</label>
        <select
          id={ids.status}
          value={goal.status}
          onChange={(e) => void action.run(() => api.call('goal.update', { goalId: goal.id, status: e.target.value as GoalStatus }))}
        >
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run(async () => {
            const updated = await api.call('goal.addNote', { goalId: goal.id, text: note });
            setNote('');
            return updated;
          });
        }}
      >
        <label htmlFor={ids.note}>Progress note</label>
        <input id={ids.note} value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" className="button" disabled={action.busy}>
          Add note
        </button>
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete the goal ${goal.what}`}
          title={`Delete the goal “${goal.what}”?`}
          confirmLabel="Delete goal"
          onConfirm={() => void action.run(() => api.call('goal.delete', { goalId: goal.id }))}
        >
          <p>Its progress notes go with it. To keep the record, set it to “Dropped” instead.</p>
        </ConfirmButton>
      </form>
      <ErrorText message={action.error} />
    </article>
  );
}

function NewGoalForm({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
  const empty = { objective: group.objectives[0] ?? '', what: '', measure: '', byWhen: '' };
  const [draft, setDraft] = useState(empty);
  const ids = { objective: useId(), what: useId(), measure: useId(), byWhen: useId() };
  return (
    <form
      className="goal-form"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(async () => {
          const goal = await api.call('goal.create', {
            groupId: group.id,
            objective: draft.objective,
            what: draft.what,
            measure: draft.measure,
            byWhen: draft.byWhen === '' ? null : draft.byWhen,
          });
          setDraft({ ...empty, objective: draft.objective });
          return goal;
        });
      }}
    >
      <h3>A new goal</h3>
      <div className="field">
        <label htmlFor={ids.objective}>For the objective</label>
        <select id={ids.objective} value={draft.objective} onChange={(e) => setDraft({ ...draft, objective: e.target.value })}>
          {group.objectives.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.what}>What</label>
        <input
          id={ids.what}
          value={draft.what}
          maxLength={200}
          placeholder="For example: a newcomers’ evening each season"
          onChange={(e) => setDraft({ ...draft, what: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.measure}>How we will know</label>
        <input
          id={ids.measure}
          value={draft.measure}
          maxLength={200}
          placeholder="For example: four held this year"
          onChange={(e) => setDraft({ ...draft, measure: e.target.value })}
        />
      </div>
      <div className="field field--narrow">
        <label htmlFor={ids.byWhen}>By when (optional)</label>
        <input id={ids.byWhen} type="date" value={draft.byWhen} min={todayIso()} onChange={(e) => setDraft({ ...draft, byWhen: e.target.value })} />
      </div>
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          Add goal
        </button>
      </div>
    </form>
  );
}

/** The group's goals, each tied to one of its objectives. */
export function GoalsPanel({ group }: { group: Group }) {
  const goals = useApiQuery('goal.list', { groupId: group.id });
  const list = goals.data ?? [];
  const byObjective = [...group.objectives, null].map((objective) => ({
    objective,
    goals: list.filter((g) => (objective === null ? !group.objectives.includes(g.objective) : g.objective === objective)),
  }));
  return (
    <section className="panel" aria-labelledby="goals-title">
      <h2 id="goals-title">Goals</h2>
      <p className="field-hint">
        What the group wants to reach, tied to its objectives. The room can see them (Room screen → Purpose); progress notes stay here.
      </p>
      <ErrorText message={goals.error} />
      {goals.data && list.length === 0 ? <p className="empty">No goals yet. Add one below for an objective the group cares about now.</p> : null}
      {byObjective
        .filter((entry) => entry.goals.length > 0)
        .map((entry) => (
          <div key={entry.objective ?? 'other'} className="goal-group">
            <h3>{entry.objective ?? 'Other goals (their objective has changed)'}</h3>
            {entry.goals.map((goal) => (
              <GoalCard key={goal.id} goal={goal} />
            ))}
          </div>
        ))}
      {group.objectives.length > 0 ? (
        <NewGoalForm key={group.objectives.join('\n')} group={group} />
      ) : (
        <p className="empty">Goals hang on the group’s objectives: add an objective in the profile first.</p>
      )}
    </section>
  );
}
