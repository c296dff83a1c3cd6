import { useId, useState } from 'react';
import type { QuestionKind } from '#shared/feedback/surveys';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useT } from '../../common/i18n/I18nProvider';
import { ErrorText } from '../ui/ErrorText';

interface DraftQuestion {
  kind: QuestionKind;
  prompt: string;
  options: string;
}

const KINDS: QuestionKind[] = ['rating', 'yes_no', 'choice', 'text'];

/** Builds an anonymous survey from rating, yes/no, single-choice and free-text questions. */
export function SurveyBuilder({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const api = useApi();
  const action = useAction();
  const [title, setTitle] = useState('');
  const [questions, setQuestions] = useState<DraftQuestion[]>([{ kind: 'rating', prompt: '', options: '' }]);
  const titleId = useId();
  const t = useT();
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
        <label htmlFor={titleId}>{t('feedback.builder.title')}</label>
        <input id={titleId} value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('feedback.builder.titlePlaceholder')} />
      </div>
      <ol className="plain-list">
        {questions.map((q, index) => (
          <li key={index} className="survey-question">
            <select
              aria-label={t('feedback.builder.kindLabel', { number: index + 1 })}
              value={q.kind}
              onChange={(e) => update(index, { kind: e.target.value as QuestionKind })}
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t('feedback.builder.kind', { kind })}
                </option>
              ))}
            </select>
            <input
              aria-label={t('feedback.builder.question', { number: index + 1 })}
              value={q.prompt}
              placeholder={t('feedback.builder.questionPlaceholder')}
              onChange={(e) => update(index, { prompt: e.target.value })}
            />
            {q.kind === 'choice' ? (
              <textarea
                aria-label={t('feedback.builder.options', { number: index + 1 })}
                rows={3}
                value={q.options}
                placeholder={t('feedback.builder.optionsPlaceholder')}
                onChange={(e) => update(index, { options: e.target.value })}
              />
            ) : null}
            <button
              type="button"
              className="button"
              aria-label={t('feedback.builder.removeLabel', { number: index + 1 })}
              disabled={questions.length === 1}
              onClick={() => setQuestions((qs) => qs.filter((_, i) => i !== index))}
            >
              {t('feedback.builder.remove')}
            </button>
          </li>
        ))}
      </ol>
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="button" className="button" onClick={() => setQuestions((qs) => [...qs, { kind: 'text', prompt: '', options: '' }])}>
          {t('feedback.builder.add')}
        </button>
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {t('feedback.builder.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('feedback.builder.cancel')}
        </button>
      </div>
    </form>
  );
}
