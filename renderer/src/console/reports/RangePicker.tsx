import { useId, useState } from 'react';
import type { RangeChoice } from './range-choice';
import { useT } from '../../common/i18n/I18nProvider';

const PRESETS: { label: string; choice: RangeChoice }[] = [
  { label: 'reports.range.last3', choice: { kind: 'months', months: 3 } },
  { label: 'reports.range.last12', choice: { kind: 'months', months: 12 } },
  { label: 'reports.range.all', choice: { kind: 'all' } },
];

const same = (a: RangeChoice, b: RangeChoice) => JSON.stringify(a) === JSON.stringify(b);

/** Last 3 months, 12 months, everything, or two dates the facilitator types. */
export function RangePicker({ value, onChange }: { value: RangeChoice; onChange: (next: RangeChoice) => void }) {
  const [between, setBetween] = useState(value.kind === 'between');
  const [from, setFrom] = useState(value.kind === 'between' ? value.from : '');
  const [to, setTo] = useState(value.kind === 'between' ? value.to : '');
  const ids = { from: useId(), to: useId(), error: useId() };
  const t = useT();
  const wrongWay = from !== '' && to !== '' && from > to;

  return (
    <div className="report-range">
      <div className="segmented" role="group" aria-label={t('reports.range.label')}>
        {PRESETS.map(({ label, choice }) => (
          <button
            key={label}
            type="button"
            className="segmented__option"
            aria-pressed={!between && same(value, choice)}
            onClick={() => {
              setBetween(false);
              onChange(choice);
            }}
          >
            {t(label)}
          </button>
        ))}
        <button type="button" className="segmented__option" aria-pressed={between} onClick={() => setBetween(true)}>
          {t('reports.range.between')}
        </button>
      </div>
      {between ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (from !== '' && to !== '' && !wrongWay) onChange({ kind: 'between', from, to });
          }}
        >
          <label htmlFor={ids.from}>{t('reports.range.from')}</label>
          <input id={ids.from} type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
          <label htmlFor={ids.to}>{t('reports.range.to')}</label>
          <input
            id={ids.to}
            type="date"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            required
            aria-describedby={wrongWay ? ids.error : undefined}
          />
          <button type="submit" className="button" disabled={from === '' || to === '' || wrongWay}>
            {t('reports.range.show')}
          </button>
          {wrongWay ? (
            <p id={ids.error} className="field-error" role="alert">
              {t('reports.range.wrongWay')}
            </p>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
