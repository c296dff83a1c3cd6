import type { Group, Meeting } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { useFormatDay } from '../../common/i18n/use-format-day';
import { AgendaEditor } from '../agendas/AgendaEditor';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { formatMeetingTime } from './format';
import { RolesPanel } from './RolesPanel';

/** One planned meeting: its own copy of the agenda, and its roles. */
export function MeetingCard({ meeting, group }: { meeting: Meeting; group: Group }) {
  const api = useApi();
  const action = useAction();
  const t = useT();
  const { locale } = useLocale();
  const formatDay = useFormatDay();
  const title = formatMeetingTime(meeting.startsAt, group.schedule?.timeZone, false, locale);
  return (
    <article className="meeting-card" aria-label={t('meetings.card.label', { date: formatDay(meeting.date, true) })}>
      <header className="meeting-card__header">
        <h3>{title}</h3>
        <span className="tag">{t('meetings.card.planned')}</span>
        <ConfirmButton
          label={t('meetings.card.cancel')}
          ariaLabel={t('meetings.card.cancelLabel', { date: formatDay(meeting.date, true) })}
          title={t('meetings.card.cancelTitle', { when: title })}
          confirmLabel={t('meetings.card.cancel')}
          className="button button--quiet"
          onConfirm={() => void action.run(() => api.call('meeting.cancel', { meetingId: meeting.id }))}
        >
          <p>{t('meetings.card.cancelBody')}</p>
        </ConfirmButton>
      </header>
      <ErrorText message={action.error} />
      <RolesPanel meeting={meeting} />
      <details className="meeting-card__agenda">
        <summary>{t('meetings.card.agenda', { count: meeting.agenda.length })}</summary>
        <AgendaEditor
          label={t('meetings.card.agendaLabel', { date: formatDay(meeting.date, true) })}
          recordId={meeting.id}
          items={meeting.agenda}
          meetingMinutes={meeting.durationMinutes}
          onSave={(items) => api.call('meeting.updateAgenda', { meetingId: meeting.id, items })}
        />
      </details>
    </article>
  );
}
