import { useState } from 'react';
import type { HeardAnswer } from '#shared/feedback/checkout';
import { useApi } from '../../common/api-context';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';
import { useT } from '../../common/i18n/I18nProvider';

const heardOptions: HeardAnswer[] = ['yes', 'somewhat', 'no'];

/** The two check-out questions for one person; only counts are kept. */
export function CheckoutForm({ meetingId, onDone, submitLabel }: { meetingId: string; onDone: () => void; submitLabel: string }) {
  const api = useApi();
  const action = useAction();
  const t = useT();
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
        <legend>{t('after.checkout.how')}</legend>
        <div className="choice-row">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="choice">
              <input type="radio" name={`rating-${meetingId}`} checked={rating === n} onChange={() => setRating(n)} />
              <span>{n}</span>
            </label>
          ))}
        </div>
        <p className="field-hint">{t('after.checkout.scale')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('after.checkout.heard')}</legend>
        <div className="choice-row">
          {heardOptions.map((value) => (
            <label key={value} className="choice">
              <input type="radio" name={`heard-${meetingId}`} checked={heard === value} onChange={() => setHeard(value)} />
              <span>{t(`after.checkout.heard.${value}`)}</span>
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
