import { useEffect, useState } from 'react';
import type { DisplaySnapshot } from '#shared/display/display-view';
import { useApi } from './api-context';

export interface ReceivedSnapshot {
  snapshot: DisplaySnapshot;
  /** This machine's clock when it arrived: with the snapshot's `now`, the offset to the backend's clock. */
  receivedAt: number;
}

/** The newest display snapshot (the api client drops stale ones), with when it arrived. */
export function useReceivedSnapshot(): ReceivedSnapshot | null {
  const api = useApi();
  const [received, setReceived] = useState<ReceivedSnapshot | null>(null);
  // The clock is read when the snapshot arrives, in the event, never while rendering.
  useEffect(() => api.on('display', (snapshot) => setReceived({ snapshot, receivedAt: Date.now() })), [api]);
  return received;
}

/** The newest display snapshot. */
export function useDisplaySnapshot(): DisplaySnapshot | null {
  return useReceivedSnapshot()?.snapshot ?? null;
}
