import { Preferences, type PreferenceStore } from '../backend/preferences';

/** The part of electron-store (or any key-value store) this needs. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/**
 * A PreferenceStore over an untyped key-value store. Each value is checked
 * against the Preferences schema when read: a hand-edited or stale file
 * yields "no preference", never a malformed value in the window code.
 */
export function validatedPreferences(store: KeyValueStore): PreferenceStore {
  const shape = Preferences.shape;
  return {
    get(key) {
      const parsed = shape[key].safeParse(store.get(key));
      return parsed.success ? (parsed.data as never) : undefined;
    },
    set(key, value) {
      if (value === undefined) {
        store.delete(key);
        return;
      }
      // Refuse to write what could not be read back.
      store.set(key, shape[key].parse(value));
    },
  };
}
