import type { DisplayView } from '#shared/display/display-view';
import { useT } from '../common/i18n/I18nProvider';
import {
  AgendaScreen,
  BreakScreen,
  ComingUpScreen,
  GroundRulesScreen,
  MessageScreen,
  PauseScreen,
  PurposeScreen,
  SpeakerScreen,
  WelcomeScreen,
} from './screens';
import './display.css';

/** The app's name, the same in every language. */
const BRAND = 'Circlekeeper';

/**
 * Draws one DisplayView. Sizes are in container units, so the same component
 * fills the projector and scales down into the console's preview.
 */
export function DisplayScreen({ view, now }: { view: DisplayView | null; now: number }) {
  const t = useT();
  if (view === null) {
    return (
      <div className="display-screen display-screen--idle" data-screen="connecting">
        <p className="display-quiet">{t('connecting')}</p>
      </div>
    );
  }
  switch (view.screen) {
    case 'blank':
      // Nothing is drawn, but a screen reader still hears what the room sees.
      return <div className="display-screen display-screen--blank" data-screen="blank" role="img" aria-label={t('blank.label')} />;
    case 'idle':
      return (
        <div className="display-screen display-screen--idle" data-screen="idle">
          <p className="display-brand" translate="no">
            {BRAND}
          </p>
          <p className="display-quiet">{t('idle.soon')}</p>
        </div>
      );
    case 'getting_ready':
      // The console is waiting for the data's passphrase; the room learns nothing else until then.
      return (
        <div className="display-screen display-screen--idle" data-screen="getting_ready">
          <p className="display-brand" translate="no">
            {BRAND}
          </p>
          <p className="display-quiet">{t('gettingReady')}</p>
        </div>
      );
    case 'welcome':
      return <WelcomeScreen view={view} now={now} />;
    case 'ground_rules':
      return <GroundRulesScreen view={view} />;
    case 'agenda':
      return <AgendaScreen view={view} now={now} />;
    case 'speaker':
      return <SpeakerScreen view={view} now={now} />;
    case 'break':
      return <BreakScreen view={view} now={now} />;
    case 'message':
      return <MessageScreen view={view} />;
    case 'pause':
      return <PauseScreen view={view} />;
    case 'purpose':
      return <PurposeScreen view={view} />;
    case 'coming_up':
      return <ComingUpScreen view={view} />;
  }
}
