import type { Catalog } from '#shared/i18n/catalog';
import type { Locale } from '#shared/i18n/locales';
import { createTranslator, type Translate } from '#shared/i18n/translator';
import { readCatalogs } from './read-catalogs';

const catalogs = readCatalogs();

/** One namespace as the console merges it ("notices.migrated.title"). */
function namespaceOf(locale: Locale, namespace: string): Catalog {
  return Object.fromEntries(Object.entries(catalogs[locale][namespace] ?? {}).map(([key, message]) => [`${namespace}.${key}`, message]));
}

/** The console's translator for one namespace in one locale, English behind it as in the app. */
export function consoleTranslator(locale: Locale, namespace: string): Translate {
  return createTranslator(locale, namespaceOf(locale, namespace), namespaceOf('en', namespace));
}
