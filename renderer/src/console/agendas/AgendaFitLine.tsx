import type { AgendaFit } from '#shared/agenda/agenda';
import { plural } from '#shared/text/plural';

/** Planned minutes against the meeting's length, in words and with a shape, not only colour. */
export function AgendaFitLine({ fit }: { fit: AgendaFit }) {
  if (fit.fits) {
    const spare = -fit.overByMinutes;
    return (
      <p className="fit fit--ok" role="status">
        ✓ {fit.totalMinutes} of {fit.meetingMinutes} minutes planned{spare > 0 ? ` — ${String(spare)} to spare` : ' — a full meeting'}.
      </p>
    );
  }
  return (
    <p className="fit fit--over" role="status">
      ⚠ {plural(fit.totalMinutes, 'minute')} planned for a {fit.meetingMinutes}-minute meeting: {plural(fit.overByMinutes, 'minute')} too long.
      Shorten or remove an item.
    </p>
  );
}
