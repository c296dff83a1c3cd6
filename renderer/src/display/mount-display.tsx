import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from '../api/create-api';
import { ApiProvider } from '../common/api-context';
import { DisplayApp } from './DisplayApp';

/** The room display's own bundle: no console code, no forms, no schemas, so an old laptop shows the room quickly. */
export function mount(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <ApiProvider api={createApi('display')}>
        <DisplayApp />
      </ApiProvider>
    </StrictMode>,
  );
}
