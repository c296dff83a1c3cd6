import { useEffect, useState } from 'react';
import type { DisplaySnapshot } from '../../../shared/display/display-view';
import { useApi } from './api-context';

/** The newest display snapshot (the api client drops stale ones). */
export function useDisplaySnapshot(): DisplaySnapshot | null {
  const api = useApi();
  const [snapshot, setSnapshot] = useState<DisplaySnapshot | null>(null);
  useEffect(() => api.on('display', setSnapshot), [api]);
  return snapshot;
}
