import { useT } from '../../common/i18n/I18nProvider';

/** The live page's panels below the speaking controls, by the id of their heading. */
const PLACES: [headingId: string, messageId: string][] = [
  ['checkin-title', 'live.jump.attendance'],
  ['notes-title', 'live.jump.notes'],
  ['upcoming-title', 'live.jump.agenda'],
  ['room-title', 'live.jump.room'],
  ['checkout-title', 'live.jump.checkout'],
  ['actions-title', 'live.jump.actions'],
];

/**
 * One press to any panel further down the live page, and focus lands on its
 * heading, so a keyboard user need not Tab through every control above it.
 * Buttons, not links: the console's routes live in the URL's hash.
 */
export function JumpLinks() {
  const t = useT();
  const jump = (headingId: string) => {
    const heading = document.getElementById(headingId);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  return (
    <nav className="jump-links" aria-label={t('live.jump.name')}>
      <span className="jump-links__label">{t('live.jump.label')}</span>
      {PLACES.map(([id, label]) => (
        <button key={id} type="button" className="jump-links__link" onClick={() => jump(id)}>
          {t(label)}
        </button>
      ))}
    </nav>
  );
}
