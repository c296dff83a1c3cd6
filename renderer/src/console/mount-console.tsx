import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from '../api/create-api';
import { ApiProvider } from '../common/api-context';
import { ConsoleApp } from './ConsoleApp';
import { withCacheUpdates } from './data/cached-api';
import { CacheSync } from './data/cache-sync';
import { createConsoleQueryClient } from './data/query-client';
import { ConsoleI18n } from './i18n/ConsoleI18n';

/** The facilitator's console, loaded only in the console window. */
export function mount(root: HTMLElement): void {
  const client = createConsoleQueryClient();
  const api = withCacheUpdates(createApi('console'), client);
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <ApiProvider api={api}>
          <CacheSync />
          <ConsoleI18n>
            <ConsoleApp />
          </ConsoleI18n>
        </ApiProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
