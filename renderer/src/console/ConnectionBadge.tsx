import { useConnection } from '../common/use-connection';

import { useT } from '../common/i18n/I18nProvider';

const labels = {
  connecting: 'top.connection.connecting',
  open: 'top.connection.open',
  reconnecting: 'top.connection.reconnecting',
  refused: 'top.connection.refused',
} as const;

/** Says in words (not just colour) whether changes can reach the backend. */
export function ConnectionBadge() {
  const state = useConnection();
  const t = useT();
  return (
    <p className={`connection connection--${state}`} role="status" aria-live="polite">
      <span className="connection__shape" aria-hidden="true">
        {state === 'open' ? '●' : state === 'refused' ? '■' : '○'}
      </span>{' '}
      {t(labels[state])}
    </p>
  );
}
