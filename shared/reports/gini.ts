/**
 * The Gini coefficient of a list of amounts (speaking time per person): 0
 * when everyone has the same, rising towards 1 as one person has it all
 * (at most (n − 1) / n for n people). Null when there is nothing to share
 * out: no people, or no time at all.
 *
 * G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² mean), computed in O(n log n) from the sorted
 * amounts as G = 2 Σᵢ i·x₍ᵢ₎ / (n Σ x) − (n + 1) / n, with i from 1.
 */
export function gini(amounts: readonly number[]): number | null {
  const n = amounts.length;
  const total = amounts.reduce((sum, x) => sum + x, 0);
  if (n === 0 || total <= 0) return null;
  const sorted = [...amounts].sort((a, b) => a - b);
  const weighted = sorted.reduce((sum, x, i) => sum + (i + 1) * x, 0);
  // Rounding can leave a hair below zero for equal amounts.
  return Math.max(0, (2 * weighted) / (n * total) - (n + 1) / n);
}
