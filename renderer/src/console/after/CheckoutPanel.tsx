import { useState } from 'react';
import type { Meeting } from '#shared/domain/types';
import { CheckoutForm } from './CheckoutForm';
import { CheckoutResults } from './CheckoutResults';
import { PassTheLaptop } from './PassTheLaptop';

/** End-of-meeting check-out: entered as members call it out, or privately in pass-the-laptop mode. */
export function CheckoutPanel({ meeting }: { meeting: Meeting }) {
  const [laptop, setLaptop] = useState(false);
  return (
    <section className="panel" aria-labelledby="checkout-title">
      <h2 id="checkout-title">Check-out</h2>
      <CheckoutResults checkout={meeting.checkout} />
      <details>
        <summary>Enter answers as people call them out</summary>
        <CheckoutForm meetingId={meeting.id} onDone={() => undefined} submitLabel="Add this answer" />
      </details>
      <button type="button" className="button button--primary" onClick={() => setLaptop(true)}>
        Pass the laptop round
      </button>
      {laptop ? (
        <PassTheLaptop title="Check-out — your answer is anonymous" onFinish={() => setLaptop(false)}>
          {(done) => <CheckoutForm meetingId={meeting.id} onDone={done} submitLabel="Send my answer" />}
        </PassTheLaptop>
      ) : null}
    </section>
  );
}
