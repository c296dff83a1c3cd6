import { useLocale } from '../../common/i18n/I18nProvider';
import { careDate } from './care-dates';

/** A calendar date for a person, with the machine-readable date beside it. */
export function CareDate({ iso }: { iso: string }) {
  const { locale } = useLocale();
  return <time dateTime={iso}>{careDate(locale, iso)}</time>;
}
