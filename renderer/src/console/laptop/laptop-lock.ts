/**
 * Pass-the-laptop locks the console: while a member holds the laptop, no
 * Back, reload, other tab or link may show them the facilitator's pages. The
 * lock is kept in localStorage, so it outlives a reload, is seen by every
 * console tab of this app at once, and is still there after a restart, until
 * the facilitator unlocks it deliberately. It names only what is being
 * answered and how many have answered: never who, never what.
 */
export type LaptopLock =
  { kind: 'checkout'; meetingId: string; answered: number } | { kind: 'survey'; groupId: string; surveyId: string; answered: number };

export const LAPTOP_LOCK_KEY = 'circlekeeper.laptopLock';

/** The word the facilitator types to unlock: deliberate, so a swipe, a stray key or a curious member does not. */
export const UNLOCK_WORD = 'unlock';

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 64;

/** Reads a stored lock; anything malformed counts as a checkout lock with nothing to answer rather than as unlocked. */
export function parseLaptopLock(text: string | null): LaptopLock | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const answered = typeof v.answered === 'number' && Number.isInteger(v.answered) && v.answered >= 0 ? v.answered : 0;
  if (v.kind === 'survey' && isId(v.groupId) && isId(v.surveyId)) return { kind: 'survey', groupId: v.groupId, surveyId: v.surveyId, answered };
  if (v.kind === 'checkout' && isId(v.meetingId)) return { kind: 'checkout', meetingId: v.meetingId, answered };
  // A damaged lock still locks: failing open would hand the console to whoever holds the laptop.
  return { kind: 'checkout', meetingId: '', answered };
}

/**
 * True when the typed text is the unlock word, however it was capitalised or
 * spaced: the English word always, or the word in the facilitator's language.
 */
export function isUnlockWord(typed: string, localWord?: string): boolean {
  const text = typed.trim().toLowerCase();
  return text === UNLOCK_WORD || (localWord !== undefined && localWord.trim() !== '' && text === localWord.trim().toLowerCase());
}

export function readLaptopLock(): LaptopLock | null {
  try {
    return parseLaptopLock(localStorage.getItem(LAPTOP_LOCK_KEY));
  } catch {
    return null;
  }
}

export function writeLaptopLock(lock: LaptopLock | null): void {
  try {
    if (lock) localStorage.setItem(LAPTOP_LOCK_KEY, JSON.stringify(lock));
    else localStorage.removeItem(LAPTOP_LOCK_KEY);
  } catch {
    // Storage refused (private mode, full disk): the lock still holds in this page until unlocked.
  }
}
