import type { DisplayView } from '../../../shared/display/display-view';
import './display.css';

function formatDate(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** Long names step down in size so they stay on screen in two or three lines. */
function titleSizeClass(text: string): string {
  if (text.length > 56) return ' display-title--longer';
  if (text.length > 36) return ' display-title--long';
  return '';
}

/**
 * Draws one DisplayView. Sizes are in container units, so the same component
 * fills the projector and scales down into the console's preview.
 */
export function DisplayScreen({ view, now }: { view: DisplayView | null; now: number }) {
  if (view === null) {
    return (
      <div className="display-screen display-screen--idle" data-screen="connecting">
        <p className="display-quiet">Connecting…</p>
      </div>
    );
  }
  switch (view.screen) {
    case 'blank':
      return <div className="display-screen display-screen--blank" data-screen="blank" aria-label="Blank screen" />;
    case 'idle':
      return (
        <div className="display-screen display-screen--idle" data-screen="idle">
          <p className="display-brand">Circlekeeper</p>
          <p className="display-quiet">The meeting will begin shortly</p>
        </div>
      );
    case 'welcome':
      return (
        <div className="display-screen" data-screen="welcome">
          <p className="display-kicker">Welcome to</p>
          <h1 className={`display-title${titleSizeClass(view.groupName)}`}>{view.groupName}</h1>
          <p className="display-date">{formatDate(now)}</p>
        </div>
      );
  }
}
