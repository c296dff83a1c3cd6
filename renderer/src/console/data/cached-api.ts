import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';
import { applyResult } from './result-updates';

/** The API client the console uses: every command's result also updates the cache (see applyResult). */
export function withCacheUpdates(api: ApiClient, client: QueryClient): ApiClient {
  return {
    audience: api.audience,
    async call(method, input) {
      const result = await api.call(method, input);
      applyResult(client, method, input ?? {}, result);
      return result;
    },
    on: (name, listener) => api.on(name, listener),
    connection: () => api.connection(),
    onConnection: (listener) => api.onConnection(listener),
    savePdf: (fileName) => api.savePdf(fileName),
    savesFile: api.savesFile,
    maxCallBytes: api.maxCallBytes,
  };
}
