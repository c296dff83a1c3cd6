import { describe, expect, it } from 'vitest';
import { isUnlockWord, parseLaptopLock } from '../../../renderer/src/console/laptop/laptop-lock';

describe('the pass-the-laptop lock as stored', () => {
  it('reads no lock as unlocked, and a well-formed lock as itself', () => {
    expect(parseLaptopLock(null)).toBeNull();
    expect(parseLaptopLock(JSON.stringify({ kind: 'checkout', meetingId: 'm1', answered: 3 }))).toEqual({
      kind: 'checkout',
      meetingId: 'm1',
      answered: 3,
    });
    expect(parseLaptopLock(JSON.stringify({ kind: 'survey', groupId: 'g1', surveyId: 's1', answered: 0 }))).toEqual({
      kind: 'survey',
      groupId: 'g1',
      surveyId: 's1',
      answered: 0,
    });
  });

  it('stays locked when the stored lock is damaged, rather than handing over the console', () => {
    for (const damaged of [
      '',
      'not json',
      '{}',
      '[]',
      'null',
      JSON.stringify({ kind: 'survey', surveyId: 's1' }),
      JSON.stringify({ kind: 'checkout', meetingId: 7 }),
    ]) {
      expect(parseLaptopLock(damaged), damaged).toEqual({ kind: 'checkout', meetingId: '', answered: 0 });
    }
  });

  it('keeps a sensible count whatever was stored', () => {
    expect(parseLaptopLock(JSON.stringify({ kind: 'checkout', meetingId: 'm1', answered: -2 }))?.answered).toBe(0);
    expect(parseLaptopLock(JSON.stringify({ kind: 'checkout', meetingId: 'm1', answered: 1.5 }))?.answered).toBe(0);
  });

  it('unlocks only on the word itself, in any case and spacing', () => {
    expect(isUnlockWord(' Unlock ')).toBe(true);
    expect(isUnlockWord('UNLOCK')).toBe(true);
    for (const other of ['', 'unlocked', 'un lock', 'ok']) expect(isUnlockWord(other), other).toBe(false);
    // The facilitator's language's word works too, and the English one still does.
    expect(isUnlockWord(' Entsperren ', 'entsperren')).toBe(true);
    expect(isUnlockWord('unlock', 'entsperren')).toBe(true);
    expect(isUnlockWord('', ' ')).toBe(false);
  });
});
