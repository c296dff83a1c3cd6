import { useEffect, useId, useRef, useState } from 'react';
import type { Group } from '#shared/domain/types';
import type { LiveCommand } from '#shared/live/commands';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { RoomPanel } from '../room/RoomPanel';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorText } from '../ui/ErrorText';
import { AgendaNow } from './AgendaNow';
import { AgendaUpcoming } from './AgendaUpcoming';
import { BalancePanel } from './BalancePanel';
import { CheckInPanel } from './CheckInPanel';
import { presentParticipants } from './participants';
import { ShortcutHelp } from './ShortcutHelp';
import { SpeakingOptions } from './SpeakingOptions';
import { SpeakingPanel } from './SpeakingPanel';
import { JumpLinks } from './JumpLinks';
import type { RoundOrderMode } from '#shared/live/round-order';
import { ActionItemsPanel } from '../after/ActionItemsPanel';
import { CheckoutPanel } from '../after/CheckoutPanel';
import { NotesPanel } from '../after/NotesPanel';
import { SummaryPanel } from '../after/SummaryPanel';
import { useConsoleNow } from './use-console-now';
import { useLiveCommand } from './use-live-command';
import { useLiveShortcuts } from './use-live-shortcuts';
import { readDoneWith, rememberDoneWith } from './done-with';
import { readSingleKeys, rememberSingleKeys } from './shortcut-keys';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { meetingTimeIn } from './meeting-time';

/** How long after it ended a meeting stays on this page unless the facilitator moves on. */
const AFTER_THE_MEETING_MS = 12 * 3_600_000;

