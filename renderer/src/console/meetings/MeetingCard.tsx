import type { Group, Meeting } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { AgendaEditor } from '../agendas/AgendaEditor';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { formatMeetingTime } from './format';
import { RolesPanel } from './RolesPanel';

/** One planned meeting: its own copy of the agenda, and its roles. */
export function MeetingCard({ meeting, group }: { meeting: Meeting; group: Group }) {
  const api = useApi();
  const action = useAction();
  const title = formatMeetingTime(meeting.startsAt, group.schedule?.timeZone);
  return (
    <article className="meeting-card" aria-label={`Meeting on ${meeting.date}`}>
      <header className="meeting-card__header">
        <h3>{title}</h3>
        <span className="tag">Planned</span>
        <ConfirmButton
          label="Cancel meeting"
          ariaLabel={`Cancel the meeting on ${meeting.date}`}
          title={`Cancel the meeting of ${title}?`}
          confirmLabel="Cancel meeting"
          className="button button--quiet"
          onConfirm={() => void action.run(() => api.call('meeting.cancel', { meetingId: meeting.id }))}
        >
          <p>It is left out of the calendar export. You can plan the date again later.</p>
        </ConfirmButton>
      </header>
      <ErrorText message={action.error} />
      <RolesPanel meeting={meeting} />
      <details className="meeting-card__agenda">
        <summary>Agenda for this meeting ({meeting.agenda.length} items)</summary>
        <AgendaEditor
          label={`Agenda for ${meeting.date}`}
          recordId={meeting.id}
          items={meeting.agenda}
          meetingMinutes={meeting.durationMinutes}
          onSave={(items) => api.call('meeting.updateAgenda', { meetingId: meeting.id, items })}
        />
      </details>
    </article>
  );
}
