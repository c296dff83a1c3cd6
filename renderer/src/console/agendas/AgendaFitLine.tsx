import type { AgendaFit } from '#shared/agenda/agenda';
import { useT } from '../../common/i18n/I18nProvider';

/** Planned minutes against the meeting's length, in words and with a shape, not only colour. */
export function AgendaFitLine({ fit }: { fit: AgendaFit }) {
  const t = useT();
  if (fit.fits) {
    return (
      <p className="fit fit--ok" role="status">
        {t('agendas.fit.ok', { total: fit.totalMinutes, meeting: fit.meetingMinutes, spare: -fit.overByMinutes })}
      </p>
    );
  }
  return (
    <p className="fit fit--over" role="status">
      {t('agendas.fit.over', { total: fit.totalMinutes, meeting: fit.meetingMinutes, over: fit.overByMinutes })}
    </p>
  );
}
