import type { KdfCost } from '../crypto/passphrase-key';
import { sealingCodec, type DataKey, type FileCodec } from '../storage/file-codec';
import { readKeyFile, removeKeyFile, writeKeyFile, type KeyFile } from './key-file';
import { keyEntry, newDataKey, passphraseKey, unlockKeys, type PassphraseKey } from './key-ring';
import { reencryptFolder } from './reencrypt';

/**
 * Encryption at rest of a data folder: turning it on, changing or removing
 * the passphrase, and finishing a change that a crash cut short.
 *
 * Each change follows the same three steps: (1) write the key file with the
 * keys of both the old and the new state, each sealed under every passphrase
 * involved, and `changing: true`; (2) rewrite every file of the record with
 * the new key (or in clear), one atomic file at a time; (3) write the key
 * file of the new state (or remove it). The key file is written atomically,
 * so at any moment every file opens with the keys it names, and those open
 * with the old passphrase or the new one: killing the app at any point
 * loses nothing, and the next start finishes the change.
 */

export interface Unlocked {
  /** Every data key the folder's files may be sealed with. */
  keys: DataKey[];
  /** The key new writes are sealed with (null while encryption is being removed). */
  current: DataKey | null;
  file: KeyFile;
}

export type VaultOpening = { kind: 'plain' } | { kind: 'locked'; file: KeyFile } | { kind: 'bad'; reason: string };

export async function vaultOpening(dataDir: string): Promise<VaultOpening> {
  const read = await readKeyFile(dataDir);
  if (read.kind === 'none') return { kind: 'plain' };
  if (read.kind === 'bad') return read;
  return { kind: 'locked', file: read.file };
}

export type UnlockResult = { ok: true; unlocked: Unlocked } | { ok: false; reason: 'wrong_passphrase' | 'damaged' };

export async function unlock(file: KeyFile, passphrase: string): Promise<UnlockResult> {
  const opened = await unlockKeys(file, passphrase);
  if (!opened.ok) return opened;
  return { ok: true, unlocked: unlockedWith(file, opened.keys) };
}

/** Unlocks with a data key kept by the operating system's keychain; only when no change is under way. */
export function unlockWithKey(file: KeyFile, key: DataKey): Unlocked | null {
  if (file.changing || file.current !== key.id || file.keys.length !== 1) return null;
  return unlockedWith(file, [key]);
}

function unlockedWith(file: KeyFile, keys: DataKey[]): Unlocked {
  return { keys, current: keys.find((k) => k.id === file.current) ?? null, file };
}

/** How files are read and written once unlocked. */
export function codecOf(unlocked: Unlocked): FileCodec {
  return sealingCodec(unlocked.current, unlocked.keys);
}

export interface ChangeHooks {
  /** KDF cost: tests and the bench lower it; the app uses the default. */
  cost?: KdfCost;
  /** Called after each file is rewritten (tests stop the process there). */
  afterEachFile?: (done: number) => void;
}

/**
 * Finishes a change the key file says is under way (steps 2 and 3). Returns
 * the folder's state afterwards: the new key, or null when encryption was
 * removed.
 */
export async function finishChange(dataDir: string, unlocked: Unlocked, hooks: ChangeHooks = {}): Promise<Unlocked | null> {
  const { file } = unlocked;
  const target = unlocked.current;
  await reencryptFolder(dataDir, codecOf(unlocked), sealingCodec(target, []), target?.id ?? null, hooks.afterEachFile);
  if (!target) {
    await removeKeyFile(dataDir);
    return null;
  }
  const entry = file.keys.find((k) => k.id === target.id);
  if (!entry) throw new Error('The key file lost its current key.');
  const final: KeyFile = { ...file, keys: [{ ...entry, wraps: entry.wraps.filter((w) => !w.retiring) }], changing: false };
  await writeKeyFile(dataDir, final);
  return { keys: [target], current: target, file: final };
}

/** Turns encryption on for a folder in clear. */
export async function enableEncryption(dataDir: string, passphrase: string, hooks: ChangeHooks = {}): Promise<Unlocked> {
  const key = newDataKey();
  const by = await passphraseKey(passphrase, hooks.cost);
  const file: KeyFile = { format: 'circlekeeper-key', version: 1, keys: [keyEntry(key, [by])], current: key.id, changing: true };
  await writeKeyFile(dataDir, file);
  const done = await finishChange(dataDir, { keys: [key], current: key, file }, hooks);
  if (!done) throw new Error('Encryption was not turned on.');
  return done;
}

/** A new passphrase and a new data key: everything is re-encrypted, so the old passphrase opens nothing afterwards. */
export async function changePassphrase(
  dataDir: string,
  unlocked: Unlocked,
  oldPassphrase: string,
  newPassphrase: string,
  hooks: ChangeHooks = {},
): Promise<Unlocked> {
  const next = newDataKey();
  const [oldBy, newBy] = await Promise.all([passphraseKey(oldPassphrase, hooks.cost), passphraseKey(newPassphrase, hooks.cost)]);
  const file = transitionFile([...unlocked.keys, next], next.id, oldBy, newBy);
  await writeKeyFile(dataDir, file);
  const done = await finishChange(dataDir, { keys: [...unlocked.keys, next], current: next, file }, hooks);
  if (!done) throw new Error('The passphrase was not changed.');
  return done;
}

/** Back to files in clear; the key file goes last. */
export async function removeEncryption(dataDir: string, unlocked: Unlocked, passphrase: string, hooks: ChangeHooks = {}): Promise<void> {
  const by = await passphraseKey(passphrase, hooks.cost);
  const file: KeyFile = { format: 'circlekeeper-key', version: 1, keys: unlocked.keys.map((k) => keyEntry(k, [by])), current: null, changing: true };
  await writeKeyFile(dataDir, file);
  await finishChange(dataDir, { keys: unlocked.keys, current: null, file }, hooks);
}

/** Every key sealed under both passphrases; the old passphrase's seals are marked to go when the change is done. */
function transitionFile(keys: readonly DataKey[], current: string, oldBy: PassphraseKey, newBy: PassphraseKey): KeyFile {
  return {
    format: 'circlekeeper-key',
    version: 1,
    keys: keys.map((k) => {
      const entry = keyEntry(k, [newBy, oldBy]);
      const [fresh, retiring] = entry.wraps;
      if (!fresh || !retiring) throw new Error('A key was not sealed under both passphrases.');
      return { ...entry, wraps: [fresh, { ...retiring, retiring: true }] };
    }),
    current,
    changing: true,
  };
}
