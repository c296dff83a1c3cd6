import type { z } from 'zod';
import { choice } from '../domain/fields';

export const RoundOrderMode = choice(['seating', 'random', 'rotating'], 'Choose the order of the round', { seating: 'as people sit' });
export type RoundOrderMode = z.infer<typeof RoundOrderMode>;

/** A small, seedable shuffle so a random order is reproducible in tests. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * The order of a round, from the people present in seating order:
 * as seated; shuffled; or rotating, where each meeting starts one seat
 * further on and the direction alternates, so nobody always goes first.
 */
export function roundOrder(seated: readonly string[], mode: RoundOrderMode, meetingNumber: number, seed: number): string[] {
  if (seated.length === 0) return [];
  if (mode === 'seating') return [...seated];
  if (mode === 'random') return seededShuffle(seated, seed);
  const start = meetingNumber % seated.length;
  const clockwise = meetingNumber % 2 === 0;
  return seated.map((_, i) => {
    const index = clockwise ? start + i : start - i;
    return seated[((index % seated.length) + seated.length) % seated.length] as string;
  });
}
