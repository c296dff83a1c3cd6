import { useId, useState } from 'react';
import type { Group } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { useApiQuery } from '../data/use-api-query';
import { formatMeetingTime } from '../meetings/format';
import { DownloadButton } from '../ui/DownloadButton';
import { ErrorText } from '../ui/ErrorText';

interface Row {
  key: string;
  startsAt: number;
  when: string;
  what: string;
  kind: 'meeting' | 'event' | 'partner';
  detail: string;
  clash: boolean;
  eventId?: string;
}

/**
 * The shared calendar: the group's planned meetings, its own events and its
 * partners' imported events (read-only) in one list, soonest first, with
 * every clash with a meeting pointed out in words.
 */
export function CalendarPanel({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
  const [withContacts, setWithContacts] = useState(false);
  const contactsId = useId();
  const t = useT();
  const { locale } = useLocale();
  const tz = group.schedule?.timeZone;
  const meetings = useApiQuery('meeting.list', { groupId: group.id });
  const events = useApiQuery('event.list', { groupId: group.id });
  const partnerEvents = useApiQuery('partnerEvent.list', { groupId: group.id });
  const partners = useApiQuery('partner.list', { groupId: group.id });
  const clashes = useApiQuery('calendar.clashes', { groupId: group.id });
  const partnerName = (id: string | null) => (partners.data ?? []).find((p) => p.id === id)?.name ?? null;
  const clashing = new Set((clashes.data ?? []).map((c) => c.eventId));
  const clashingMeetings = new Set((clashes.data ?? []).flatMap((c) => (c.meetingId ? [c.meetingId] : [])));

  const rows: Row[] = [
    ...(meetings.data ?? [])
      .filter((m) => m.status === 'planned')
      .map((m) => ({
        key: m.id,
        startsAt: m.startsAt,
        when: formatMeetingTime(m.startsAt, tz, true, locale),
        what: t('partners.calendar.groupMeeting'),
        kind: 'meeting' as const,
        detail: group.venue,
        clash: clashingMeetings.has(m.id),
      })),
    ...(events.data ?? []).map((e) => ({
      key: e.id,
      startsAt: e.startsAt,
      when: formatMeetingTime(e.startsAt, tz, true, locale),
      what: t('partners.calendar.event', { kind: e.kind, title: e.title }),
      kind: 'event' as const,
      detail: [partnerName(e.partnerId) ? t('partners.calendar.withPartner', { name: partnerName(e.partnerId) ?? '' }) : null, e.place || null]
        .filter(Boolean)
        .join(' · '),
      clash: clashing.has(e.id),
      eventId: e.id,
    })),
    ...(partnerEvents.data ?? []).map((e) => ({
      key: e.id,
      startsAt: e.startsAt,
      when:
        e.allDay && e.date
          ? t('partners.calendar.allDay', {
              date: new Date(`${e.date}T12:00:00Z`).toLocaleDateString(locale, {
                weekday: 'long',
                day: 'numeric',
                month: 'long',
                year: 'numeric',
                timeZone: 'UTC',
              }),
            })
          : formatMeetingTime(e.startsAt, tz, true, locale),
      what: e.title,
      kind: 'partner' as const,
      detail: [
        partnerName(e.partnerId)
          ? t('partners.calendar.fromCalendar', { name: partnerName(e.partnerId) ?? '' })
          : t('partners.calendar.fromPartnerCalendar'),
        e.location || null,
      ]
        .filter(Boolean)
        .join(' · '),
      clash: clashing.has(e.id),
    })),
  ].sort((a, b) => a.startsAt - b.startsAt);

  return (
    <section className="panel" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('partners.calendar.title')}</h2>
      <div className="button-row">
        <DownloadButton
          label={t('partners.calendar.export')}
          type="text/calendar"
          makeFile={() => api.call('calendar.export', { groupId: group.id, withPartnerContacts: withContacts, language: locale })}
        />
        <div className="checkbox">
          <input id={contactsId} type="checkbox" checked={withContacts} onChange={(e) => setWithContacts(e.target.checked)} />
          <label htmlFor={contactsId}>{t('partners.calendar.withContacts')}</label>
        </div>
      </div>
      {(clashes.data ?? []).length > 0 ? (
        <div className="clash-list" role="status">
          <h3>{t('partners.calendar.clashes')}</h3>
          <ul>
            {(clashes.data ?? []).map((c) => (
              <li key={`${c.eventId}-${c.meetingDate}`}>
                {c.partnerName
                  ? t('partners.calendar.clashWith', {
                      when: formatMeetingTime(c.meetingStartsAt, tz, true, locale),
                      title: c.title,
                      partner: c.partnerName,
                    })
                  : t('partners.calendar.clash', { when: formatMeetingTime(c.meetingStartsAt, tz, true, locale), title: c.title })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {rows.length === 0 ? <p className="empty">{t('partners.calendar.nothing')}</p> : null}
      <ol className="calendar-list" aria-label={t('partners.calendar.comingUp')}>
        {rows.map((row) => (
          <li key={row.key} className={`calendar-row calendar-row--${row.kind}${row.clash ? ' calendar-row--clash' : ''}`}>
            <span className="calendar-row__when">{row.when}</span>
            <span className="calendar-row__what">
              {row.what}
              {row.clash ? <strong className="calendar-row__clash"> · {t('partners.calendar.clashTag')}</strong> : null}
            </span>
            <span className="calendar-row__detail">{row.detail}</span>
            {row.eventId ? (
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('partners.calendar.deleteEvent', { what: row.what })}
                onClick={() => void action.run(() => api.call('event.delete', { eventId: row.eventId ?? '' }))}
              >
                {t('partners.delete')}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <ErrorText message={action.error ?? events.error ?? partnerEvents.error} />
    </section>
  );
}
