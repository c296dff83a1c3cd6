import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalog } from '#shared/i18n/catalog';
import { LOCALE_INFO, SOURCE_LOCALE, type Locale } from '#shared/i18n/locales';
import { createTranslator, type Translate } from '#shared/i18n/translator';

interface I18n {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * Messages of one locale for the surface below it. `load` brings a
 * locale's catalog (a chunk of its own, so nobody downloads languages they
 * do not use); until it arrives the English one is used, so the screen is
 * never blank. The page's lang and dir follow, so screen readers, fonts and
 * the layout's direction are right; a surface inside another (the room's
 * preview in the console) says `applyToDocument={false}` and sets lang and
 * dir on its own element instead.
 */
export function I18nProvider({
  locale,
  source,
  load,
  applyToDocument = true,
  children,
}: {
  locale: Locale;
  source: Catalog;
  load: (locale: Locale) => Promise<Catalog>;
  applyToDocument?: boolean;
  children: ReactNode;
}) {
  const [loaded, setLoaded] = useState<{ locale: Locale; catalog: Catalog } | null>(null);
  useEffect(() => {
    if (locale === SOURCE_LOCALE) return undefined;
    let current = true;
    void load(locale).then((catalog) => {
      if (current) setLoaded({ locale, catalog });
    });
    return () => {
      current = false;
    };
  }, [locale, load]);
  // English is in the bundle; another language shows once its chunk has arrived (English until then).
  const active = locale === SOURCE_LOCALE || loaded?.locale !== locale ? { locale: SOURCE_LOCALE, catalog: source } : loaded;
  const value = useMemo<I18n>(
    () => ({ locale: active.locale, dir: LOCALE_INFO[active.locale].dir, t: createTranslator(active.locale, active.catalog, source) }),
    [active.locale, active.catalog, source],
  );
  useEffect(() => {
    if (!applyToDocument) return;
    document.documentElement.lang = value.locale;
    document.documentElement.dir = value.dir;
  }, [applyToDocument, value.locale, value.dir]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useT needs an I18nProvider above it.');
  return i18n;
}

/** The message formatter of the surface's locale: t('display.welcome', { name }). */
export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): { locale: Locale; dir: 'ltr' | 'rtl' } {
  const { locale, dir } = useI18n();
  return { locale, dir };
}
