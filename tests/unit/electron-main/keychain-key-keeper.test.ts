import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keychainKeyKeeper, type SafeStorageLike } from '../../../electron/main/keychain-key-keeper';
import type { Preferences, PreferenceStore } from '../../../electron/backend/preferences';

function memoryPrefs(): PreferenceStore & { values: Preferences } {
  const values: Preferences = {};
  return {
    values,
    get: (key) => values[key],
    set: (key, value) => {
      if (value === undefined) delete values[key];
      else values[key] = value;
    },
  };
}

/** Stands in for the keychain: reversible, but not the identity, so a test sees the key is not stored as given. */
function fakeSafeStorage(backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => true,
    encryptString: (plain) => Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
    decryptString: (encrypted) => Buffer.from(encrypted.map((b) => b ^ 0x5a)).toString('utf8'),
    getSelectedStorageBackend: () => backend,
  };
}

describe('the keychain key keeper (remember on this computer)', () => {
  it('keeps a data key per folder, encrypted by the keychain, and gives it back', async () => {
    const prefs = memoryPrefs();
    const keeper = keychainKeyKeeper(fakeSafeStorage(), prefs, 'linux');
    const key = { id: 'AbCdEfGhIjKlMnOp', key: randomBytes(32) };
    expect(keeper.available()).toBe(true);
    await keeper.save('/data/a', key);
    expect(JSON.stringify(prefs.values)).not.toContain(key.key.toString('base64'));
    const back = await keeper.load('/data/a');
    expect(back?.id).toBe(key.id);
    expect(back?.key.equals(key.key)).toBe(true);
    expect(await keeper.load('/data/b')).toBeNull();
    await keeper.forget('/data/a');
    expect(await keeper.load('/data/a')).toBeNull();
    expect(prefs.values.keptKeys).toBeUndefined();
  });

  it('is not offered where Linux has no keyring (Electron would use a fixed password)', () => {
    expect(keychainKeyKeeper(fakeSafeStorage('basic_text'), memoryPrefs(), 'linux').available()).toBe(false);
    expect(keychainKeyKeeper(fakeSafeStorage('basic_text'), memoryPrefs(), 'darwin').available()).toBe(true);
  });

  it('asks for the passphrase when the kept key cannot be read back', async () => {
    const prefs = memoryPrefs();
    prefs.set('keptKeys', { '/data/a': Buffer.from('not json').toString('base64') });
    expect(await keychainKeyKeeper(fakeSafeStorage(), prefs, 'linux').load('/data/a')).toBeNull();
  });
});
