import { useCallback } from 'react';
import { useT } from './I18nProvider';
import { translateError, type Shown } from './translate-error';

/** translateError in the surface's language. */
export function useErrorText(): (shown: Shown) => string {
  const t = useT();
  return useCallback((shown: Shown) => translateError(t, shown), [t]);
}
