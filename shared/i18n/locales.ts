/**
 * The languages Circlekeeper ships. English is the source: every message
 * exists in English first, and the catalog check (check-catalogs.ts) fails
 * the build when another shipped locale lacks one. A locale stays marked
 * "translated without a native review yet" until a native speaker signs it
 * off (see messages/README.md for how to review or add a language).
 */
export const LOCALES = ['en', 'es', 'de', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

export interface LocaleInfo {
  /** The language's name in itself, as a speaker looks for it in a list. */
  endonym: string;
  dir: 'ltr' | 'rtl';
  /** False until a native speaker has reviewed the translation. */
  nativeReviewed: boolean;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { endonym: 'English', dir: 'ltr', nativeReviewed: true },
  es: { endonym: 'Español', dir: 'ltr', nativeReviewed: false },
  de: { endonym: 'Deutsch', dir: 'ltr', nativeReviewed: false },
  ar: { endonym: 'العربية', dir: 'rtl', nativeReviewed: false },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The shipped locale closest to a browser's or system's language tag ("es-MX" → "es"), English otherwise. */
export function closestLocale(tag: string | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : SOURCE_LOCALE;
}
