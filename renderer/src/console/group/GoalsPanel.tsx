import { useId, useState } from 'react';
import type { Group } from '#shared/domain/types';
import type { GoalStatus, GroupGoal } from '#shared/sustain/goals';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { todayIso } from '../../common/dates';
import { formatCalendarDate } from '#shared/i18n/format';
import { useLocale, useT } from '../../common/i18n/I18nProvider';

const STATUSES: readonly GoalStatus[] = ['on_track', 'stuck', 'met', 'dropped'];

/** One goal: what, how the group will know, by when, where it stands, and dated progress notes. */
function GoalCard({ goal }: { goal: GroupGoal }) {
  const t = useT();
  const { locale } = useLocale();
  const api = useApi();
  const action = useAction();
  const [note, setNote] = useState('');
  const ids = { status: useId(), note: useId() };
  return (
    <article className="goal-card" aria-label={goal.what}>
      <div className="goal-card__head">
        <h4>{goal.what}</h4>
        <span className={`goal-status goal-status--${goal.status}`}>{t(`group.goal.status.${goal.status}`)}</span>
      </div>
      <p className="field-hint">
        {goal.byWhen
          ? t('group.goal.measureBy', { measure: goal.measure, date: formatCalendarDate(locale, goal.byWhen) })
          : t('group.goal.measure', { measure: goal.measure })}
      </p>
      {goal.notes.length > 0 ? (
        <ul className="goal-notes" aria-label={t('group.goal.progressOn', { what: goal.what })}>
          {[...goal.notes].reverse().map((n, i) => (
            <li key={`${n.date}-${String(i)}`}>
              <span className="goal-notes__date">{formatCalendarDate(locale, n.date)}</span> {n.text}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="inline-form">
        <label htmlFor={ids.status}>{t('group.goal.whereItStands')}</label>
        <select
          id={ids.status}
          value={goal.status}
          onChange={(e) => void action.run(() => api.call('goal.update', { goalId: goal.id, status: e.target.value as GoalStatus }))}
        >
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`group.goal.status.${value}`)}
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
        <label htmlFor={ids.note}>{t('group.goal.progressNote')}</label>
        <input dir="auto" id={ids.note} value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" className="button" disabled={action.busy}>
          {t('group.goal.addNote')}
        </button>
        <ConfirmButton
          label={t('group.goal.delete')}
          ariaLabel={t('group.goal.deleteAria', { what: goal.what })}
          title={t('group.goal.deleteTitle', { what: goal.what })}
          confirmLabel={t('group.goal.deleteConfirm')}
          onConfirm={() => void action.run(() => api.call('goal.delete', { goalId: goal.id }))}
        >
          <p>{t('group.goal.deleteBody')}</p>
        </ConfirmButton>
      </form>
      <ErrorText message={action.error} />
    </article>
  );
}

function NewGoalForm({ group }: { group: Group }) {
  const t = useT();
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
      <h3>{t('group.newGoal.title')}</h3>
      <div className="field">
        <label htmlFor={ids.objective}>{t('group.newGoal.objective')}</label>
        <select id={ids.objective} value={draft.objective} onChange={(e) => setDraft({ ...draft, objective: e.target.value })}>
          {group.objectives.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.what}>{t('group.newGoal.what')}</label>
        <input
          dir="auto"
          id={ids.what}
          value={draft.what}
          maxLength={200}
          placeholder={t('group.newGoal.whatPlaceholder')}
          onChange={(e) => setDraft({ ...draft, what: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.measure}>{t('group.newGoal.measure')}</label>
        <input
          dir="auto"
          id={ids.measure}
          value={draft.measure}
          maxLength={200}
          placeholder={t('group.newGoal.measurePlaceholder')}
          onChange={(e) => setDraft({ ...draft, measure: e.target.value })}
        />
      </div>
      <div className="field field--narrow">
        <label htmlFor={ids.byWhen}>{t('group.newGoal.byWhen')}</label>
        <input id={ids.byWhen} type="date" value={draft.byWhen} min={todayIso()} onChange={(e) => setDraft({ ...draft, byWhen: e.target.value })} />
      </div>
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {t('group.newGoal.add')}
        </button>
      </div>
    </form>
  );
}

/** The group's goals, each tied to one of its objectives. */
export function GoalsPanel({ group }: { group: Group }) {
  const t = useT();
  const goals = useApiQuery('goal.list', { groupId: group.id });
  const list = goals.data ?? [];
  const byObjective = [...group.objectives, null].map((objective) => ({
    objective,
    goals: list.filter((g) => (objective === null ? !group.objectives.includes(g.objective) : g.objective === objective)),
  }));
  return (
    <section className="panel" aria-labelledby="goals-title">
      <h2 id="goals-title">{t('group.goals.title')}</h2>
      <p className="field-hint">{t('group.goals.hint')}</p>
      <ErrorText message={goals.error} />
      {goals.data && list.length === 0 ? <p className="empty">{t('group.goals.empty')}</p> : null}
      {byObjective
        .filter((entry) => entry.goals.length > 0)
        .map((entry) => (
          <div key={entry.objective ?? 'other'} className="goal-group">
            <h3>{entry.objective ?? t('group.goals.other')}</h3>
            {entry.goals.map((goal) => (
              <GoalCard key={goal.id} goal={goal} />
            ))}
          </div>
        ))}
      {group.objectives.length > 0 ? (
        <NewGoalForm key={group.objectives.join('\n')} group={group} />
      ) : (
        <p className="empty">{t('group.goals.noObjectives')}</p>
      )}
    </section>
  );
}
