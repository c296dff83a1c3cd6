import { current, isDraft } from 'immer';

/**
 * A handler may return part of its draft; the draft is revoked once the
 * change is finished, so what it returns is copied out first.
 */
export function detach<T>(value: T): T {
  if (isDraft(value)) return current(value as object) as T;
  if (Array.isArray(value)) return value.some(containsDraft) ? (value.map(detach) as T) : value;
  if (value !== null && typeof value === 'object' && containsDraft(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, detach(inner)])) as T;
  }
  return value;
}

function containsDraft(value: unknown): boolean {
  if (isDraft(value)) return true;
  if (Array.isArray(value)) return value.some(containsDraft);
  if (value !== null && typeof value === 'object') return Object.values(value).some(containsDraft);
  return false;
}
