import { useId, useState } from 'react';
import type { Group } from '#shared/domain/types';
import { REVIEW_SURVEY_TITLE } from '#shared/sustain/review';
import type { PurposeVersion } from '#shared/sustain/purpose';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { useLaptopLock } from '../laptop/use-laptop-lock';
import { ErrorText } from '../ui/ErrorText';
import { todayIso } from '../../common/dates';
import { formatCalendarDate } from '#shared/i18n/format';
import type { Locale } from '#shared/i18n/locales';
import type { Translate } from '#shared/i18n/translator';
import { useLocale, useT } from '../../common/i18n/I18nProvider';

function adoptedOn(t: Translate, locale: Locale, version: PurposeVersion): string {
  return version.adoptedAt === null
    ? t('group.review.beforeVersions')
    : t('group.review.adopted', {
        date: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(version.adoptedAt)),
      });
}

/** What changed from one version to the next, in words. */
function changesFrom(t: Translate, version: PurposeVersion, before: PurposeVersion | undefined): string {
  if (!before) return t('group.review.firstVersion');
  const purpose = version.purpose !== before.purpose;
  const objectives = version.objectives.join('\n') !== before.objectives.join('\n');
  const changed = purpose && objectives ? 'both' : purpose ? 'purpose' : objectives ? 'objectives' : 'none';
  return t('group.review.changed', { changed });
}

function RecordReviewForm({ group, onDone }: { group: Group; onDone: () => void }) {
  const t = useT();
  const api = useApi();
  const action = useAction();
  const surveys = useApiQuery('survey.list', { groupId: group.id });
  // A review questionnaire is known by its title: the English one, or the one in the console's language.
  const reviewSurveys = (surveys.data ?? []).filter((s) => s.title === REVIEW_SURVEY_TITLE || s.title === t('content.review.surveyTitle'));
  const [date, setDate] = useState(todayIso());
  const [purpose, setPurpose] = useState(group.purpose);
  const [objectives, setObjectives] = useState(group.objectives.join('\n'));
  const [surveyId, setSurveyId] = useState(reviewSurveys[reviewSurveys.length - 1]?.id ?? '');
  const ids = { date: useId(), purpose: useId(), objectives: useId(), survey: useId(), hint: useId() };
  return (
    <form
      className="review-form"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(async () => {
          const result = await api.call('review.record', {
            groupId: group.id,
            date,
            purpose,
            objectives: objectives
              .split('\n')
              .map((o) => o.trim())
              .filter((o) => o !== ''),
            surveyId: surveyId === '' ? null : surveyId,
          });
          onDone();
          return result;
        });
      }}
    >
      <h3>{t('group.review.recordTitle')}</h3>
      <div className="field field--narrow">
        <label htmlFor={ids.date}>{t('group.review.heldOn')}</label>
        <input id={ids.date} type="date" value={date} max={todayIso()} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.purpose}>{t('group.review.purpose')}</label>
        <textarea dir="auto" id={ids.purpose} rows={3} value={purpose} onChange={(e) => setPurpose(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.objectives}>{t('group.review.objectives')}</label>
        <textarea
          dir="auto"
          id={ids.objectives}
          rows={4}
          value={objectives}
          aria-describedby={ids.hint}
          onChange={(e) => setObjectives(e.target.value)}
        />
        <p id={ids.hint} className="field-hint">
          {t('group.review.objectivesHint')}
        </p>
      </div>
      {reviewSurveys.length > 0 ? (
        <div className="field field--narrow">
          <label htmlFor={ids.survey}>{t('group.review.survey')}</label>
          <select id={ids.survey} value={surveyId} onChange={(e) => setSurveyId(e.target.value)}>
            <option value="">{t('group.review.surveyNone')}</option>
            {reviewSurveys.map((s, i) => (
              <option key={s.id} value={s.id}>
                {t('group.review.surveyOption', { title: s.title, n: i + 1 })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {t('group.review.save')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('group.review.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * The periodic review of the group's purpose and goals: when it is due, the
 * anonymous questionnaire to pass round, the outcome, and every version of
 * the purpose and objectives with what changed and when.
 */
export function PurposeReviewPanel({ group }: { group: Group }) {
  const t = useT();
  const { locale } = useLocale();
  const api = useApi();
  const action = useAction();
  const { start } = useLaptopLock();
  const status = useApiQuery('review.status', { groupId: group.id });
  const versions = useApiQuery('purpose.versions', { groupId: group.id });
  const [recording, setRecording] = useState(false);
  const [madeSurveyId, setMadeSurveyId] = useState<string | null>(null);
  const s = status.data;
  const list = versions.data ?? [];

  return (
    <section className="panel" aria-labelledby="review-title">
      <h2 id="review-title">{t('group.review.title')}</h2>
      <ErrorText message={status.error ?? versions.error} />
      {s ? (
        <p className={s.due ? 'review-due' : 'field-hint'} role="status">
          {s.due
            ? t('group.review.due', {
                held: s.heldSince,
                last: s.lastReview ? formatCalendarDate(locale, s.lastReview) : 'none',
                item: t('content.review.itemTitle'),
              })
            : t('group.review.notDue', {
                every: s.every,
                last: s.lastReview ? formatCalendarDate(locale, s.lastReview) : 'none',
                until: s.meetingsUntilDue,
              })}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={action.busy}
          onClick={() =>
            void action.run(async () => {
              const survey = await api.call('review.createSurvey', { groupId: group.id, language: locale });
              setMadeSurveyId(survey.id);
              return survey;
            })
          }
        >
          {t('group.review.makeSurvey')}
        </button>
        {madeSurveyId ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => start({ kind: 'survey', groupId: group.id, surveyId: madeSurveyId, answered: 0 })}
          >
            {t('group.review.passLaptop')}
          </button>
        ) : null}
        {!recording ? (
          <button type="button" className="button" onClick={() => setRecording(true)}>
            {t('group.review.record')}
          </button>
        ) : null}
      </div>
      {madeSurveyId ? <p className="field-hint">{t('group.review.surveyMade')}</p> : null}
      <ErrorText message={action.error} />
      {recording ? <RecordReviewForm group={group} onDone={() => setRecording(false)} /> : null}

      <h3>{t('group.review.versions')}</h3>
      {versions.data && list.length === 0 ? <p className="empty">{t('group.review.noPurpose')}</p> : null}
      <ol className="purpose-versions" reversed>
        {[...list].reverse().map((version) => {
          const before = list.find((v) => v.version === version.version - 1);
          return (
            <li key={version.version} aria-label={t('group.review.version', { version: version.version })}>
              <p className="purpose-versions__when">
                <strong>{t('group.review.version', { version: version.version })}</strong> · {adoptedOn(t, locale, version)} ·{' '}
                {changesFrom(t, version, before)}
              </p>
              <p className="purpose-versions__purpose">{version.purpose || <em>{t('group.review.noPurposeWritten')}</em>}</p>
              {version.objectives.length > 0 ? (
                <ul>
                  {version.objectives.map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
      {s && s.reviews.length > 0 ? (
        <p className="field-hint">
          {t('group.review.held', {
            dates: new Intl.ListFormat(locale, { type: 'unit' }).format(s.reviews.map((r) => formatCalendarDate(locale, r.date))),
          })}
        </p>
      ) : null}
    </section>
  );
}
