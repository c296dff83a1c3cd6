import { useId, useState } from 'react';
import { RoomMessage, type ScreenMode, type TimerDisplay } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useDisplaySnapshot } from '../../common/use-display-snapshot';
import { useApiQuery } from '../data/use-api-query';
import { DisplayPreview } from '../../display/DisplayPreview';
import { ErrorText } from '../ui/ErrorText';
import { useConsoleNow } from '../live/use-console-now';

const modes: { mode: ScreenMode; label: string; help: string; key?: string }[] = [
  { mode: 'auto', label: 'Automatic', help: 'Follows the current agenda item', key: 'Escape' },
  { mode: 'welcome', label: 'Welcome', help: 'Group name and date' },
  { mode: 'ground_rules', label: 'Ground rules', help: 'The group’s ground rules', key: 'G' },
  { mode: 'agenda', label: 'Agenda', help: 'All items, the current one highlighted' },
  { mode: 'speaker', label: 'Speaker', help: 'Current speaker, timer and who is next' },
  { mode: 'break', label: 'Break', help: 'Countdown to the restart' },
  { mode: 'message', label: 'Message', help: 'A short line you type' },
  { mode: 'purpose', label: 'Purpose', help: 'Purpose, objectives and the group’s goals' },
  { mode: 'coming_up', label: 'Coming up', help: 'The group’s next events (Partners page)' },
  { mode: 'pause', label: 'Pause', help: 'A calm breathing prompt with the ground rules, when the room needs a moment', key: 'H' },
  { mode: 'blank', label: 'Blank', help: 'A black screen', key: 'B' },
];

const timerOptions: { value: TimerDisplay; label: string }[] = [
  { value: 'numbers', label: 'Numbers' },
  { value: 'ring', label: 'Ring only' },
  { value: 'hidden', label: 'Hidden' },
];

/** What the room sees: the screen mode, a message, how the timer shows, and a live preview. */
export function RoomPanel() {
  const api = useApi();
  const action = useAction();
  const room = useApiQuery('room.get', {});
  const snapshot = useDisplaySnapshot();
  const now = useConsoleNow();
  const [message, setMessage] = useState<string | null>(null);
  const ids = { message: useId(), timer: useId() };
  const current = room.data?.mode;
  const messageText = message ?? room.data?.message ?? '';
  const messageCheck = RoomMessage.safeParse(messageText);

  return (
    <section className="panel" aria-labelledby="room-title">
      <h2 id="room-title">Room screen</h2>
      <div className="segmented segmented--wrap" role="group" aria-label="Room screen mode">
        {modes.map(({ mode, label, help, key }) => (
          <button
            key={mode}
            type="button"
            className="segmented__option"
            aria-pressed={current === mode}
            aria-keyshortcuts={key}
            disabled={action.busy}
            title={help}
            onClick={() => void action.run(() => api.call('room.setMode', { mode }))}
          >
            {current === mode ? '✓ ' : ''}
            {label}
          </button>
        ))}
      </div>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (messageCheck.success) void action.run(() => api.call('room.setMessage', { message: messageCheck.data }));
        }}
      >
        <label htmlFor={ids.message}>Message for the room</label>
        <input id={ids.message} value={messageText} placeholder="For example: Tea is in the kitchen" onChange={(e) => setMessage(e.target.value)} />
        <button type="submit" className="button">
          Show message
        </button>
      </form>
      <ErrorText message={messageCheck.success ? null : messageCheck.error.issues[0]?.message} />
      <div className="inline-form">
        <label htmlFor={ids.timer}>Speaking timer in the room</label>
        <select
          id={ids.timer}
          value={room.data?.timerDisplay ?? 'numbers'}
          onChange={(e) => void action.run(() => api.call('room.setTimerDisplay', { timerDisplay: e.target.value as TimerDisplay }))}
        >
          {timerOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <ErrorText message={action.error} />
      <figure className="preview">
        <div className="preview__frame" aria-label="Preview of the room screen" role="img">
          <DisplayPreview snapshot={snapshot} now={now} />
        </div>
        <figcaption>What the room sees now</figcaption>
      </figure>
    </section>
  );
}
