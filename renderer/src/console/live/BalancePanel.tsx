import type { Meeting } from '#shared/domain/types';
import { speakingTotals } from '#shared/live/speaking';
import { formatElapsed } from '#shared/live/timer';
import type { Participant } from './participants';
import { useT } from '../../common/i18n/I18nProvider';
import { bdiList, rich } from './rich';

/** Console only: speaking time per person, so quieter members can be invited gently. */
export function BalancePanel({ meeting, participants, now }: { meeting: Meeting; participants: Participant[]; now: number }) {
  const t = useT();
  const live = meeting.live;
  if (!live) return null;
  const totals = speakingTotals(live, now);
  const spoke = new Set(live.turns.filter((t) => !t.passed).map((t) => t.participantId));
  if (live.speaker) spoke.add(live.speaker.participantId);
  const rows = participants.map((p) => ({ ...p, ms: totals.get(p.id) ?? 0 })).sort((a, b) => b.ms - a.ms);
  const max = Math.max(1, ...rows.map((r) => r.ms));
  const quiet = participants.filter((p) => !spoke.has(p.id));

  return (
    <section className="panel" aria-labelledby="balance-title">
      <h2 id="balance-title">{t('live.balance.title')}</h2>
      <p className="field-hint">{t('live.balance.onlyYou')}</p>
      {quiet.length > 0 ? (
        <p>
          {rich(t, 'live.balance.notHeard', {
            names: (
              <>
                {bdiList(
                  quiet.map((p) => p.name),
                  t('live.listSeparator'),
                )}
              </>
            ),
          })}
        </p>
      ) : (
        <p>{t('live.balance.everyone')}</p>
      )}
      <ul className="balance" aria-label={t('live.balance.name')}>
        {rows.map((row) => (
          <li key={row.id}>
            <span className="balance__name">
              <bdi>{row.name}</bdi>
            </span>
            <span className="balance__bar" aria-hidden="true">
              <span style={{ width: `${String((row.ms / max) * 100)}%` }} />
            </span>
            <span className="balance__time">{formatElapsed(row.ms)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
