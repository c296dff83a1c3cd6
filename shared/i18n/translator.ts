import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import type { Catalog } from './catalog';
import { SOURCE_LOCALE, type Locale } from './locales';

export type MessageValues = Record<string, PrimitiveType>;
export type Translate = (id: string, values?: MessageValues) => string;

/**
 * Formats messages of one locale with ICU plurals and selects
 * (intl-messageformat, FormatJS's core). A message the locale lacks falls
 * back to English so nobody meets a blank; the catalog check keeps that
 * from shipping. An id no catalog has is shown as itself, so it is seen.
 */
export function createTranslator(locale: Locale, catalog: Catalog, source: Catalog): Translate {
  const compiled = new Map<string, IntlMessageFormat>();
  return (id, values) => {
    let format = compiled.get(id);
    if (!format) {
      const own = catalog[id];
      const message = own ?? source[id];
      if (message === undefined) return id;
      format = new IntlMessageFormat(message, own === undefined ? SOURCE_LOCALE : locale);
      compiled.set(id, format);
    }
    const out = format.format(values);
    return typeof out === 'string' ? out : String(out);
  };
}

/** The language a file or a preview is written in: its messages, and the locale Intl writes dates and numbers for. */
export interface Wording {
  t: Translate;
  locale: Locale;
}
