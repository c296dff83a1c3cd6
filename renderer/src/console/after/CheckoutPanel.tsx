import type { Meeting } from '#shared/domain/types';
import { CheckoutForm } from './CheckoutForm';
import { CheckoutResults } from './CheckoutResults';
import { useLaptopLock } from '../laptop/use-laptop-lock';

/** End-of-meeting check-out: entered as members call it out, or privately in pass-the-laptop mode. */
export function CheckoutPanel({ meeting }: { meeting: Meeting }) {
  const { start } = useLaptopLock();
  return (
    <section className="panel" aria-labelledby="checkout-title">
      <h2 id="checkout-title">Check-out</h2>
      <CheckoutResults checkout={meeting.checkout} />
      <details>
        <summary>Enter answers as people call them out</summary>
        <CheckoutForm meetingId={meeting.id} onDone={() => undefined} submitLabel="Add this answer" />
      </details>
      <button type="button" className="button button--primary" onClick={() => start({ kind: 'checkout', meetingId: meeting.id, answered: 0 })}>
        Pass the laptop round
      </button>
    </section>
  );
}
