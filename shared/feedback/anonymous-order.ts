/** Inserts at a random position, so the order of a list says nothing about the order of arrival. */
export function insertAtRandom<T>(list: readonly T[], item: T, random: () => number): T[] {
  const index = Math.floor(random() * (list.length + 1));
  return [...list.slice(0, index), item, ...list.slice(index)];
}
