import type { PreferenceStore } from '../backend/preferences';
import type { DataKey } from '../backend/storage/file-codec';
import type { KeyKeeper } from '../backend/vault/vault-state';

/** The part of Electron's safeStorage this needs; injected so the logic is tested in plain Node. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which keyring backs it. */
  getSelectedStorageBackend?: () => string;
}

/**
 * "Remember on this computer": the data key, encrypted by the operating
 * system's keychain (Keychain on macOS, DPAPI on Windows, the Secret Service
 * on Linux), kept in the preferences per data folder. Where Linux has no
 * keyring Electron falls back to a fixed password ('basic_text'); that would
 * only look safe, so remembering is not offered there.
 */
export function keychainKeyKeeper(safe: SafeStorageLike, prefs: PreferenceStore, platform: NodeJS.Platform): KeyKeeper {
  const available = () =>
    safe.isEncryptionAvailable() && !(platform === 'linux' && (safe.getSelectedStorageBackend?.() ?? 'basic_text') === 'basic_text');
  const kept = () => ({ ...(prefs.get('keptKeys') ?? {}) });
  return {
    available,
    load(dataDir) {
      const stored = kept()[dataDir];
      if (!stored || !available()) return Promise.resolve(null);
      try {
        const parsed = JSON.parse(safe.decryptString(Buffer.from(stored, 'base64'))) as { id?: unknown; key?: unknown };
        if (typeof parsed.id !== 'string' || typeof parsed.key !== 'string') return Promise.resolve(null);
        const key: DataKey = { id: parsed.id, key: Buffer.from(parsed.key, 'base64') };
        return Promise.resolve(key.key.length === 32 ? key : null);
      } catch {
        // Another user's or another machine's keychain: ask for the passphrase instead.
        return Promise.resolve(null);
      }
    },
    save(dataDir, key) {
      if (!available()) return Promise.resolve();
      const sealed = safe.encryptString(JSON.stringify({ id: key.id, key: key.key.toString('base64') })).toString('base64');
      prefs.set('keptKeys', { ...kept(), [dataDir]: sealed });
      return Promise.resolve();
    },
    forget(dataDir) {
      const all = kept();
      if (!(dataDir in all)) return Promise.resolve();
      delete all[dataDir];
      prefs.set('keptKeys', Object.keys(all).length > 0 ? all : undefined);
      return Promise.resolve();
    },
  };
}
