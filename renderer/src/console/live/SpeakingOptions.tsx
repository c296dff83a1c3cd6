import type { Meeting } from '#shared/domain/types';
import type { LiveCommand } from '#shared/live/commands';
import { useId, useState } from 'react';
import type { Participant } from './participants';
import { useT } from '../../common/i18n/I18nProvider';

/** The speaking settings a facilitator changes now and then, not every turn: the turn limit, a late arrival, the queue's order. */
export function SpeakingOptions({
  meeting,
  participants,
  send,
}: {
  meeting: Meeting;
  participants: Participant[];
  send: (command: LiveCommand) => void;
}) {
  const [limitText, setLimitText] = useState('');
  const t = useT();
  const ids = { limit: useId(), late: useId(), policy: useId() };
  const live = meeting.live;
  if (!live) return null;
  const item = meeting.agenda[live.itemIndex];
  const inRound = new Set([...(live.round?.remaining ?? []), ...(live.round?.passed ?? []), live.speaker?.participantId ?? '']);
  const spokeThisItem = new Set(live.turns.filter((t) => t.itemId === item?.id).map((t) => t.participantId));
  const lateCandidates = participants.filter((p) => !inRound.has(p.id) && !spokeThisItem.has(p.id));

  return (
    <section className="panel" aria-labelledby="speaking-options-title">
      <h2 id="speaking-options-title">{t('live.options.title')}</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const seconds = limitText.trim() === '' ? null : Math.round(Number(limitText) * 60);
          send({ type: 'setTurnLimit', seconds });
        }}
      >
        <label htmlFor={ids.limit}>{t('live.options.limit')}</label>
        <input id={ids.limit} inputMode="decimal" value={limitText} onChange={(e) => setLimitText(e.target.value)} size={5} />
        <button type="submit" className="button">
          {t('live.options.setLimit')}
        </button>
      </form>
      {live.round && lateCandidates.length > 0 ? (
        <div className="inline-form">
          <label htmlFor={ids.late}>{t('live.options.addToRound')}</label>
          <select id={ids.late} defaultValue="" onChange={(e) => e.target.value && send({ type: 'addToRound', participantId: e.target.value })}>
            <option value="">{t('live.options.choose')}</option>
            {lateCandidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="inline-form">
        <label htmlFor={ids.policy}>{t('live.options.queueOrder')}</label>
        <select
          id={ids.policy}
          value={live.queuePolicy}
          onChange={(e) => send({ type: 'setQueuePolicy', policy: e.target.value === 'first_come' ? 'first_come' : 'least_spoken' })}
        >
          <option value="least_spoken">{t('live.options.leastSpoken')}</option>
          <option value="first_come">{t('live.options.firstCome')}</option>
        </select>
      </div>
    </section>
  );
}
