import { useId, useState, type FormEvent } from 'react';
import type { MethodInput } from '#shared/contract/contract';
import type { Group } from '#shared/domain/types';
import type { FollowUp, MediationStep } from '#shared/sustain/follow-ups';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { CareDate } from './CareDate';

type StepInputs = NonNullable<MethodInput<'followUp.update'>['steps']>;

/** The steps as the contract takes them: sent whole, each keeping its id. */
const stepInputs = (steps: readonly MediationStep[]): StepInputs => steps.map(({ id, text, who, byWhen, done }) => ({ id, text, who, byWhen, done }));

/** What needs attention after a conflict, the steps towards mending it, and when it was resolved. */
export function FollowUpsPanel({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
  const followUps = useApiQuery('followUp.list', { groupId: group.id });
  const [concern, setConcern] = useState('');
  const ids = { concern: useId(), hint: useId() };
  const all = followUps.data ?? [];
  const open = all.filter((f) => f.closedOn === null);
  const closed = all.filter((f) => f.closedOn !== null);

  async function create(event: FormEvent) {
    event.preventDefault();
    const created = await action.run(() => api.call('followUp.create', { groupId: group.id, concern }));
    if (created) setConcern('');
  }

  return (
    <section className="panel care-panel" aria-labelledby="care-followups-title">
      <h2 id="care-followups-title">Follow-ups</h2>
      <p className="field-hint">After a disagreement or a worry: what needs attention, and the steps towards mending it.</p>
      <form className="care-form" onSubmit={(e) => void create(e)} noValidate>
        <label htmlFor={ids.concern}>What needs attention</label>
        <div className="inline-row">
          <input
            id={ids.concern}
            value={concern}
            placeholder="For example: a sharp exchange between two members"
            aria-invalid={action.error ? true : undefined}
            onChange={(e) => {
              setConcern(e.target.value);
              action.clearError();
            }}
          />
          <button type="submit" className="button button--primary" disabled={action.busy}>
            Add follow-up
          </button>
        </div>
        <ErrorText message={action.error} />
      </form>
      <ErrorText message={followUps.error} />
      {followUps.data && open.length === 0 ? (
        <p className="empty">Nothing open. When something comes up in a meeting that needs care afterwards, write it above.</p>
      ) : null}
      <ul className="care-cards" aria-label="Open follow-ups">
        {open.map((f) => (
          <FollowUpCard key={f.id} followUp={f} />
        ))}
      </ul>
      {closed.length > 0 ? (
        <details className="care-closed">
          <summary>Resolved ({closed.length})</summary>
          <ul className="care-cards" aria-label="Resolved follow-ups">
            {closed.map((f) => (
              <FollowUpCard key={f.id} followUp={f} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

function FollowUpCard({ followUp }: { followUp: FollowUp }) {
  const api = useApi();
  const action = useAction();
  const [text, setText] = useState('');
  const [who, setWho] = useState('');
  const [byWhen, setByWhen] = useState('');
  const ids = { text: useId(), who: useId(), by: useId(), title: useId() };
  const resolved = followUp.closedOn !== null;

  const update = (change: { steps?: StepInputs; resolved?: boolean }) =>
    action.run(() => api.call('followUp.update', { followUpId: followUp.id, ...change }));

  async function addStep(event: FormEvent) {
    event.preventDefault();
    const done = await update({ steps: [...stepInputs(followUp.steps), { text, who, byWhen: byWhen || null, done: false }] });
    if (done) {
      setText('');
      setWho('');
      setByWhen('');
      document.getElementById(ids.text)?.focus();
    }
  }

  return (
    <li className="care-card">
      <h3 className="care-card__title" id={ids.title}>
        {followUp.concern}
      </h3>
      <p className="field-hint">
        Opened <CareDate iso={followUp.openedOn} />
        {followUp.closedOn ? (
          <>
            , resolved <CareDate iso={followUp.closedOn} />
          </>
        ) : null}
      </p>
      {followUp.steps.length > 0 ? (
        <ul className="plain-list care-steps" aria-label={`Steps for: ${followUp.concern}`}>
          {followUp.steps.map((step) => (
            <li key={step.id} className="checkbox">
              <input
                id={`step-${step.id}`}
                type="checkbox"
                checked={step.done}
                disabled={action.busy}
                onChange={(e) =>
                  void update({ steps: stepInputs(followUp.steps).map((s) => (s.id === step.id ? { ...s, done: e.target.checked } : s)) })
                }
              />
              <label htmlFor={`step-${step.id}`} className={step.done ? 'care-step--done' : undefined}>
                {step.text} — <bdi>{step.who}</bdi>
                {step.byWhen ? (
                  <>
                    , by <CareDate iso={step.byWhen} />
                  </>
                ) : null}
              </label>
            </li>
          ))}
        </ul>
      ) : resolved ? null : (
        <p className="empty">No steps yet. Add the first one: who talks to whom, and by when.</p>
      )}
      {resolved ? null : (
        <form className="care-step-form" onSubmit={(e) => void addStep(e)} noValidate aria-label={`Add a step for: ${followUp.concern}`}>
          <div className="field care-step-form__what">
            <label htmlFor={ids.text}>Next step</label>
            <input id={ids.text} value={text} placeholder="For example: a quiet word after the meeting" onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="field care-step-form__who">
            <label htmlFor={ids.who}>Who</label>
            <input id={ids.who} value={who} placeholder="Name" onChange={(e) => setWho(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.by}>By when</label>
            <input id={ids.by} type="date" value={byWhen} onChange={(e) => setByWhen(e.target.value)} />
          </div>
          <button type="submit" className="button" disabled={action.busy}>
            Add step
          </button>
        </form>
      )}
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="button" className="button" disabled={action.busy} onClick={() => void update({ resolved: !resolved })}>
          {resolved ? 'Reopen' : 'Mark resolved'}
        </button>
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete follow-up: ${followUp.concern}`}
          title="Delete this follow-up?"
          confirmLabel="Delete follow-up"
          onConfirm={() => void action.run(() => api.call('followUp.delete', { followUpId: followUp.id }))}
        >
          <p>“{followUp.concern}” and its steps are removed for good. To keep a record of it, mark it resolved instead.</p>
        </ConfirmButton>
      </div>
    </li>
  );
}
