import { open as openSeal, seal } from '../crypto/sealing';

/**
 * How the record's files are stored: as JSON text, or sealed with the data
 * key when the folder is encrypted (see vault/). Every read and write of the
 * data folder goes through one of these, so nothing reaches the disk in
 * clear once encryption is on.
 */
export interface FileCodec {
  /** Stored bytes to the file's JSON text; throws FileLocked when they cannot be opened. */
  decode(stored: Buffer): Buffer;
  encode(plain: readonly Buffer[]): readonly Buffer[];
  /** Whether encode seals (for messages and the bench). */
  readonly sealing: boolean;
}

export class FileLocked extends Error {}

/**
 * An encrypted file starts with this line and the 16-character id of the key
 * that sealed it; the rest is nonce, ciphertext and tag. A JSON file can
 * never start with it, so both kinds can sit side by side while the folder
 * is being re-encrypted.
 */
const MAGIC = Buffer.from('CIRCLEKEEPER-SEALED 1\n');
const KEY_ID_BYTES = 16;

export function isSealed(stored: Buffer): boolean {
  return stored.length >= MAGIC.length && stored.subarray(0, MAGIC.length).equals(MAGIC);
}

/** The id of the key a sealed file needs, or null for a file in clear. */
export function sealedKeyId(stored: Buffer): string | null {
  return isSealed(stored) ? stored.subarray(MAGIC.length, MAGIC.length + KEY_ID_BYTES).toString('latin1') : null;
}

/** Files in clear: what a folder without a passphrase holds. */
export const PLAIN_CODEC: FileCodec = {
  decode(stored) {
    if (isSealed(stored)) throw new FileLocked('This file is encrypted and no passphrase has been given.');
    return stored;
  },
  encode: (plain) => plain,
  sealing: false,
};

export interface DataKey {
  /** 16 characters, [A-Za-z0-9]. */
  readonly id: string;
  readonly key: Buffer;
}

/**
 * Seals with `current` (or writes in clear when it is null) and opens files
 * sealed with any key it holds: while a passphrase change is under way the
 * folder holds files of both keys, and each still opens.
 */
export function sealingCodec(current: DataKey | null, known: readonly DataKey[]): FileCodec {
  const keys = new Map(known.map((k) => [k.id, k.key]));
  if (current) keys.set(current.id, current.key);
  return {
    decode(stored) {
      const id = sealedKeyId(stored);
      if (id === null) return stored;
      const key = keys.get(id);
      if (!key) throw new FileLocked('This file was encrypted with a key this data folder no longer has.');
      const header = stored.subarray(0, MAGIC.length + KEY_ID_BYTES);
      try {
        return openSeal(key, stored.subarray(header.length), header);
      } catch {
        throw new FileLocked('This file is damaged: its encrypted content does not match its seal.');
      }
    },
    encode(plain) {
      if (!current) return plain;
      const header = Buffer.concat([MAGIC, Buffer.from(current.id, 'latin1')]);
      return [header, seal(current.key, plain, header)];
    },
    sealing: current !== null,
  };
}
