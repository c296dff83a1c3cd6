import { useCallback, useSyncExternalStore } from 'react';
import { closestLocale, isLocale, type Locale } from '#shared/i18n/locales';

/** The console's language is the facilitator's own choice, kept on this computer (the room's language is the group's). */
const KEY = 'circlekeeper.consoleLocale';
const EVENT = 'circlekeeper-console-locale';

function read(): Locale {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(KEY);
  } catch {
    // Storage refused (private mode): the browser's language it is.
  }
  return isLocale(stored) ? stored : closestLocale(navigator.language);
}

function subscribe(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(EVENT, listener);
    window.removeEventListener('storage', listener);
  };
}

/** The console's language and a way to change it, at once and without a restart. */
export function useConsoleLocale(): [Locale, (next: Locale) => void] {
  const locale = useSyncExternalStore(subscribe, read);
  const set = useCallback((next: Locale) => {
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Not kept past this page, but applied now.
    }
    window.dispatchEvent(new Event(EVENT));
  }, []);
  return [locale, set];
}
