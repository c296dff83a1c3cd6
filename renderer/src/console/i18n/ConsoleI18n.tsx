import type { ReactNode } from 'react';
import { I18nProvider } from '../../common/i18n/I18nProvider';
import { CONSOLE_SOURCE, loadConsoleMessages } from './console-messages';
import { useConsoleLocale } from './console-locale';

/** The console's messages in the facilitator's language. */
export function ConsoleI18n({ children }: { children: ReactNode }) {
  const [locale] = useConsoleLocale();
  return (
    <I18nProvider locale={locale} source={CONSOLE_SOURCE} load={loadConsoleMessages}>
      {children}
    </I18nProvider>
  );
}
