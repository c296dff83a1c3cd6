/** The live page's panels below the speaking controls, by the id of their heading. */
const PLACES: [headingId: string, label: string][] = [
  ['checkin-title', 'Attendance'],
  ['notes-title', 'Notes'],
  ['upcoming-title', 'Agenda'],
  ['room-title', 'Room screen'],
  ['checkout-title', 'Check-out'],
  ['actions-title', 'Action items'],
];

/**
 * One press to any panel further down the live page, and focus lands on its
 * heading, so a keyboard user need not Tab through every control above it.
 * Buttons, not links: the console's routes live in the URL's hash.
 */
export function JumpLinks() {
  const jump = (headingId: string) => {
    const heading = document.getElementById(headingId);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  };
  return (
    <nav className="jump-links" aria-label="Further down this page">
      <span className="jump-links__label">Further down:</span>
      {PLACES.map(([id, label]) => (
        <button key={id} type="button" className="jump-links__link" onClick={() => jump(id)}>
          {label}
        </button>
      ))}
    </nav>
  );
}
