import { useId, useState } from 'react';
import { RoomMessage, type ScreenMode, type TimerDisplay } from '#shared/domain/types';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { useDisplaySnapshot } from '../../common/use-display-snapshot';
import { useApiQuery } from '../data/use-api-query';
import { DisplayPreview } from '../../display/DisplayPreview';
import { ErrorText } from '../ui/ErrorText';
import { useConsoleNow } from '../live/use-console-now';
import { useT } from '../../common/i18n/I18nProvider';
import { useErrorText } from '../../common/i18n/use-error-text';

/** The screen's modes; each has a name and a hint in console-room.json ("mode.<mode>", "mode.<mode>.help"). The keys are the same in every language. */
const modes: { mode: ScreenMode; key?: string }[] = [
  { mode: 'auto', key: 'Escape' },
  { mode: 'welcome' },
  { mode: 'ground_rules', key: 'G' },
  { mode: 'agenda' },
  { mode: 'speaker' },
  { mode: 'break' },
  { mode: 'message' },
  { mode: 'purpose' },
  { mode: 'coming_up' },
  { mode: 'pause', key: 'H' },
  { mode: 'blank', key: 'B' },
];

const timerOptions: TimerDisplay[] = ['numbers', 'ring', 'hidden'];

/** What the room sees: the screen mode, a message, how the timer shows, and a live preview. */
export function RoomPanel() {
  const api = useApi();
  const t = useT();
  const errorText = useErrorText();
  const action = useAction();
  const room = useApiQuery('room.get', {});
  const snapshot = useDisplaySnapshot();
  const now = useConsoleNow();
  const [message, setMessage] = useState<string | null>(null);
  const ids = { message: useId(), timer: useId() };
  const current = room.data?.mode;
  const messageText = message ?? room.data?.message ?? '';
  const messageCheck = RoomMessage.safeParse(messageText);

  return (
    <section className="panel" aria-labelledby="room-title">
      <h2 id="room-title">{t('room.title')}</h2>
      <div className="segmented segmented--wrap" role="group" aria-label={t('room.modes')}>
        {modes.map(({ mode, key }) => (
          <button
            key={mode}
            type="button"
            className="segmented__option"
            aria-pressed={current === mode}
            aria-keyshortcuts={key}
            disabled={action.busy}
            title={t(`room.mode.${mode}.help`)}
            onClick={() => void action.run(() => api.call('room.setMode', { mode }))}
          >
            {current === mode ? '✓ ' : ''}
            {t(`room.mode.${mode}`)}
          </button>
        ))}
      </div>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (messageCheck.success) void action.run(() => api.call('room.setMessage', { message: messageCheck.data }));
        }}
      >
        <label htmlFor={ids.message}>{t('room.message')}</label>
        <input id={ids.message} value={messageText} placeholder={t('room.message.placeholder')} onChange={(e) => setMessage(e.target.value)} />
        <button type="submit" className="button">
          {t('room.message.show')}
        </button>
      </form>
      <ErrorText message={messageCheck.success || !messageCheck.error.issues[0] ? null : errorText(messageCheck.error.issues[0])} />
      <div className="inline-form">
        <label htmlFor={ids.timer}>{t('room.timer')}</label>
        <select
          id={ids.timer}
          value={room.data?.timerDisplay ?? 'numbers'}
          onChange={(e) => void action.run(() => api.call('room.setTimerDisplay', { timerDisplay: e.target.value as TimerDisplay }))}
        >
          {timerOptions.map((value) => (
            <option key={value} value={value}>
              {t(`room.timer.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <ErrorText message={action.error} />
      <figure className="preview">
        <div className="preview__frame" aria-label={t('room.preview')} role="img">
          <DisplayPreview snapshot={snapshot} now={now} />
        </div>
        <figcaption>{t('room.preview.caption')}</figcaption>
      </figure>
    </section>
  );
}
