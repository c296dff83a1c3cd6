import { useState } from 'react';
import type { HeardAnswer } from '#shared/feedback/checkout';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';

const heardOptions: { value: HeardAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'somewhat', label: 'Somewhat' },
  { value: 'no', label: 'No' },
];

/** The two check-out questions for one person; only counts are kept. */
export function CheckoutForm({ meetingId, onDone, submitLabel }: { meetingId: string; onDone: () => void; submitLabel: string }) {
  const api = useApi();
  const action = useAction();
  const [rating, setRating] = useState<number | null>(null);
  const [heard, setHeard] = useState<HeardAnswer | null>(null);
  return (
    <form
      className="checkout-form"
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(async () => {
          const result = await api.call('checkout.record', { meetingId, rating, heard });
          setRating(null);
          setHeard(null);
          onDone();
          return result;
        });
      }}
    >
      <fieldset>
        <legend>How did this session go?</legend>
        <div className="choice-row">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="choice">
              <input type="radio" name={`rating-${meetingId}`} checked={rating === n} onChange={() => setRating(n)} />
              <span>{n}</span>
            </label>
          ))}
        </div>
        <p className="field-hint">1: not well · 5: very well</p>
      </fieldset>
      <fieldset>
        <legend>Did you feel heard?</legend>
        <div className="choice-row">
          {heardOptions.map((o) => (
            <label key={o.value} className="choice">
              <input type="radio" name={`heard-${meetingId}`} checked={heard === o.value} onChange={() => setHeard(o.value)} />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <ErrorText message={action.error} />
      <button type="submit" className="button button--primary" disabled={action.busy}>
        {submitLabel}
      </button>
    </form>
  );
}
