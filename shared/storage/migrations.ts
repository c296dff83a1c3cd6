import { RoomState } from '../domain/types';
import { Settings } from '../settings/settings';
import { CURRENT_SCHEMA_VERSION, Database, emptyDatabase, recordSchemas } from './database';
import { salvageRecords, type SetAsideRecord } from './salvage';
import { migrate1to2 } from './migrate-1-to-2';
import { migrate3to4 } from './migrate-3-to-4';
import { migrate4to5 } from './migrate-4-to-5';
import { migrate5to6 } from './migrate-5-to-6';
import { migrate6to7 } from './migrate-6-to-7';

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
  3: migrate3to4,
  4: migrate4to5,
  5: migrate5to6,
  6: migrate6to7,
};

export type MigrationOutcome =
  | { ok: true; data: Database; migratedFrom: number | null; setAside: SetAsideRecord[] }
  /** `newerVersion`: written by a newer Circlekeeper; it must not be changed or forked. */
  | { ok: false; reason: string; newerVersion?: number };

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
      newerVersion: startVersion,
      reason: `the file was written by a newer Circlekeeper (data version ${String(startVersion)}, this app reads up to ${String(CURRENT_SCHEMA_VERSION)})`,
    };
  }
  for (let version = startVersion; version < CURRENT_SCHEMA_VERSION; version += 1) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: `no migration from data version ${String(version)}` };
    data = { ...step(data), schemaVersion: version + 1 };
  }
  const migratedFrom = startVersion === CURRENT_SCHEMA_VERSION ? null : startVersion;
  const parsed = Database.safeParse(data);
  if (parsed.success) return { ok: true, data: parsed.data, migratedFrom, setAside: [] };
  const defaults = emptyDatabase();
  const salvaged = salvageRecords<Database>(
    data,
    recordSchemas,
    { settings: { schema: Settings, fallback: () => defaults.settings }, room: { schema: RoomState, fallback: () => defaults.room } },
    { schemaVersion: CURRENT_SCHEMA_VERSION },
  );
  if (!salvaged.ok) return { ok: false, reason: `the data does not validate (${salvaged.reason})` };
  return { ok: true, data: salvaged.data, migratedFrom, setAside: salvaged.setAside };
}
