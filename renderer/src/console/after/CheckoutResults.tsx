import type { Checkout } from '#shared/feedback/checkout';
import { formatNumber } from '#shared/i18n/format';
import { useLocale, useT } from '../../common/i18n/I18nProvider';

/** Check-out counts in words and numbers. */
export function CheckoutResults({ checkout }: { checkout: Checkout }) {
  const t = useT();
  const { locale } = useLocale();
  const rated = checkout.ratings.reduce((a, b) => a + b, 0);
  const average = rated === 0 ? null : checkout.ratings.reduce((sum, count, i) => sum + count * (i + 1), 0) / rated;
  const heard = checkout.heard;
  if (rated === 0 && heard.yes + heard.somewhat + heard.no === 0) return <p className="empty">{t('after.checkout.noAnswers')}</p>;
  return (
    <dl className="checkout-results" aria-label={t('after.checkout.results')}>
      <div>
        <dt>{t('after.checkout.how')}</dt>
        <dd>
          {average === null
            ? t('after.checkout.none')
            : t('after.checkout.average', {
                average: formatNumber(locale, average, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
                count: rated,
              })}{' '}
          ({checkout.ratings.map((c, i) => `${formatNumber(locale, i + 1)}: ${formatNumber(locale, c)}`).join(' · ')})
        </dd>
      </div>
      <div>
        <dt>{t('after.checkout.heard')}</dt>
        <dd>{t('after.checkout.heardCounts', { yes: heard.yes, somewhat: heard.somewhat, no: heard.no })}</dd>
      </div>
    </dl>
  );
}
