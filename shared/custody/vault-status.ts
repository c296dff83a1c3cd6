import { z } from 'zod';
import type { NoticeText } from '../contract/contract';

/** What the console needs to know about encryption at rest. */
export interface VaultStatus {
  /** plain: files in clear; locked: encrypted, waiting for the passphrase; unlocked: encrypted and open. */
  state: 'plain' | 'locked' | 'unlocked';
  /** A change of passphrase was cut short; unlocking finishes it. */
  changing: boolean;
  /** Why the folder cannot be opened at all (key file damaged or missing), or null. */
  problem: string | null;
  /** The problem as a sentence of the notices catalog, for the console to word in its language (English above when it cannot). */
  problemText?: NoticeText | null;
  /** Electron only: the key can be kept by the operating system's keychain. */
  canRemember: boolean;
  /** The key is kept on this computer, so the passphrase is not asked at start. */
  remembered: boolean;
}

export const PASSPHRASE_MIN = 8;
export const PASSPHRASE_MAX = 500;

/** A passphrase being set: long enough to resist guessing, not so long it is a pasted file. */
export const NewPassphrase = z
  .string({ error: 'Type a passphrase.' })
  .min(PASSPHRASE_MIN, {
    error: `A passphrase needs at least ${String(PASSPHRASE_MIN)} characters. A few unrelated words are easy to remember and hard to guess.`,
  })
  .max(PASSPHRASE_MAX, { error: `A passphrase can have at most ${String(PASSPHRASE_MAX)} characters.` });

/** A passphrase being given: its length says nothing, so only the obvious is checked. */
export const GivenPassphrase = z
  .string({ error: 'Type the passphrase.' })
  .min(1, { error: 'Type the passphrase.' })
  .max(PASSPHRASE_MAX, { error: 'That is longer than any passphrase Circlekeeper accepts.' });
