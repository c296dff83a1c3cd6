import './common/base.css';

// One page, two surfaces: the hash says which window this is, and each
// surface's code is its own chunk, so the room display never downloads the
// console (its forms, schemas and charts).
const surface = window.location.hash.startsWith('#/display') ? 'display' : 'console';
document.documentElement.dataset.surface = surface;
document.title = surface === 'display' ? 'Circlekeeper — room display' : 'Circlekeeper — console';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
// Two separate imports: one expression choosing between them makes the bundler preload both.
if (surface === 'display') void import('./display/mount-display').then(({ mount }) => mount(root));
else void import('./console/mount-console').then(({ mount }) => mount(root));
