import type { Locale } from '#shared/i18n/locales';
import type { Wording } from '#shared/i18n/translator';
import { backendTranslator } from '../../../../electron/backend/i18n/backend-messages';

/** The messages and locale a file is written in, as the backend words it (exports.json included). */
export function wording(locale: Locale): Wording {
  return { t: backendTranslator(locale), locale };
}
