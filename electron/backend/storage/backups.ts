import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { migrateToCurrent } from '../../../shared/storage/migrations';
import type { Database } from '../../../shared/storage/database';
import { fileStamp } from './timestamp';

const PREFIX = 'circlekeeper-';
export const BACKUPS_KEPT = 10;

export function backupDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** Copies the data file that just opened cleanly, and keeps only the newest few. */
export async function writeBackup(dataDir: string, dataFile: string, now: number): Promise<string> {
  const dir = backupDir(dataDir);
  await mkdir(dir, { recursive: true });
  const target = join(dir, `${PREFIX}${fileStamp(now)}.json`);
  await copyFile(dataFile, target);
  const names = await listBackups(dataDir);
  await Promise.all(names.slice(BACKUPS_KEPT).map((name) => rm(join(dir, name), { force: true })));
  return target;
}

/** Newest first; the ISO stamp in the name sorts as text. */
export async function listBackups(dataDir: string): Promise<string[]> {
  try {
    const names = await readdir(backupDir(dataDir));
    return names.filter((n) => n.startsWith(PREFIX) && n.endsWith('.json')).sort().reverse();
  } catch {
    return [];
  }
}

/** The newest backup that still parses and validates, if any. */
export async function newestGoodBackup(
  dataDir: string,
): Promise<{ path: string; data: Database } | null> {
  for (const name of await listBackups(dataDir)) {
    const path = join(backupDir(dataDir), name);
    try {
      const outcome = migrateToCurrent(JSON.parse(await readFile(path, 'utf8')));
      if (outcome.ok) return { path, data: outcome.data };
    } catch {
      // A broken backup is skipped; an older one may still be good.
    }
  }
  return null;
}
