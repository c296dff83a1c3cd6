import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from '../api/create-api';
import { ApiProvider } from '../common/api-context';
import { ConsoleApp } from './ConsoleApp';

/** The facilitator's console, loaded only in the console window. */
export function mount(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <ApiProvider api={createApi('console')}>
        <ConsoleApp />
      </ApiProvider>
    </StrictMode>,
  );
}