/** The meeting page: check people in, start, run the hour, end with a summary. */
export function LivePage({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
  const t = useT();
  const { locale } = useLocale();
  const formatMeetingTime = (epochMs: number, timeZone: string | undefined) => meetingTimeIn(locale, epochMs, timeZone);
  // A key press changes the meeting under way, and its change event carries it: the list is patched, not refetched (CacheSync).
  const meetings = useApiQuery('meeting.list', { groupId: group.id });
  const members = useApiQuery('member.list', { groupId: group.id });
  const [chosenId, setChosenId] = useState<string | null>(null);
  const history = useApiQuery('meeting.history', { groupId: group.id });
  const [doneWith, setDoneWith] = useState<string[]>(readDoneWith);
  const [helpOpen, setHelpOpen] = useState(false);
  const [singleKeys, setSingleKeys] = useState(readSingleKeys);
  const [orderMode, setOrderMode] = useState<RoundOrderMode>('seating');
  const switchSingleKeys = (on: boolean) => {
    rememberSingleKeys(on);
    setSingleKeys(on);
  };
  const pickerId = useId();
  const now = useConsoleNow();

  const list = meetings.data ?? [];
  const live = list.find((m) => m.status === 'live');
  // The meeting that ended stays here (summary, check-out, notes) until the facilitator says they are
  // done with it or the next one starts: a reload or another tab does not lose it.
  const justEnded = (history.data ?? []).find(
    (h) => h.status === 'ended' && h.endedAt !== null && now - h.endedAt < AFTER_THE_MEETING_MS && !doneWith.includes(h.meetingId),
  );
  const endedMeeting = useApiQuery('meeting.get', justEnded && !live ? { meetingId: justEnded.meetingId } : null);
  const ended = endedMeeting.data?.id === justEnded?.meetingId && endedMeeting.data?.status === 'ended' ? endedMeeting.data : undefined;
  // After "End meeting" the button is gone: focus goes to the summary's heading, so a keyboard or
  // screen-reader user lands on what the page now shows rather than at the end of the page.
  // The summary may load after the ended meeting does: the panel says when it is shown, and focus goes then.
  const focusSummary = useRef(false);
  const focusSummaryHeading = () => {
    if (!focusSummary.current) return;
    const heading = document.getElementById('summary-title');
    if (!heading) return;
    focusSummary.current = false;
    heading.tabIndex = -1;
    heading.focus();
  };
  useEffect(() => {
    if (ended) focusSummaryHeading();
  });
  const planned = list.filter((m) => m.status === 'planned');
  const meeting = live ?? planned.find((m) => m.id === chosenId) ?? planned[0];
  const participants = meeting ? presentParticipants(meeting, members.data ?? []) : [];
  const send = useLiveCommand(meeting?.id ?? 'none', action);
  const liveSend = (command: LiveCommand) => () => {
    if (live) send(command);
  };

  useLiveShortcuts(
    {
      toggleTimer: liveSend({ type: 'toggleTimer' }),
      nextSpeaker: liveSend({ type: 'nextSpeaker' }),
      pass: liveSend({ type: 'pass' }),
      // Only when no round is under way: starting one again would throw away who is still to speak.
      startRound: live?.live?.round ? () => undefined : liveSend({ type: 'startRound', mode: orderMode }),
      nextItem: liveSend({ type: 'nextItem' }),
      toggleBlank: () => void action.run(() => api.call('room.toggleBlank', {})),
      togglePause: () => void action.run(() => api.call('room.togglePause', {})),
      groundRules: () => void action.run(() => api.call('room.setMode', { mode: 'ground_rules' })),
      automatic: () => void action.run(() => api.call('room.setMode', { mode: 'auto' })),
      help: () => setHelpOpen((open) => !open),
    },
    singleKeys,
  );

  const helpButton = (
    <button type="button" className="button button--quiet" aria-keyshortcuts="?" onClick={() => setHelpOpen(true)}>
      {t('live.shortcutsButton')}
    </button>
  );

  if (meetings.data === undefined) return <p className="empty">{t('live.loading')}</p>;

  if (live && meeting) {
    return (
      <div className="live">
        <div className="live__bar">
          <h2 className="live__title">{t('live.underWay', { time: formatMeetingTime(meeting.startsAt, group.schedule?.timeZone) })}</h2>
          {helpButton}
          <ConfirmButton
            label={t('live.end.label')}
            title={t('live.end.title')}
            confirmLabel={t('live.end.label')}
            onConfirm={() =>
              void action.run(async () => {
                // The summary follows from the past meetings' list, which the change refetches.
                focusSummary.current = true;
                return api.call('live.end', { meetingId: meeting.id });
              })
            }
          >
            <p>{t('live.end.body')}</p>
          </ConfirmButton>
        </div>
        <ErrorText message={action.error} />
        <div className="live__cockpit">
          <SpeakingPanel meeting={meeting} participants={participants} now={now} send={send} orderMode={orderMode} onOrderMode={setOrderMode} />
          <AgendaNow meeting={meeting} now={now} send={send} />
        </div>
        <JumpLinks />
        <div className="live__grid">
          <div className="live__column">
            <CheckInPanel meeting={meeting} members={members.data ?? []} />
            <BalancePanel meeting={meeting} participants={participants} now={now} />
          </div>
          <div className="live__column">
            <AgendaUpcoming meeting={meeting} send={send} />
            <SpeakingOptions meeting={meeting} participants={participants} send={send} />
            <RoomPanel />
          </div>
          <div className="live__column">
            <NotesPanel meeting={meeting} />
            <CheckoutPanel meeting={meeting} />
            <ActionItemsPanel meeting={meeting} members={members.data ?? []} />
          </div>
        </div>
        <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} singleKeys={singleKeys} onSingleKeys={switchSingleKeys} />
      </div>
    );
  }

  return (
    <div className="live">
      {ended ? (
        <div className="console-columns after">
          <div className="after__bar">
            <button type="button" className="button" onClick={() => setDoneWith(rememberDoneWith(ended.id))}>
              {t('live.doneWith')}
            </button>
            <span className="field-hint">{t('live.doneWithHint')}</span>
          </div>
          <SummaryPanel meeting={ended} onShown={focusSummaryHeading} />
          <div className="console-side">
            <CheckoutPanel meeting={ended} />
            <NotesPanel meeting={ended} />
            <ActionItemsPanel meeting={ended} members={members.data ?? []} />
          </div>
        </div>
      ) : null}
      <div className="console-columns">
        <div className="console-side">
          {meeting ? (
            <section className="panel" aria-labelledby="next-meeting-title">
              <h2 id="next-meeting-title">{t('live.next.title')}</h2>
              {planned.length > 1 ? (
                <div className="field">
                  <label htmlFor={pickerId}>{t('live.next.picker')}</label>
                  <select id={pickerId} value={meeting.id} onChange={(e) => setChosenId(e.target.value)}>
                    {planned.map((m) => (
                      <option key={m.id} value={m.id}>
                        {formatMeetingTime(m.startsAt, group.schedule?.timeZone)}
                      </option>
                    ))}
                  </select>
                </div>
              ) : (
                <p>{formatMeetingTime(meeting.startsAt, group.schedule?.timeZone)}</p>
              )}
              <p className="field-hint">{t('live.next.hint', { items: meeting.agenda.length, minutes: meeting.durationMinutes })}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={action.busy}
                  onClick={() => void action.run(() => api.call('live.start', { meetingId: meeting.id }))}
                >
                  {t('live.start')}
                </button>
                {helpButton}
              </div>
              <ErrorText message={action.error} />
            </section>
          ) : (
            <section className="panel" aria-labelledby="no-meeting-title">
              <h2 id="no-meeting-title">{t('live.none.title')}</h2>
              <p className="empty">{t('live.none.hint')}</p>
              <a className="button" href="#/console/meetings">
                {t('live.none.plan')}
              </a>
            </section>
          )}
          {meeting ? <CheckInPanel meeting={meeting} members={members.data ?? []} /> : null}
        </div>
        <RoomPanel />
      </div>
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} singleKeys={singleKeys} onSingleKeys={switchSingleKeys} />
    </div>
  );
}
