import { useState } from 'react';
import type { Group } from '#shared/domain/types';
import { MIN_RESPONSES_TO_SHOW } from '#shared/feedback/surveys';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { formatNumber } from '#shared/i18n/format';
import { useApiQuery } from '../data/use-api-query';
import { useLaptopLock } from '../laptop/use-laptop-lock';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { SurveyBuilder } from './SurveyBuilder';

function Results({ surveyId }: { surveyId: string }) {
  const results = useApiQuery('survey.results', { surveyId });
  const r = results.data;
  const t = useT();
  const { locale } = useLocale();
  if (!r) return null;
  if (r.hidden) {
    return <p className="empty">{t('feedback.results.hidden', { count: r.responses, min: MIN_RESPONSES_TO_SHOW })}</p>;
  }
  return (
    <div className="survey-results" aria-label={t('feedback.results.label', { title: r.title })}>
      <p>{t('feedback.results.count', { count: r.responses })}</p>
      {r.questions.map((q) => (
        <div key={q.id}>
          <h4>{q.prompt}</h4>
          {q.kind === 'text' ? (
            <ul>
              {q.texts.map((text, i) => (
                <li key={i}>{text}</li>
              ))}
            </ul>
          ) : (
            <p>
              {(q.kind === 'rating'
                ? [1, 2, 3, 4, 5].map((n) => formatNumber(locale, n))
                : q.kind === 'yes_no'
                  ? [t('feedback.yes'), t('feedback.no')]
                  : q.options
              )
                .map((label, i) => t('feedback.results.countOf', { label, count: q.counts[i] ?? 0 }))
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
  const t = useT();

  return (
    <section className="panel" aria-labelledby="surveys-title">
      <h2 id="surveys-title">{t('feedback.surveys.title')}</h2>
      <p className="field-hint">{t('feedback.surveys.hint')}</p>
      {surveys.data && surveys.data.length === 0 && !building ? <p className="empty">{t('feedback.surveys.none')}</p> : null}
      {(surveys.data ?? []).map((survey) => (
        <article key={survey.id} className="survey-card" aria-label={survey.title}>
          <h3>{survey.title}</h3>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => start({ kind: 'survey', groupId: group.id, surveyId: survey.id, answered: 0 })}
            >
              {t('feedback.surveys.run')}
            </button>
            <ConfirmButton
              label={t('feedback.surveys.delete')}
              ariaLabel={t('feedback.surveys.deleteLabel', { title: survey.title })}
              title={t('feedback.surveys.deleteTitle', { title: survey.title })}
              confirmLabel={t('feedback.surveys.deleteConfirm')}
              onConfirm={() => void action.run(() => api.call('survey.delete', { surveyId: survey.id }))}
            >
              <p>{t('feedback.surveys.deleteBody')}</p>
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
          {t('feedback.surveys.new')}
        </button>
      )}
    </section>
  );
}
