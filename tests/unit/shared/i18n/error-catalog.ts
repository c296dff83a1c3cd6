import type { Catalog } from '#shared/i18n/catalog';
import type { Locale } from '#shared/i18n/locales';
import { createTranslator, type Translate } from '#shared/i18n/translator';
import { readCatalogs } from './read-catalogs';

const catalogs = readCatalogs();

/** The errors namespace as the console merges it ("errors.meeting.notFound"). */
function errorsOf(locale: Locale): Catalog {
  return Object.fromEntries(Object.entries(catalogs[locale].errors ?? {}).map(([key, message]) => [`errors.${key}`, message]));
}

/** The console's translator for refusals in one locale, English behind it as in the app. */
export function consoleErrorsTranslator(locale: Locale): Translate {
  return createTranslator(locale, errorsOf(locale), errorsOf('en'));
}
