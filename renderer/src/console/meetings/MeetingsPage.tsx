import type { Group } from '#shared/domain/types';
import { describeSchedule } from '#shared/schedule/schedule';
import { useApi } from '../../common/api-context';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { useApiQuery } from '../data/use-api-query';
import { DownloadButton } from '../ui/DownloadButton';
import { MeetingCard } from './MeetingCard';
import { useConsoleNow } from '../live/use-console-now';
import { PastMeetings } from './PastMeetings';
import { PlanDateRow } from './PlanDateRow';

/** Upcoming meetings from the schedule: plan them, set their roles, export a calendar. */
export function MeetingsPage({ group }: { group: Group }) {
  const api = useApi();
  const slots = useApiQuery('meeting.upcomingDates', { groupId: group.id, count: 6 });
  const meetings = useApiQuery('meeting.list', { groupId: group.id });
  const templates = useApiQuery('template.list', { groupId: group.id });
  const now = useConsoleNow();
  const t = useT();
  const { locale } = useLocale();

  if (!group.schedule) {
    return (
      <section className="panel" aria-labelledby="meetings-title">
        <h2 id="meetings-title">{t('meetings.title')}</h2>
        <p className="empty">{t('meetings.noSchedule')}</p>
        <a className="button" href="#/console/group">
          {t('meetings.setSchedule')}
        </a>
      </section>
    );
  }

  const all = meetings.data ?? [];
  const upcoming = all.filter((m) => m.status === 'planned' && m.startsAt + m.durationMinutes * 60_000 >= now);
  const takenDates = new Set(all.filter((m) => m.status === 'planned').map((m) => m.date));
  const open = (slots.data ?? []).filter((s) => !takenDates.has(s.date));

  return (
    <section className="panel" aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t('meetings.title')}</h2>
      <p className="field-hint">{describeSchedule(group.schedule, t, locale)}</p>
      <div className="button-row">
        <DownloadButton
          label={t('meetings.exportCalendar')}
          type="text/calendar"
          makeFile={() => api.call('calendar.export', { groupId: group.id, language: locale })}
        />
        <a className="button" href="#/console/invitation">
          {t('meetings.makeInvitation')}
        </a>
      </div>
      <h3>{t('meetings.planned')}</h3>
      {meetings.data && upcoming.length === 0 ? <p className="empty">{t('meetings.nonePlanned')}</p> : null}
      {upcoming.map((meeting) => (
        <MeetingCard key={meeting.id} meeting={meeting} group={group} />
      ))}
      <PastMeetings group={group} />
      <h3>{t('meetings.nextDates')}</h3>
      <ul className="plain-list">
        {open.map((slot) => (
          <PlanDateRow key={slot.date} slot={slot} group={group} templates={templates.data ?? []} />
        ))}
      </ul>
    </section>
  );
}
