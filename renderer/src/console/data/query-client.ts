import { QueryClient } from '@tanstack/react-query';

/**
 * The console's cache of server state. Data is pushed: the backend says what
 * changed and the cache sync refetches what reads it, so nothing is
 * refetched on a timer, on focus, or retried behind the facilitator's back
 * (a failure is shown, in words, where the data would be).
 */
export function createConsoleQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, refetchOnWindowFocus: false, refetchOnReconnect: false, retry: false },
    },
  });
}
