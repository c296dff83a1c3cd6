import { useSyncExternalStore } from 'react';
import type { ConnectionState } from '../api/api-client';
import { useApi } from './api-context';

export function useConnection(): ConnectionState {
  const api = useApi();
  return useSyncExternalStore(api.onConnection, api.connection);
}
