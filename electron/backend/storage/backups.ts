import { copyFile, link, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { migrateToCurrent } from '#shared/storage/migrations';
import type { Database } from '#shared/storage/database';
import { parseArchiveKey, type ArchiveFile, type ArchiveKey } from '#shared/storage/layout';
import { ARCHIVE_DIR, listArchiveGroups, readArchive, writeJson } from './archive-files';
import { withoutSurveyAnswers } from '#shared/storage/scrub';
import { readJsonFile } from './json-file';
import type { FileCodec } from './file-codec';
import { fileStamp } from './timestamp';

const PREFIX = 'circlekeeper-';
export const BACKUPS_KEPT = 10;
export const BACKUP_HOT_NAME = 'circlekeeper.json';
const HOT_NAME = BACKUP_HOT_NAME;
/** A backup made just before a restore says so in its folder's name, so the list can say what undoes a restore. */
const BEFORE_RESTORE_SUFFIX = '-before-restore';
const NAME = /^circlekeeper-([0-9TZ-]{10,40}?)(-before-restore|\.json)?$/;

export type BackupReason = 'start' | 'before_restore';

/** Why a backup was made, from its name. */
export function reasonOf(name: string): BackupReason {
  return name.endsWith(BEFORE_RESTORE_SUFFIX) ? 'before_restore' : 'start';
}

/** When a backup was made, from the stamp in its name (see fileStamp); null for a name that is not a backup's. */
export function madeAtOf(name: string): number | null {
  const stamp = NAME.exec(name)?.[1];
  const iso = stamp ? /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp) : null;
  if (!iso) return null;
  const at = Date.parse(`${iso[1] ?? ''}T${iso[2] ?? ''}:${iso[3] ?? ''}:${iso[4] ?? ''}.${iso[5] ?? ''}Z`);
  return Number.isNaN(at) ? null : at;
}

export interface WriteBackupOptions {
  reason?: BackupReason;
  /** Backups the rotation must not delete (the one a restore is putting back). */
  spare?: readonly string[];
}

export function backupDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/**
 * Copies a file into a backup. An archive that has not changed since the
 * previous backup is linked to that backup's copy instead: it costs nothing,
 * and no one writes into a backup, so the link cannot change under it. (A
 * link to the live file could: an editor may write over it in place.)
 */
async function keep(from: string, to: string, previousCopy: string | null): Promise<void> {
  if (previousCopy) {
    try {
      const [source, copy] = await Promise.all([stat(from), stat(previousCopy)]);
      if (source.size === copy.size && source.mtimeMs <= copy.mtimeMs) {
        await link(previousCopy, to);
        return;
      }
    } catch {
      // No usable previous copy (or no links on this drive): copy.
    }
  }
  await copyFile(from, to);
}

/**
 * Backs up the record as it opened cleanly (the hot file and every archive,
 * in a folder per backup), and keeps only the newest few. The hot file's
 * copy leaves out the anonymous survey answers (see withoutSurveyAnswers).
 */
export async function writeBackup(
  dataDir: string,
  hotFile: string,
  now: number,
  codec: FileCodec,
  options: WriteBackupOptions = {},
): Promise<string> {
  const reason = options.reason ?? 'start';
  const spare = options.spare ?? [];
  const nameAt = (at: number) => `${PREFIX}${fileStamp(at)}${reason === 'before_restore' ? BEFORE_RESTORE_SUFFIX : ''}`;
  // A spared backup (the one being restored) is never written over, even by one made in the same millisecond.
  let at = now;
  while (spare.includes(nameAt(at))) at += 1;
  const name = nameAt(at);
  const target = join(backupDir(dataDir), name);
  // Two backups in one millisecond (a test's still clock): the older goes whole first, so that
  // copying over one of its files cannot write through a link into another backup's copy.
  await rm(target, { recursive: true, force: true });
  const previous = (await listBackups(dataDir))[0];
  const previousDir = previous ? join(backupDir(dataDir), previous) : null;
  await mkdir(target, { recursive: true, mode: 0o700 });
  const hot = await readJsonFile(hotFile, codec);
  if (hot.kind !== 'parsed' || typeof hot.value !== 'object' || hot.value === null) throw new Error(`${hotFile} could not be read to back it up`);
  await writeJson(join(target, HOT_NAME), withoutSurveyAnswers(hot.value as Record<string, unknown>), true, codec);
  for (const groupId of await listArchiveGroups(dataDir)) {
    const from = join(dataDir, ARCHIVE_DIR, groupId);
    const to = join(target, ARCHIVE_DIR, groupId);
    await mkdir(to, { recursive: true, mode: 0o700 });
    for (const name of await readdir(from)) {
      if (!/^(\d{4}|digests)\.json$/.test(name)) continue;
      await keep(join(from, name), join(to, name), previousDir ? join(previousDir, ARCHIVE_DIR, groupId, name) : null);
    }
  }
  await rotate(dataDir, [name, ...spare]);
  return target;
}

/** Keeps the newest BACKUPS_KEPT; those in `spare` stay whatever their age (and count towards the number kept). */
async function rotate(dataDir: string, spare: readonly string[]): Promise<void> {
  const names = await listBackups(dataDir);
  const kept = new Set(spare.filter((name) => names.includes(name)));
  for (const name of names) if (kept.size < BACKUPS_KEPT) kept.add(name);
  await Promise.all(names.filter((name) => !kept.has(name)).map((name) => rm(join(backupDir(dataDir), name), { recursive: true, force: true })));
}

/**
 * Newest first; the ISO stamp in the name sorts as text. Folders, and single
 * files from before version 3. Of two made in one millisecond, the backup
 * made before a restore is the older: the restore's own opening comes after.
 */
export async function listBackups(dataDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(backupDir(dataDir));
  } catch {
    return [];
  }
  const order = (name: string) => `${NAME.exec(name)?.[1] ?? ''} ${reasonOf(name) === 'before_restore' ? '0' : '1'} ${name}`;
  return names.filter((n) => NAME.test(n)).sort((a, b) => (order(a) < order(b) ? 1 : order(a) > order(b) ? -1 : 0));
}

export async function hotFileOf(dataDir: string, name: string): Promise<string> {
  const path = join(backupDir(dataDir), name);
  return (await stat(path)).isDirectory() ? join(path, HOT_NAME) : path;
}

/** The newest backup whose hot file still parses and validates, if any. */
export async function newestGoodBackup(dataDir: string, codec: FileCodec): Promise<{ path: string; data: Database } | null> {
  for (const name of await listBackups(dataDir)) {
    try {
      const path = await hotFileOf(dataDir, name);
      const read = await readJsonFile(path, codec);
      if (read.kind !== 'parsed') continue;
      const outcome = migrateToCurrent(read.value);
      if (outcome.ok) return { path, data: outcome.data };
    } catch {
      // A broken backup is skipped; an older one may still be good.
    }
  }
  return null;
}

/** The newest good copy of one archive among the backups, for an archive that cannot be read. */
export async function newestGoodArchive(dataDir: string, key: ArchiveKey, codec: FileCodec): Promise<{ path: string; archive: ArchiveFile } | null> {
  const { groupId, year } = parseArchiveKey(key);
  for (const name of await listBackups(dataDir)) {
    const path = join(backupDir(dataDir), name, ARCHIVE_DIR, groupId, `${String(year)}.json`);
    try {
      const read = await readArchive(path, key, codec);
      if (read.kind === 'good') return { path, archive: read.value };
    } catch {
      // As above: try the next one.
    }
  }
  return null;
}
