import { useCallback, useState } from 'react';
import { ApiError } from '../api/api-error';

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
  const [error, setError] = useState<string | null>(null);
  const [errorField, setErrorField] = useState<string | null>(null);

  const run = useCallback(async <T>(task: () => Promise<T>) => {
    setBusy(true);
    setError(null);
    setErrorField(null);
    try {
      return await task();
    } catch (failure) {
      setError((failure as Error).message);
      setErrorField(failure instanceof ApiError ? (failure.field ?? null) : null);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, error, errorField, clearError: useCallback(() => setError(null), []), run };
}
