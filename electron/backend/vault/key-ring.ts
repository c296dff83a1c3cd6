import { randomBytes } from 'node:crypto';
import { deriveKey, keyCheck, keyMatches, newKdfParams, type KdfCost, type KdfParams } from '../crypto/passphrase-key';
import { open, seal, SealBroken } from '../crypto/sealing';
import type { DataKey } from '../storage/file-codec';
import type { KeyEntry, KeyFile, PassphraseWrap } from './key-file';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function newDataKey(): DataKey {
  const bytes = randomBytes(16);
  const id = [...bytes].map((b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('');
  return { id, key: randomBytes(32) };
}

/** A passphrase, turned into its key once and reused for every data key it seals. */
export interface PassphraseKey {
  kdf: KdfParams;
  key: Buffer;
}

export async function passphraseKey(passphrase: string, cost?: KdfCost): Promise<PassphraseKey> {
  const kdf = newKdfParams(cost);
  return { kdf, key: await deriveKey(passphrase, kdf) };
}

export function wrapKey(dataKey: DataKey, by: PassphraseKey): PassphraseWrap {
  return {
    kdf: { ...by.kdf },
    check: keyCheck(by.key),
    sealedKey: seal(by.key, dataKey.key, Buffer.from(dataKey.id, 'latin1')).toString('base64'),
  };
}

export function keyEntry(dataKey: DataKey, by: readonly PassphraseKey[]): KeyEntry {
  return { id: dataKey.id, wraps: by.map((p) => wrapKey(dataKey, p)) };
}

export type UnlockOutcome = { ok: true; keys: DataKey[] } | { ok: false; reason: 'wrong_passphrase' | 'damaged' };

/**
 * Opens every data key of the key file that this passphrase sealed. A
 * passphrase whose check matches no wrap is wrong; one that matches but
 * whose sealed key does not open means the key file was damaged.
 */
export async function unlockKeys(file: KeyFile, passphrase: string): Promise<UnlockOutcome> {
  const derived = new Map<string, Buffer>();
  const keys: DataKey[] = [];
  let matched = false;
  for (const entry of file.keys) {
    for (const wrap of entry.wraps) {
      let key = derived.get(wrap.kdf.salt);
      if (!key) {
        try {
          key = await deriveKey(passphrase, wrap.kdf);
        } catch {
          return { ok: false, reason: 'damaged' };
        }
        derived.set(wrap.kdf.salt, key);
      }
      if (!keyMatches(key, wrap.check)) continue;
      matched = true;
      try {
        keys.push({ id: entry.id, key: open(key, Buffer.from(wrap.sealedKey, 'base64'), Buffer.from(entry.id, 'latin1')) });
      } catch (error) {
        if (error instanceof SealBroken) return { ok: false, reason: 'damaged' };
        throw error;
      }
      break;
    }
  }
  if (!matched) return { ok: false, reason: 'wrong_passphrase' };
  // Every key the folder may need must open, or some files would stay shut.
  return keys.length === file.keys.length ? { ok: true, keys } : { ok: false, reason: 'damaged' };
}
