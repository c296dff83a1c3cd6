import type { z } from 'zod';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';

/** True when two lists hold the very same records in the same order (structural sharing makes this exact). */
export function sameRecords<T>(before: readonly T[], after: readonly T[]): boolean {
  return before === after || (before.length === after.length && before.every((record, i) => record === after[i]));
}

/** The records of `after` that are new or were changed since `before`. */
export function changedRecords<T>(before: readonly T[], after: readonly T[]): T[] {
  if (before === after) return [];
  const old = new Set(before);
  return after.filter((record) => !old.has(record));
}

/**
 * Domain code should never produce an invalid record; if it does, the change
 * is refused before anything is written. Only what changed is checked: the
 * whole file is checked when it is read.
 */
export function assertValid(schema: z.ZodType, records: readonly unknown[]): void {
  for (const record of records) {
    if (!schema.safeParse(record).success) {
      throw new DomainError('internal', msg('storage.invalidChange'));
    }
  }
}
