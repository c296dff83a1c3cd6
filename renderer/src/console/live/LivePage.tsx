import { useEffect, useId, useRef, useState } from 'react';
import type { Group } from '#shared/domain/types';
import type { LiveCommand } from '#shared/live/commands';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useApiQuery } from '../data/use-api-query';
import { formatMeetingTime } from '../meetings/format';
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
import { plural } from '#shared/text/plural';

/** How long after it ended a meeting stays on this page unless the facilitator moves on. */
const AFTER_THE_MEETING_MS = 12 * 3_600_000;

/** The meeting page: check people in, start, run the hour, end with a summary. */
export function LivePage({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
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
  const focusSummary = useRef(false);
  useEffect(() => {
    if (!ended || !focusSummary.current) return undefined;
    // The summary has a query of its own: its heading may arrive a few frames after the ended meeting.
    let frame = 0;
    let frames = 0;
    const focusHeading = () => {
      const heading = document.getElementById('summary-title');
      if (heading) {
        focusSummary.current = false;
        heading.tabIndex = -1;
        heading.focus();
      } else if (++frames < 600) frame = requestAnimationFrame(focusHeading);
    };
    focusHeading();
    return () => cancelAnimationFrame(frame);
  }, [ended]);
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
      Keyboard shortcuts (?)
    </button>
  );

  if (meetings.data === undefined) return <p className="empty">Loading…</p>;

  if (live && meeting) {
    return (
      <div className="live">
        <div className="live__bar">
          <h2 className="live__title">Meeting under way · {formatMeetingTime(meeting.startsAt, group.schedule?.timeZone)}</h2>
          {helpButton}
          <ConfirmButton
            label="End meeting"
            title="End the meeting?"
            confirmLabel="End meeting"
            onConfirm={() =>
              void action.run(async () => {
                // The summary follows from the past meetings' list, which the change refetches.
                focusSummary.current = true;
                return api.call('live.end', { meetingId: meeting.id });
              })
            }
          >
            <p>Timers stop and the record is closed: actual time per item and every turn.</p>
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
              Done with this meeting
            </button>
            <span className="field-hint">Late check-out answers and notes can still be added from the Meetings page.</span>
          </div>
          <SummaryPanel meeting={ended} />
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
              <h2 id="next-meeting-title">Next meeting</h2>
              {planned.length > 1 ? (
                <div className="field">
                  <label htmlFor={pickerId}>Meeting</label>
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
              <p className="field-hint">
                {plural(meeting.agenda.length, 'agenda item')} · {plural(meeting.durationMinutes, 'minute')}. Check people in as they arrive, then
                start.
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={action.busy}
                  onClick={() => void action.run(() => api.call('live.start', { meetingId: meeting.id }))}
                >
                  Start meeting
                </button>
                {helpButton}
              </div>
              <ErrorText message={action.error} />
            </section>
          ) : (
            <section className="panel" aria-labelledby="no-meeting-title">
              <h2 id="no-meeting-title">No meeting planned</h2>
              <p className="empty">Plan a meeting first; it brings its agenda and roles with it.</p>
              <a className="button" href="#/console/meetings">
                Plan a meeting
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
