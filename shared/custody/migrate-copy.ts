import { emptyDatabase } from '../storage/database';
import { migrateToCurrent } from '../storage/migrations';
import { CopyContent } from './copy-file';
import { BUNDLE_LISTS, extractGroup, FULL_INCLUDE } from './group-bundle';

/**
 * A copy written by an older Circlekeeper, brought to the current data
 * version by the same migrations the data file goes through: its groups are
 * laid out as one record, migrated, and taken apart again. Nothing is
 * salvaged: a copy is opened whole or not at all, so if any record would be
 * set aside the copy counts as damaged (null).
 *
 * What was left out when the copy was made stays out: the groups are taken
 * apart with everything included because the stripping was done already.
 */
type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

export function migrateCopy(raw: Raw): CopyContent | null {
  if (!Array.isArray(raw.groups) || !raw.groups.every(isRecord)) return null;
  const bundles = raw.groups;
  const flat: Raw = { schemaVersion: raw.schemaVersion, groups: bundles.map((b) => b.group) };
  for (const key of BUNDLE_LISTS) {
    // A collection newer than the copy is absent from every bundle; the migration adds it empty.
    if (bundles.some((b) => key in b)) flat[key] = bundles.flatMap((b) => (Array.isArray(b[key]) ? (b[key] as unknown[]) : []));
  }
  const defaults = emptyDatabase();
  flat.settings = raw.settings ?? defaults.settings;
  flat.room = defaults.room;
  const migrated = migrateToCurrent(flat);
  if (!migrated.ok || migrated.setAside.length > 0) return null;
  const record = migrated.data;
  const content = {
    ...raw,
    schemaVersion: record.schemaVersion,
    groups: record.groups.map((g) => extractGroup(record, g.id, FULL_INCLUDE)),
    ...(raw.kind === 'everything' ? { settings: record.settings } : {}),
  };
  const parsed = CopyContent.safeParse(content);
  return parsed.success ? parsed.data : null;
}
