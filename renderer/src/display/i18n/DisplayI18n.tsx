import type { ReactNode } from 'react';
import type { Locale } from '#shared/i18n/locales';
import { I18nProvider } from '../../common/i18n/I18nProvider';
import { DISPLAY_SOURCE, loadDisplayMessages } from './display-messages';

/**
 * The room screen's messages in the room's language (the group's, carried
 * by each display snapshot), so a change of language shows at once. The
 * console's preview passes applyToDocument={false}: the console's own page
 * keeps the facilitator's language.
 */
export function DisplayI18n({ locale, applyToDocument = true, children }: { locale: Locale; applyToDocument?: boolean; children: ReactNode }) {
  return (
    <I18nProvider locale={locale} source={DISPLAY_SOURCE} load={loadDisplayMessages} applyToDocument={applyToDocument}>
      {children}
    </I18nProvider>
  );
}
