import { useState } from 'react';
import type { Answer, Survey } from '#shared/feedback/surveys';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { formatNumber } from '#shared/i18n/format';
import { ErrorText } from '../ui/ErrorText';

/** One person's answers to a survey, sent without their name. */
export function SurveyForm({ survey, onDone }: { survey: Survey; onDone: () => void }) {
  const api = useApi();
  const action = useAction();
  const t = useT();
  const { locale } = useLocale();
  const [answers, setAnswers] = useState<Record<string, Answer | null>>({});
  const set = (id: string, value: Answer | null) => setAnswers((a) => ({ ...a, [id]: value }));
  return (
    <form
      className="survey-form"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(async () => {
          const result = await api.call('survey.respond', { surveyId: survey.id, answers });
          onDone();
          return result;
        });
      }}
    >
      <h2>{survey.title}</h2>
      {survey.questions.map((q) => (
        <fieldset key={q.id} className="survey-form__question">
          <legend>{q.prompt}</legend>
          {q.kind === 'rating' ? (
            <div className="choice-row">
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="choice">
                  <input type="radio" name={q.id} checked={answers[q.id] === n} onChange={() => set(q.id, n)} />
                  <span>{formatNumber(locale, n)}</span>
                </label>
              ))}
            </div>
          ) : q.kind === 'yes_no' ? (
            <div className="choice-row">
              {[
                { value: true, label: t('feedback.yes') },
                { value: false, label: t('feedback.no') },
              ].map((o) => (
                <label key={o.label} className="choice">
                  <input type="radio" name={q.id} checked={answers[q.id] === o.value} onChange={() => set(q.id, o.value)} />
                  <span>{o.label}</span>
                </label>
              ))}
            </div>
          ) : q.kind === 'choice' ? (
            <div className="choice-row">
              {q.options.map((o) => (
                <label key={o} className="choice">
                  <input type="radio" name={q.id} checked={answers[q.id] === o} onChange={() => set(q.id, o)} />
                  <span>{o}</span>
                </label>
              ))}
            </div>
          ) : (
            <textarea
              aria-label={q.prompt}
              rows={3}
              maxLength={2000}
              value={typeof answers[q.id] === 'string' ? (answers[q.id] as string) : ''}
              onChange={(e) => set(q.id, e.target.value)}
            />
          )}
        </fieldset>
      ))}
      <ErrorText message={action.error} />
      <button type="submit" className="button button--primary" disabled={action.busy}>
        {t('feedback.form.send')}
      </button>
    </form>
  );
}
