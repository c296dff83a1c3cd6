import { useEffect } from 'react';
import { offsetFrom, useBackendSecond } from '../common/use-clock';
import { useConnection } from '../common/use-connection';
import { useReceivedSnapshot } from '../common/use-display-snapshot';
import { DisplayScreen } from './DisplayScreen';

/**
 * The projector window: read-only, it shows the newest DisplayView and
 * nothing else. A lost connection keeps the last picture up and shows only a
 * small, quiet marker, so the room is not alarmed.
 */
export function DisplayApp() {
  const received = useReceivedSnapshot();
  const snapshot = received?.snapshot ?? null;
  const connection = useConnection();
  // From each snapshot's own arrival, so the clock stays in step with the backend.
  const offset = offsetFrom(snapshot?.now, received?.receivedAt);
  const now = useBackendSecond(offset, snapshot !== null && snapshot.view.screen !== 'blank');

  useEffect(() => {
    document.body.classList.add('display-body');
  }, []);

  return (
    <main className="display-root" aria-label="Room display">
      <DisplayScreen view={snapshot?.view ?? null} now={now} />
      {connection !== 'open' && snapshot !== null ? (
        <p className="display-offline" role="status">
          {connection === 'refused' ? 'Display link no longer valid' : 'Reconnecting…'}
        </p>
      ) : null}
    </main>
  );
}
