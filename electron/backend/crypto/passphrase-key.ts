import { createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * How a passphrase becomes a key: scrypt, with its cost stored beside the
 * salt so a file made today still opens after the default is raised.
 * N = 2^17, r = 8 is OWASP's current advice for scrypt (about 128 MB and a
 * few hundred milliseconds: paid once when a file or the data folder is
 * opened, never per write).
 */
export interface KdfParams {
  readonly algorithm: 'scrypt';
  readonly N: number;
  readonly r: number;
  readonly p: number;
  /** base64 */
  readonly salt: string;
}

export const DEFAULT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;
/** Tests and the bench may pass a lower cost; nothing shipped does. */
export type KdfCost = { N: number; r: number; p: number };

/** Bounds on what a file may ask for, so a crafted header cannot make opening it take minutes or gigabytes. */
const MAX_N = 2 ** 20;
const MAX_R = 16;
const MAX_P = 4;

export function newKdfParams(cost: KdfCost = DEFAULT_COST): KdfParams {
  return { algorithm: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
}

export function kdfParamsAreSane(params: KdfParams): boolean {
  const powerOfTwo = params.N > 1 && (params.N & (params.N - 1)) === 0;
  return params.algorithm === 'scrypt' && powerOfTwo && params.N <= MAX_N && params.r >= 1 && params.r <= MAX_R && params.p >= 1 && params.p <= MAX_P;
}

/** 32 bytes for AES-256 from the passphrase (NFC-normalised, so the same words typed on another keyboard give the same key). */
export function deriveKey(passphrase: string, params: KdfParams): Promise<Buffer> {
  if (!kdfParamsAreSane(params)) return Promise.reject(new Error('The key settings in this file are outside what Circlekeeper accepts.'));
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), Buffer.from(params.salt, 'base64'), 32, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * A short fingerprint of a key, stored beside the salt, so that a wrong
 * passphrase is told apart from a damaged file. It gives a guesser nothing
 * the encrypted data would not: each guess still costs a full scrypt.
 */
export function keyCheck(key: Buffer): string {
  return createHmac('sha256', key).update('circlekeeper key check').digest().subarray(0, 16).toString('base64');
}

export function keyMatches(key: Buffer, check: string): boolean {
  const expected = Buffer.from(keyCheck(key), 'base64');
  const given = Buffer.from(check, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
