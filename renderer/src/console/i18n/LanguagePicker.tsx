import { useId } from 'react';
import { LOCALE_INFO, LOCALES } from '#shared/i18n/locales';
import { useT } from '../../common/i18n/I18nProvider';
import { useConsoleLocale } from './console-locale';

/** The facilitator's language for the console. Each language is named in itself; unreviewed ones say so. */
export function LanguagePicker() {
  const t = useT();
  const [locale, setLocale] = useConsoleLocale();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('shell.language.label')}</label>
      <select id={id} value={locale} onChange={(e) => setLocale(e.target.value as typeof locale)}>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_INFO[code].nativeReviewed ? LOCALE_INFO[code].endonym : t('shell.language.notReviewed', { language: LOCALE_INFO[code].endonym })}
          </option>
        ))}
      </select>
    </div>
  );
}
