import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM, from node's crypto: a fresh 12-byte nonce per seal, and a
 * 16-byte tag that fails the whole open if any byte of the nonce, the
 * ciphertext, the tag or the associated data was changed.
 * Sealed layout: nonce (12) | ciphertext | tag (16).
 */
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const SEAL_OVERHEAD = NONCE_BYTES + TAG_BYTES;

export class SealBroken extends Error {
  constructor() {
    super('The sealed data could not be opened: the key is wrong or the data was changed.');
  }
}

export function seal(key: Buffer, plain: Buffer | readonly Buffer[], associated?: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  if (associated) cipher.setAAD(associated);
  const parts = Buffer.isBuffer(plain) ? [plain] : plain;
  const out: Buffer[] = [nonce];
  for (const part of parts) out.push(cipher.update(part));
  out.push(cipher.final(), cipher.getAuthTag());
  return Buffer.concat(out);
}

/** Opens what seal made, or throws SealBroken: never returns bytes that were not sealed with this key. */
export function open(key: Buffer, sealed: Buffer, associated?: Buffer): Buffer {
  if (sealed.length < SEAL_OVERHEAD) throw new SealBroken();
  const nonce = sealed.subarray(0, NONCE_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const body = sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    if (associated) decipher.setAAD(associated);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new SealBroken();
  }
}
