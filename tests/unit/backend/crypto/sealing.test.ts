import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKey, keyCheck, keyMatches, kdfParamsAreSane, newKdfParams } from '../../../../electron/backend/crypto/passphrase-key';
import { open, seal, SealBroken } from '../../../../electron/backend/crypto/sealing';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('sealing', () => {
  it('opens what it sealed, with the same associated data', () => {
    const key = randomBytes(32);
    const sealed = seal(key, [Buffer.from('Ana '), Buffer.from('shared a lot')], Buffer.from('header'));
    expect(sealed.includes(Buffer.from('Ana'))).toBe(false);
    expect(open(key, sealed, Buffer.from('header')).toString()).toBe('Ana shared a lot');
  });

  it('refuses a flipped byte, another key, other associated data and a cut-short seal', () => {
    const key = randomBytes(32);
    const sealed = seal(key, Buffer.from('private note'), Buffer.from('h'));
    const flipped = Buffer.from(sealed);
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    expect(() => open(key, flipped, Buffer.from('h'))).toThrow(SealBroken);
    expect(() => open(randomBytes(32), sealed, Buffer.from('h'))).toThrow(SealBroken);
    expect(() => open(key, sealed, Buffer.from('x'))).toThrow(SealBroken);
    expect(() => open(key, sealed.subarray(0, sealed.length - 1), Buffer.from('h'))).toThrow(SealBroken);
    expect(() => open(key, sealed.subarray(0, 10))).toThrow(SealBroken);
  });

  it('uses a fresh nonce each time', () => {
    const key = randomBytes(32);
    expect(seal(key, Buffer.from('same')).equals(seal(key, Buffer.from('same')))).toBe(false);
  });
});

describe('passphrase keys', () => {
  it('derives the same key from the same passphrase and salt, and tells a wrong one by its check', async () => {
    const params = newKdfParams(CHEAP);
    const a = await deriveKey('correct horse', params);
    const b = await deriveKey('correct horse', params);
    const wrong = await deriveKey('correct hors', params);
    expect(a.equals(b)).toBe(true);
    expect(keyMatches(a, keyCheck(b))).toBe(true);
    expect(keyMatches(wrong, keyCheck(a))).toBe(false);
  });

  it('treats composed and decomposed accents as the same passphrase', async () => {
    const params = newKdfParams(CHEAP);
    const composed = await deriveKey('caf\u00e9 ensemble', params);
    const decomposed = await deriveKey('cafe\u0301 ensemble', params);
    expect(composed.equals(decomposed)).toBe(true);
  });

  it('refuses key settings a crafted file could use to stall the app', async () => {
    expect(kdfParamsAreSane({ algorithm: 'scrypt', N: 2 ** 24, r: 8, p: 1, salt: '' })).toBe(false);
    expect(kdfParamsAreSane({ algorithm: 'scrypt', N: 1000, r: 8, p: 1, salt: '' })).toBe(false);
    await expect(deriveKey('x', { algorithm: 'scrypt', N: 2 ** 24, r: 8, p: 1, salt: '' })).rejects.toThrow(/outside/);
  });
});
