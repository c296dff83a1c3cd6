import { useEffect } from 'react';
import { useConnection } from '../common/use-connection';
import { useDisplaySnapshot } from '../common/use-display-snapshot';
import { DisplayScreen } from './DisplayScreen';

/**
 * The projector window: read-only, it shows the newest DisplayView and
 * nothing else. A lost connection keeps the last picture up and shows only a
 * small, quiet marker, so the room is not alarmed.
 */
export function DisplayApp() {
  const snapshot = useDisplaySnapshot();
  const connection = useConnection();

  useEffect(() => {
    document.body.classList.add('display-body');
  }, []);

  return (
    <main className="display-root" aria-label="Room display">
      <DisplayScreen view={snapshot?.view ?? null} now={snapshot?.now ?? Date.now()} />
      {connection !== 'open' && snapshot !== null ? (
        <p className="display-offline" role="status">
          {connection === 'refused' ? 'Display link no longer valid' : 'Reconnecting…'}
        </p>
      ) : null}
    </main>
  );
}
