import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeFileAtomic } from '../storage/json-file';
import { PLAIN_CODEC } from '../storage/file-codec';

/**
 * The key file of an encrypted data folder. It holds no meeting data: only
 * the data keys, each sealed with a key derived from a passphrase (see
 * passphrase-key.ts). Changing the passphrase re-seals the data keys and
 * re-encrypts the folder; while that is under way the file holds the old and
 * the new data key, each sealed under the old and the new passphrase, so the
 * folder opens with either whatever moment the work stops at.
 */
export const KEY_FILE_NAME = 'circlekeeper-key.json';

const Base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/=]*$/)
  .max(1000);

export const PassphraseWrap = z.strictObject({
  kdf: z.strictObject({ algorithm: z.literal('scrypt'), N: z.number().int(), r: z.number().int(), p: z.number().int(), salt: Base64 }),
  /** keyCheck of the passphrase's key: tells a wrong passphrase from a damaged key file. */
  check: Base64,
  /** The data key, sealed with the passphrase's key (associated data: the data key's id). */
  sealedKey: Base64,
  /** The old passphrase's seal during a change of passphrase: dropped when the change is done. */
  retiring: z.literal(true).optional(),
});
export type PassphraseWrap = z.infer<typeof PassphraseWrap>;

export const KeyEntry = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9]{16}$/),
  wraps: z.array(PassphraseWrap).min(1).max(4),
});
export type KeyEntry = z.infer<typeof KeyEntry>;

export const KeyFile = z.strictObject({
  format: z.literal('circlekeeper-key'),
  version: z.literal(1),
  keys: z.array(KeyEntry).min(1).max(2),
  /** The key new writes are sealed with; null while encryption is being removed. */
  current: z.string().nullable(),
  /** True from the moment a re-encryption starts until every file is done. */
  changing: z.boolean(),
});
export type KeyFile = z.infer<typeof KeyFile>;

export function keyFilePath(dataDir: string): string {
  return join(dataDir, KEY_FILE_NAME);
}

export type KeyFileRead = { kind: 'none' } | { kind: 'good'; file: KeyFile } | { kind: 'bad'; reason: string };

export async function readKeyFile(dataDir: string): Promise<KeyFileRead> {
  const read = await readJsonFile(keyFilePath(dataDir), PLAIN_CODEC);
  if (read.kind === 'missing') return { kind: 'none' };
  if (read.kind === 'bad') return read;
  const parsed = KeyFile.safeParse(read.value);
  return parsed.success ? { kind: 'good', file: parsed.data } : { kind: 'bad', reason: 'the key file does not have the expected shape' };
}

/** Atomic and flushed: the key file is the commit point of every change of passphrase. */
export function writeKeyFile(dataDir: string, file: KeyFile): Promise<void> {
  return writeFileAtomic(keyFilePath(dataDir), JSON.stringify(file, null, 1), true, PLAIN_CODEC);
}

export function removeKeyFile(dataDir: string): Promise<void> {
  return rm(keyFilePath(dataDir), { force: true });
}
