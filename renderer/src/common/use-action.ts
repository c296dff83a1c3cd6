import { useCallback, useState } from 'react';
import { ApiError } from '../api/api-error';
import { useErrorText } from './i18n/use-error-text';

export interface ActionState {
  busy: boolean;
  error: string | null;
  /** The input field the last error was about, when the backend said. */
  errorField: string | null;
  clearError: () => void;
  /** Runs the task; resolves with its result, or undefined after showing the error. */
  run: <T>(task: () => Promise<T>) => Promise<T | undefined>;
}

/** Busy and error state for one button or form, so each says its own failure. */
export function useAction(): ActionState {
  const [busy, setBusy] = useState(false);
  // The failure itself is kept, so its sentence follows the console's language.
  const [failure, setFailure] = useState<Error | null>(null);
  const errorText = useErrorText();
  const [errorField, setErrorField] = useState<string | null>(null);

  const run = useCallback(async <T>(task: () => Promise<T>) => {
    setBusy(true);
    setFailure(null);
    setErrorField(null);
    try {
      return await task();
    } catch (thrown) {
      setFailure(thrown instanceof Error ? thrown : new Error(String(thrown)));
      setErrorField(thrown instanceof ApiError ? (thrown.field ?? null) : null);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const error = failure ? errorText(failure) : null;
  return { busy, error, errorField, clearError: useCallback(() => setFailure(null), []), run };
}
