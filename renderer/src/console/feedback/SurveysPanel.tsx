import { useState } from 'react';
import type { Group } from '#shared/domain/types';
import { MIN_RESPONSES_TO_SHOW } from '#shared/feedback/surveys';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { useLaptopLock } from '../laptop/use-laptop-lock';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { SurveyBuilder } from './SurveyBuilder';

function Results({ surveyId }: { surveyId: string }) {
  const results = useApiQuery('survey.results', { surveyId });
  const r = results.data;
  if (!r) return null;
  if (r.hidden) {
    return (
      <p className="empty">
        {r.responses} answer{r.responses === 1 ? '' : 's'} so far. Results show once at least {MIN_RESPONSES_TO_SHOW} people have answered, so nobody
        can be singled out.
      </p>
    );
  }
  return (
    <div className="survey-results" aria-label={`Results of ${r.title}`}>
      <p>{r.responses} answers.</p>
      {r.questions.map((q) => (
        <div key={q.id}>
          <h4>{q.prompt}</h4>
          {q.kind === 'text' ? (
            <ul>
              {q.texts.map((t, i) => (
                <li key={i}>{t}</li>
              ))}
            </ul>
          ) : (
            <p>
              {(q.kind === 'rating' ? ['1', '2', '3', '4', '5'] : q.kind === 'yes_no' ? ['Yes', 'No'] : q.options)
                .map((label, i) => `${label}: ${String(q.counts[i] ?? 0)}`)
                .join(' · ')}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}

/** Anonymous surveys: build one, run it in pass-the-laptop mode, read the results. */
export function SurveysPanel({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
  const surveys = useApiQuery('survey.list', { groupId: group.id });
  const [building, setBuilding] = useState(false);
  const { start } = useLaptopLock();

  return (
    <section className="panel" aria-labelledby="surveys-title">
      <h2 id="surveys-title">Anonymous surveys</h2>
      <p className="field-hint">Answers keep no name and no time beyond the date, and are stored in shuffled order.</p>
      {surveys.data && surveys.data.length === 0 && !building ? <p className="empty">No surveys yet.</p> : null}
      {(surveys.data ?? []).map((survey) => (
        <article key={survey.id} className="survey-card" aria-label={survey.title}>
          <h3>{survey.title}</h3>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => start({ kind: 'survey', groupId: group.id, surveyId: survey.id, answered: 0 })}
            >
              Run in pass-the-laptop mode
            </button>
            <ConfirmButton
              label="Delete"
              ariaLabel={`Delete survey ${survey.title}`}
              title={`Delete “${survey.title}” and its answers?`}
              confirmLabel="Delete survey"
              onConfirm={() => void action.run(() => api.call('survey.delete', { surveyId: survey.id }))}
            >
              <p>Its answers are deleted too. This cannot be undone.</p>
            </ConfirmButton>
          </div>
          <Results surveyId={survey.id} />
        </article>
      ))}
      <ErrorText message={action.error} />
      {building ? (
        <SurveyBuilder groupId={group.id} onDone={() => setBuilding(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setBuilding(true)}>
          New survey
        </button>
      )}
    </section>
  );
}
