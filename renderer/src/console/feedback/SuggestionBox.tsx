import type { Group } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useT } from '../../common/i18n/I18nProvider';
import { useFormatDay } from '../../common/i18n/use-format-day';
import { useApiQuery } from '../data/use-api-query';
import { NameForm } from '../NameForm';
import { ErrorText } from '../ui/ErrorText';
import { Suggestion } from '#shared/feedback/suggestions';

const SuggestionText = Suggestion.shape.text;

/** Anonymous suggestions at any time, each marked new, discussed (at which meeting) or done. */
export function SuggestionBox({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
  const t = useT();
  const formatDay = useFormatDay();
  const suggestions = useApiQuery('suggestion.list', { groupId: group.id });
  const meetings = useApiQuery('meeting.list', { groupId: group.id });
  const history = useApiQuery('meeting.history', { groupId: group.id });
  const past = (history.data ?? []).filter((m) => m.status === 'ended');
  // "Discussed" means at the meeting under way, or else at the last one held.
  const latestId = (meetings.data ?? []).find((m) => m.status === 'live')?.id ?? past[0]?.meetingId;
  const dateOf = (id: string) => (meetings.data ?? []).find((m) => m.id === id)?.date ?? past.find((m) => m.meetingId === id)?.date ?? '';

  const discussedTag = (date: string) =>
    date ? t('feedback.suggestions.discussedOn', { date: formatDay(date) }) : t('feedback.suggestions.discussed');

  return (
    <section className="panel" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('feedback.suggestions.title')}</h2>
      <NameForm
        label={t('feedback.suggestions.label')}
        submitLabel={t('feedback.suggestions.add')}
        schema={SuggestionText}
        hint={t('feedback.suggestions.hint')}
        clearOnSuccess
        onSubmit={(text) => api.call('suggestion.add', { groupId: group.id, text })}
      />
      {suggestions.data && suggestions.data.length === 0 ? <p className="empty">{t('feedback.suggestions.empty')}</p> : null}
      <ul className="plain-list" aria-label={t('feedback.suggestions.list')}>
        {(suggestions.data ?? []).map((s) => (
          <li key={s.id} className="suggestion-row">
            <span>{s.text}</span>
            <select
              aria-label={t('feedback.suggestions.status', { text: s.text.slice(0, 40) })}
              value={s.status}
              onChange={(e) =>
                void action.run(() =>
                  api.call('suggestion.update', {
                    suggestionId: s.id,
                    status: e.target.value as 'new' | 'discussed' | 'done',
                    ...(e.target.value === 'discussed' && latestId ? { meetingId: latestId } : {}),
                  }),
                )
              }
            >
              <option value="new">{t('feedback.suggestions.new')}</option>
              <option value="discussed">{t('feedback.suggestions.discussed')}</option>
              <option value="done">{t('feedback.suggestions.done')}</option>
            </select>
            {s.discussedInMeetingId ? <span className="tag">{discussedTag(dateOf(s.discussedInMeetingId))}</span> : null}
          </li>
        ))}
      </ul>
      <ErrorText message={action.error} />
    </section>
  );
}
