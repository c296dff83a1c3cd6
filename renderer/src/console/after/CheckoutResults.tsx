import type { Checkout } from '#shared/feedback/checkout';

/** Check-out counts in words and numbers. */
export function CheckoutResults({ checkout }: { checkout: Checkout }) {
  const rated = checkout.ratings.reduce((a, b) => a + b, 0);
  const average = rated === 0 ? null : checkout.ratings.reduce((sum, count, i) => sum + count * (i + 1), 0) / rated;
  const heard = checkout.heard;
  if (rated === 0 && heard.yes + heard.somewhat + heard.no === 0) return <p className="empty">No check-out answers yet.</p>;
  return (
    <dl className="checkout-results" aria-label="Check-out results">
      <div>
        <dt>How did this session go?</dt>
        <dd>
          {average === null ? 'no answers' : `${average.toFixed(1)} out of 5 from ${String(rated)} answer${rated === 1 ? '' : 's'}`} (
          {checkout.ratings.map((c, i) => `${String(i + 1)}: ${String(c)}`).join(' · ')})
        </dd>
      </div>
      <div>
        <dt>Did you feel heard?</dt>
        <dd>
          Yes {heard.yes} · Somewhat {heard.somewhat} · No {heard.no}
        </dd>
      </div>
    </dl>
  );
}
