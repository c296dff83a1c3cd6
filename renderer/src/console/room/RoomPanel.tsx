import type { ScreenMode } from '../../../../shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useDisplaySnapshot } from '../../common/use-display-snapshot';
import { useQuery } from '../../common/use-query';
import { DisplayScreen } from '../../display/DisplayScreen';

const modes: { mode: ScreenMode; label: string; help: string }[] = [
  { mode: 'welcome', label: 'Welcome', help: 'Group name and date' },
  { mode: 'blank', label: 'Blank', help: 'A black screen' },
];

/** What the room sees: the mode buttons and a live preview of the display. */
export function RoomPanel() {
  const api = useApi();
  const action = useAction();
  const room = useQuery('room.get', {}, ['room']);
  const snapshot = useDisplaySnapshot();
  const current = room.data?.mode;

  return (
    <section className="panel" aria-labelledby="room-title">
      <h2 id="room-title">Room screen</h2>
      <div className="segmented" role="group" aria-label="Room screen mode">
        {modes.map(({ mode, label, help }) => (
          <button
            key={mode}
            type="button"
            className="segmented__option"
            aria-pressed={current === mode}
            disabled={action.busy}
            title={help}
            onClick={() => void action.run(() => api.call('room.setMode', { mode }))}
          >
            {current === mode ? '✓ ' : ''}
            {label}
          </button>
        ))}
      </div>
      {action.error ? (
        <p className="field-error" role="alert">
          {action.error}
        </p>
      ) : null}
      <figure className="preview">
        <div className="preview__frame" aria-label="Preview of the room screen" role="img">
          <DisplayScreen view={snapshot?.view ?? null} now={snapshot?.now ?? Date.now()} />
        </div>
        <figcaption>What the room sees now</figcaption>
      </figure>
    </section>
  );
}
