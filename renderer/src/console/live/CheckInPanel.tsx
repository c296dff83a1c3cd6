import type { Meeting, Member } from '#shared/domain/types';
import { DisplayName } from '#shared/domain/names';
import { currentRules } from '#shared/rules/ground-rules';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { NameForm } from '../NameForm';
import { ErrorText } from '../ui/ErrorText';
import { presentParticipants } from './participants';
import { SeatingOrder } from './SeatingOrder';
import { useT } from '../../common/i18n/I18nProvider';

/**
 * Attendance: one click (or Enter on a focused button) marks someone
 * present. Members on a break are listed apart; guests come by display
 * name only; anyone marked present once the meeting is under way is late.
 * A member back from a break is marked so the facilitator can welcome them.
 */
export function CheckInPanel({ meeting, members }: { meeting: Meeting; members: Member[] }) {
  const participants = presentParticipants(meeting, members);
  const api = useApi();
  const t = useT();
  const action = useAction();
  const statusOf = (memberId: string) => meeting.attendance.find((a) => a.memberId === memberId);
  const mark = (memberId: string, status: 'present' | 'excused' | 'absent') =>
    void action.run(() => api.call('attendance.mark', { meetingId: meeting.id, memberId, status }));
  const current = members.filter((m) => m.status === 'active' || m.status === 'on_break');
  const guests = meeting.attendance.filter((a) => a.memberId === null);
  const presentCount = meeting.attendance.filter((a) => a.status === 'present').length;
  // Read from the care record; it changes with members and past meetings, never with a live key press.
  const care = useApiQuery('checkIn.list', { groupId: meeting.groupId });
  const welcomeBack = new Set((care.data?.welcomeBack ?? []).map((w) => w.memberId));
  const firstMeeting = new Set(care.data?.firstMeeting ?? []);
  const groups = useApiQuery('group.list', {});
  const rules = currentRules(groups.data?.find((g) => g.id === meeting.groupId)?.groundRules ?? []);
  const agree = (memberId: string) => void action.run(() => api.call('member.recordAgreement', { memberId }));

  return (
    <section className="panel" aria-labelledby="checkin-title">
      <h2 id="checkin-title">
        {t('live.checkin.title')} <span className="count">{t('live.checkin.here', { count: presentCount })}</span>
      </h2>
      {current.length === 0 ? <p className="empty">{t('live.checkin.noMembers')}</p> : null}
      <ul className="checkin-list">
        {current.map((member) => {
          const entry = statusOf(member.id);
          const here = entry?.status === 'present';
          return (
            <li key={member.id} className={`checkin-row${here ? ' checkin-row--present' : ''}`}>
              <button
                type="button"
                className="checkin-toggle"
                aria-pressed={here}
                aria-label={t(here ? 'live.checkin.present' : 'live.checkin.notPresent', { name: member.displayName })}
                onClick={() => mark(member.id, here ? 'absent' : 'present')}
              >
                <span aria-hidden="true">{here ? '☑' : '☐'}</span> <bdi>{member.displayName}</bdi>
              </button>
              {welcomeBack.has(member.id) ? <span className="tag tag--welcome">{t('live.checkin.welcomeBack')}</span> : null}
              {firstMeeting.has(member.id) ? <span className="tag tag--welcome">{t('live.checkin.firstMeeting')}</span> : null}
              {firstMeeting.has(member.id) && rules && member.agreement?.rulesVersion !== rules.version ? (
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('live.checkin.agreedName', { name: member.displayName })}
                  onClick={() => agree(member.id)}
                >
                  {t('live.checkin.agreed')}
                </button>
              ) : null}
              {firstMeeting.has(member.id) && rules && member.agreement?.rulesVersion === rules.version ? (
                <span className="tag">{t('live.checkin.agreedDone')}</span>
              ) : null}
              {entry?.late ? <span className="tag">{t('live.checkin.late')}</span> : null}
              {member.status === 'on_break' ? <span className="tag">{t('live.checkin.onBreak')}</span> : null}
              {entry?.status === 'excused' ? <span className="tag">{t('live.checkin.excused')}</span> : null}
              {!here && entry?.status !== 'excused' ? (
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('live.checkin.excuse', { name: member.displayName })}
                  onClick={() => mark(member.id, 'excused')}
                >
                  {t('live.checkin.excused')}
                </button>
              ) : null}
            </li>
          );
        })}
        {guests.map((guest) => (
          <li key={guest.participantId} className="checkin-row checkin-row--present">
            <span className="checkin-guest">
              ☑ <bdi>{guest.guestName}</bdi>
            </span>
            <span className="tag">{t('live.checkin.guest')}</span>
            {guest.late ? <span className="tag">{t('live.checkin.late')}</span> : null}
          </li>
        ))}
      </ul>
      <ErrorText message={action.error} />
      <SeatingOrder meeting={meeting} participants={participants} />
      <NameForm
        label={t('live.checkin.addGuest')}
        submitLabel={t('live.checkin.addGuestButton')}
        schema={DisplayName}
        clearOnSuccess
        onSubmit={(displayName) => api.call('attendance.addGuest', { meetingId: meeting.id, displayName })}
      />
    </section>
  );
}
