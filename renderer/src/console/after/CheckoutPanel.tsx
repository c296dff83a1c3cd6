import type { Meeting } from '#shared/domain/types';
import { CheckoutForm } from './CheckoutForm';
import { CheckoutResults } from './CheckoutResults';
import { useLaptopLock } from '../laptop/use-laptop-lock';
import { useT } from '../../common/i18n/I18nProvider';

/** End-of-meeting check-out: entered as members call it out, or privately in pass-the-laptop mode. */
export function CheckoutPanel({ meeting }: { meeting: Meeting }) {
  const { start } = useLaptopLock();
  const t = useT();
  return (
    <section className="panel" aria-labelledby="checkout-title">
      <h2 id="checkout-title">{t('after.checkout.title')}</h2>
      <CheckoutResults checkout={meeting.checkout} />
      <details>
        <summary>{t('after.checkout.callOut')}</summary>
        <CheckoutForm meetingId={meeting.id} onDone={() => undefined} submitLabel={t('after.checkout.addAnswer')} />
      </details>
      <button type="button" className="button button--primary" onClick={() => start({ kind: 'checkout', meetingId: meeting.id, answered: 0 })}>
        {t('after.checkout.passLaptop')}
      </button>
    </section>
  );
}
