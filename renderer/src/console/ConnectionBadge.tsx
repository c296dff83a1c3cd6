import { useConnection } from '../common/use-connection';

const labels = {
  connecting: 'Connecting…',
  open: 'Connected',
  reconnecting: 'Connection lost — reconnecting…',
  refused: 'This link is no longer valid — open the new console link Circlekeeper printed',
} as const;

/** Says in words (not just colour) whether changes can reach the backend. */
export function ConnectionBadge() {
  const state = useConnection();
  return (
    <p className={`connection connection--${state}`} role="status" aria-live="polite">
      <span className="connection__shape" aria-hidden="true">
        {state === 'open' ? '●' : state === 'refused' ? '■' : '○'}
      </span>{' '}
      {labels[state]}
    </p>
  );
}
