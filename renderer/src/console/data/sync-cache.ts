import type { QueryClient } from '@tanstack/react-query';
import { readsOf } from '#shared/contract/effects';
import type { ApiClient } from '../../api/api-client';
import { applyMeetings } from './result-updates';

/**
 * Keeps a query cache in step with the backend: what a change event
 * carries (the meetings it changed) goes straight in, and the queries that
 * read a changed topic are fetched again, by the declaration in
 * shared/contract/effects.ts. After a reconnect everything is fetched again,
 * since changes may have been missed meanwhile. Returns how to stop.
 */
export function syncCache(api: Pick<ApiClient, 'on' | 'connection' | 'onConnection'>, client: QueryClient): () => void {
  const offChanged = api.on('changed', (event) => {
    if (event.meetings || event.leftMeetingIds) applyMeetings(client, event);
    void client.invalidateQueries({ predicate: (query) => readsOf(String(query.queryKey[0])).some((topic) => event.topics.includes(topic)) });
  });
  let last = api.connection();
  const offConnection = api.onConnection((state) => {
    if (state === 'open' && last !== 'open') void client.invalidateQueries();
    last = state;
  });
  return () => {
    offChanged();
    offConnection();
  };
}
