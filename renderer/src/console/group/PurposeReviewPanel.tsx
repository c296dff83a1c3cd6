import { useId, useState } from 'react';
import type { Group } from '#shared/domain/types';
import { REVIEW_ITEM_TITLE, REVIEW_SURVEY_TITLE } from '#shared/sustain/review';
import type { PurposeVersion } from '#shared/sustain/purpose';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { useLaptopLock } from '../laptop/use-laptop-lock';
import { ErrorText } from '../ui/ErrorText';
import { formatDay, todayIso } from '../../common/dates';

function adoptedOn(version: PurposeVersion): string {
  return version.adoptedAt === null
    ? 'before versions were kept'
    : `adopted ${new Date(version.adoptedAt).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

/** What changed from one version to the next, in words. */
function changesFrom(version: PurposeVersion, before: PurposeVersion | undefined): string {
  if (!before) return 'The first version.';
  const changed = [
    version.purpose !== before.purpose ? 'the purpose' : null,
    version.objectives.join('\n') !== before.objectives.join('\n') ? 'the objectives' : null,
  ].filter((c) => c !== null);
  return changed.length === 0 ? 'Reviewed, kept as it was.' : `Changed ${changed.join(' and ')}.`;
}

function RecordReviewForm({ group, onDone }: { group: Group; onDone: () => void }) {
  const api = useApi();
  const action = useAction();
  const surveys = useApiQuery('survey.list', { groupId: group.id });
  const reviewSurveys = (surveys.data ?? []).filter((s) => s.title === REVIEW_SURVEY_TITLE);
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
      <h3>Record the review</h3>
      <div className="field field--narrow">
        <label htmlFor={ids.date}>Held on</label>
        <input id={ids.date} type="date" value={date} max={todayIso()} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.purpose}>Purpose, as the group now words it</label>
        <textarea id={ids.purpose} rows={3} value={purpose} onChange={(e) => setPurpose(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.objectives}>Objectives, one per line</label>
        <textarea id={ids.objectives} rows={4} value={objectives} aria-describedby={ids.hint} onChange={(e) => setObjectives(e.target.value)} />
        <p id={ids.hint} className="field-hint">
          Leave both as they are if the group kept them: the review is still recorded. A changed word makes a new version; goals follow a reworded
          objective.
        </p>
      </div>
      {reviewSurveys.length > 0 ? (
        <div className="field field--narrow">
          <label htmlFor={ids.survey}>Questionnaire it used</label>
          <select id={ids.survey} value={surveyId} onChange={(e) => setSurveyId(e.target.value)}>
            <option value="">None</option>
            {reviewSurveys.map((s, i) => (
              <option key={s.id} value={s.id}>
                {s.title} ({String(i + 1)})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ErrorText message={action.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          Save the review
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          Cancel
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
      <h2 id="review-title">Reviewing our purpose</h2>
      <ErrorText message={status.error ?? versions.error} />
      {s ? (
        <p className={s.due ? 'review-due' : 'field-hint'} role="status">
          {s.due
            ? `A review is due: ${String(s.heldSince)} meetings since ${s.lastReview ? `the last one (${formatDay(s.lastReview)})` : 'the group began'}. The next planned meeting gets a “${REVIEW_ITEM_TITLE}” item (remove it from that meeting’s agenda to skip it).`
            : `Every ${String(s.every)} meetings. ${s.lastReview ? `Last reviewed ${formatDay(s.lastReview)}` : 'Not reviewed yet'}; the next is due in ${String(s.meetingsUntilDue)} ${s.meetingsUntilDue === 1 ? 'meeting' : 'meetings'}.`}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={action.busy}
          onClick={() =>
            void action.run(async () => {
              const survey = await api.call('review.createSurvey', { groupId: group.id });
              setMadeSurveyId(survey.id);
              return survey;
            })
          }
        >
          Make the review questionnaire
        </button>
        {madeSurveyId ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => start({ kind: 'survey', groupId: group.id, surveyId: madeSurveyId, answered: 0 })}
          >
            Pass the laptop round now
          </button>
        ) : null}
        {!recording ? (
          <button type="button" className="button" onClick={() => setRecording(true)}>
            Record a review
          </button>
        ) : null}
      </div>
      {madeSurveyId ? (
        <p className="field-hint">The questionnaire is on the Feedback page too; its answers show there once three people have answered.</p>
      ) : null}
      <ErrorText message={action.error} />
      {recording ? <RecordReviewForm group={group} onDone={() => setRecording(false)} /> : null}

      <h3>Versions</h3>
      {versions.data && list.length === 0 ? (
        <p className="empty">No purpose written yet. Add one in the profile; each change then keeps the old words here.</p>
      ) : null}
      <ol className="purpose-versions" reversed>
        {[...list].reverse().map((version) => {
          const before = list.find((v) => v.version === version.version - 1);
          return (
            <li key={version.version} aria-label={`Version ${String(version.version)}`}>
              <p className="purpose-versions__when">
                <strong>Version {version.version}</strong> · {adoptedOn(version)} · {changesFrom(version, before)}
              </p>
              <p className="purpose-versions__purpose">{version.purpose || <em>No purpose written</em>}</p>
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
      {s && s.reviews.length > 0 ? <p className="field-hint">Reviews held: {s.reviews.map((r) => formatDay(r.date)).join(', ')}.</p> : null}
    </section>
  );
}
