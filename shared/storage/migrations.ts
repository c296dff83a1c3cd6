import { CURRENT_SCHEMA_VERSION, Database } from './database';
import { migrate1to2 } from './migrate-1-to-2';

/**
 * Migrations are pure functions from one schema version to the next, so they
 * can be tested against old fixtures without touching the disk. Add a step
 * here when CURRENT_SCHEMA_VERSION goes up; never edit a released step.
 */
type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export const migrations: Record<number, Migration> = {
  1: migrate1to2,
  // Version 3 changes where records are kept, not their shape: the store
  // moves past meetings into archives when it opens a version 2 file.
  2: (data) => data,
};

export type MigrationOutcome =
  | { ok: true; data: Database; migratedFrom: number | null }
  | { ok: false; reason: string };

export function migrateToCurrent(raw: unknown): MigrationOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'the file does not hold a Circlekeeper data object' };
  }
  let data = raw as Record<string, unknown>;
  const startVersion = data.schemaVersion;
  if (typeof startVersion !== 'number' || !Number.isInteger(startVersion) || startVersion < 1) {
    return { ok: false, reason: 'the file has no valid schemaVersion' };
  }
  if (startVersion > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `the file was written by a newer Circlekeeper (data version ${String(startVersion)}, this app reads up to ${String(CURRENT_SCHEMA_VERSION)})`,
    };
  }
  for (let version = startVersion; version < CURRENT_SCHEMA_VERSION; version += 1) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: `no migration from data version ${String(version)}` };
    data = { ...step(data), schemaVersion: version + 1 };
  }
  const parsed = Database.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') || 'the top level' : 'the top level';
    return { ok: false, reason: `the data does not validate (${where}: ${first?.message ?? 'invalid'})` };
  }
  return { ok: true, data: parsed.data, migratedFrom: startVersion === CURRENT_SCHEMA_VERSION ? null : startVersion };
}
