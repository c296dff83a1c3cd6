import { moveItem } from '#shared/agenda/agenda';
import type { Meeting } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';
import { useT } from '../../common/i18n/I18nProvider';
import type { Participant } from './participants';

/**
 * The order people sit in, which a seating-order or rotating round follows.
 * Each move is computed from the order on screen, so the buttons wait for
 * the previous move to be saved (its change event updates the order first).
 */
export function SeatingOrder({ meeting, participants }: { meeting: Meeting; participants: Participant[] }) {
  const api = useApi();
  const action = useAction();
  const t = useT();
  if (participants.length < 2) return null;
  const ids = participants.map((p) => p.id);
  const move = (from: number, to: number) =>
    void action.run(() => api.call('attendance.seat', { meetingId: meeting.id, seating: moveItem(ids, from, to) }));
  return (
    <details className="seating">
      <summary>{t('live.seating.title')}</summary>
      <ol className="seating__list">
        {participants.map((p, index) => (
          <li key={p.id}>
            <bdi>{p.name}</bdi>
            <span className="runner-upcoming__actions">
              <button
                type="button"
                className="button"
                aria-label={t('live.seating.earlier', { name: p.name })}
                disabled={index === 0 || action.busy}
                onClick={() => move(index, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('live.seating.later', { name: p.name })}
                disabled={index === participants.length - 1 || action.busy}
                onClick={() => move(index, index + 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <ErrorText message={action.error} />
    </details>
  );
}
