import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/create-api';
import { ApiProvider } from './common/api-context';
import { ConsoleApp } from './console/ConsoleApp';
import { DisplayApp } from './display/DisplayApp';
import './common/base.css';

// One bundle, two surfaces: the hash says which window this is.
const surface = window.location.hash.startsWith('#/display') ? 'display' : 'console';
document.documentElement.dataset.surface = surface;
document.title = surface === 'display' ? 'Circlekeeper — room display' : 'Circlekeeper — console';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ApiProvider api={createApi(surface)}>{surface === 'display' ? <DisplayApp /> : <ConsoleApp />}</ApiProvider>
  </StrictMode>,
);
