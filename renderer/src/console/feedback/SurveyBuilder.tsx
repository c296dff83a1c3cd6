import { useId, useState } from 'react';
import type { QuestionKind } from '#shared/feedback/surveys';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';

interface DraftQuestion {
  kind: QuestionKind;
  prompt: string;
  options: string;
}

const kindLabels: Record<QuestionKind, string> = { rating: 'Rating 1–5', yes_no: 'Yes or no', choice: 'Single choice', text: 'Free text' };

/** Builds an anonymous survey from rating, yes/no, single-choice and free-text questions. */
export function SurveyBuilder({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const api = useApi();
  const action = useAction();
  const [title, setTitle] = useState('');
  const [questions, setQuestions] = useState<DraftQuestion[]>([{ kind: 'rating', prompt: '', options: '' }]);
  const titleId = useId();
  const update = (index: number, patch: Partial<DraftQuestion>) => setQuestions((qs) => qs.map((q, i) => (i === index ? { ...q, ...patch } : q)));

  return (
    <form
      className="form-grid survey-builder"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(async () => {
          const survey = await api.call('survey.create', {
            groupId,
            title,
            questions: questions.map((q) => ({
              kind: q.kind,
              prompt: q.prompt,
              ...(q.kind === 'choice'
                ? {
                    options: q.options
                      .split('\n')
                      .map((o) => o.trim())
                      .filter(Boolean),
                  }
                : {}),
            })),
          });
          onDone();
          return survey;
        });
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor={titleId}>Survey title</label>
        <input id={titleId} value={title} onChange={(e) => setTitle(e.target.value)} placeholder="For example: How are our meetings going?" />
      </div>
      <ol className="plain-list">
        {questions.map((q, index) => (
          <li key={index} className="survey-question">
            <select
              aria-label={`Kind of question ${String(index + 1)}`}
              value={q.kind}
              onChange={(e) => update(index, { kind: e.target.value as QuestionKind })}
            >
              {Object.entries(kindLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <input
              aria-label={`Question ${String(index + 1)}`}
              value={q.prompt}
              placeholder="The question"
              onChange={(e) => update(index, { prompt: e.target.value })}
            />
            {q.kind === 'choice' ? (
              <textarea
                aria-label={`Options for question ${String(index + 1)}, one per line`}
                rows={3}
                value={q.options}
                placeholder="One option per line"
                onChange={(e) => update(index, { options: e.target.value })}
              />
            ) : null}
            <button
              type="button"
              className="button"
              aria-label={`Remove question ${String(index + 1)}`}
              disabled={questions.length === 1}
              onClick={() => setQuestions((qs) => qs.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="button" className="button" onClick={() => setQuestions((qs) => [...qs, { kind: 'text', prompt: '', options: '' }])}>
          Add question
        </button>
        <button type="submit" className="button button--primary" disabled={action.busy}>
          Save survey
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
