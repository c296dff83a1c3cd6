import type { Catalog } from '#shared/i18n/catalog';
import { SOURCE_LOCALE, type Locale } from '#shared/i18n/locales';
import { createTranslator, type Translate } from '#shared/i18n/translator';
import arContent from '../../../shared/i18n/messages/ar/content.json' with { type: 'json' };
import arExports from '../../../shared/i18n/messages/ar/exports.json' with { type: 'json' };
import arNotices from '../../../shared/i18n/messages/ar/notices.json' with { type: 'json' };
import deContent from '../../../shared/i18n/messages/de/content.json' with { type: 'json' };
import deExports from '../../../shared/i18n/messages/de/exports.json' with { type: 'json' };
import deNotices from '../../../shared/i18n/messages/de/notices.json' with { type: 'json' };
import enContent from '../../../shared/i18n/messages/en/content.json' with { type: 'json' };
import enExports from '../../../shared/i18n/messages/en/exports.json' with { type: 'json' };
import enNotices from '../../../shared/i18n/messages/en/notices.json' with { type: 'json' };
import esContent from '../../../shared/i18n/messages/es/content.json' with { type: 'json' };
import esExports from '../../../shared/i18n/messages/es/exports.json' with { type: 'json' };
import esNotices from '../../../shared/i18n/messages/es/notices.json' with { type: 'json' };

/**
 * The namespaces the backend writes in a locale, as text, prefixed as the console prefixes them ("content.rules.listen"):
 * a new group's built-in content, the files and lines it writes for a person to read (exports.json), and its
 * start-up notices (notices.json, worded in English here; the console says them in its own language).
 */
const byLocale: Record<Locale, Record<string, Record<string, string>>> = {
  en: { content: enContent, exports: enExports, notices: enNotices },
  es: { content: esContent, exports: esExports, notices: esNotices },
  de: { content: deContent, exports: deExports, notices: deNotices },
  ar: { content: arContent, exports: arExports, notices: arNotices },
};

function flatten(namespaces: Record<string, Record<string, string>>): Catalog {
  const out: Record<string, string> = {};
  for (const [ns, messages] of Object.entries(namespaces)) {
    for (const [key, message] of Object.entries(messages)) if (!key.startsWith('_')) out[`${ns}.${key}`] = message;
  }
  return out;
}

const catalogs = Object.fromEntries(Object.entries(byLocale).map(([locale, namespaces]) => [locale, flatten(namespaces)])) as Record<Locale, Catalog>;
const translators = new Map<Locale, Translate>();

/** Messages the backend writes (a new group's built-in content, exports, previews) in the given locale. */
export function backendTranslator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator(locale, catalogs[locale], catalogs[SOURCE_LOCALE]);
    translators.set(locale, t);
  }
  return t;
}
