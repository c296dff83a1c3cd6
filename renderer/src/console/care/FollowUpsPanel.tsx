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
import { useT } from '../../common/i18n/I18nProvider';
import { richMessage } from '../i18n/rich';

type StepInputs = NonNullable<MethodInput<'followUp.update'>['steps']>;

/** The steps as the contract takes them: sent whole, each keeping its id. */
const stepInputs = (steps: readonly MediationStep[]): StepInputs => steps.map(({ id, text, who, byWhen, done }) => ({ id, text, who, byWhen, done }));

/** What needs attention after a conflict, the steps towards mending it, and when it was resolved. */
export function FollowUpsPanel({ group }: { group: Group }) {
  const t = useT();
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
      <h2 id="care-followups-title">{t('care.followUps.title')}</h2>
      <p className="field-hint">{t('care.followUps.hint')}</p>
      <form className="care-form" onSubmit={(e) => void create(e)} noValidate>
        <label htmlFor={ids.concern}>{t('care.followUps.concern')}</label>
        <div className="inline-row">
          <input
            dir="auto"
            id={ids.concern}
            value={concern}
            placeholder={t('care.followUps.concernPlaceholder')}
            aria-invalid={action.error ? true : undefined}
            onChange={(e) => {
              setConcern(e.target.value);
              action.clearError();
            }}
          />
          <button type="submit" className="button button--primary" disabled={action.busy}>
            {t('care.followUps.add')}
          </button>
        </div>
        <ErrorText message={action.error} />
      </form>
      <ErrorText message={followUps.error} />
      {followUps.data && open.length === 0 ? <p className="empty">{t('care.followUps.empty')}</p> : null}
      <ul className="care-cards" aria-label={t('care.followUps.open')}>
        {open.map((f) => (
          <FollowUpCard key={f.id} followUp={f} />
        ))}
      </ul>
      {closed.length > 0 ? (
        <details className="care-closed">
          <summary>{t('care.followUps.resolvedCount', { count: closed.length })}</summary>
          <ul className="care-cards" aria-label={t('care.followUps.resolved')}>
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
  const t = useT();
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
        {followUp.closedOn
          ? richMessage(t, 'care.followUp.openedResolved', {
              opened: <CareDate iso={followUp.openedOn} />,
              resolved: <CareDate iso={followUp.closedOn} />,
            })
          : richMessage(t, 'care.followUp.opened', { opened: <CareDate iso={followUp.openedOn} /> })}
      </p>
      {followUp.steps.length > 0 ? (
        <ul className="plain-list care-steps" aria-label={t('care.followUp.steps', { concern: followUp.concern })}>
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
                {step.byWhen
                  ? richMessage(t, 'care.step.labelBy', { who: <bdi>{step.who}</bdi>, date: <CareDate iso={step.byWhen} /> }, { text: step.text })
                  : richMessage(t, 'care.step.label', { who: <bdi>{step.who}</bdi> }, { text: step.text })}
              </label>
            </li>
          ))}
        </ul>
      ) : resolved ? null : (
        <p className="empty">{t('care.followUp.noSteps')}</p>
      )}
      {resolved ? null : (
        <form
          className="care-step-form"
          onSubmit={(e) => void addStep(e)}
          noValidate
          aria-label={t('care.followUp.addStepFor', { concern: followUp.concern })}
        >
          <div className="field care-step-form__what">
            <label htmlFor={ids.text}>{t('care.step.next')}</label>
            <input dir="auto" id={ids.text} value={text} placeholder={t('care.step.nextPlaceholder')} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="field care-step-form__who">
            <label htmlFor={ids.who}>{t('care.step.who')}</label>
            <input dir="auto" id={ids.who} value={who} placeholder={t('care.step.whoPlaceholder')} onChange={(e) => setWho(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.by}>{t('care.step.byWhen')}</label>
            <input id={ids.by} type="date" value={byWhen} onChange={(e) => setByWhen(e.target.value)} />
          </div>
          <button type="submit" className="button" disabled={action.busy}>
            {t('care.step.add')}
          </button>
        </form>
      )}
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="button" className="button" disabled={action.busy} onClick={() => void update({ resolved: !resolved })}>
          {resolved ? t('care.followUp.reopen') : t('care.followUp.markResolved')}
        </button>
        <ConfirmButton
          label={t('care.delete')}
          ariaLabel={t('care.followUp.deleteAria', { concern: followUp.concern })}
          title={t('care.followUp.deleteTitle')}
          confirmLabel={t('care.followUp.deleteConfirm')}
          onConfirm={() => void action.run(() => api.call('followUp.delete', { followUpId: followUp.id }))}
        >
          <p>{t('care.followUp.deleteBody', { concern: followUp.concern })}</p>
        </ConfirmButton>
      </div>
    </li>
  );
}
