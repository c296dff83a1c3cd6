import { mkdir, readFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Notice } from '../../../shared/contract/contract';
import { emptyDatabase, type Database } from '../../../shared/storage/database';
import { migrateToCurrent } from '../../../shared/storage/migrations';
import { newestGoodBackup, writeBackup } from './backups';
import { fileStamp } from './timestamp';

export const DATA_FILE_NAME = 'circlekeeper.json';

export interface OpenedDataFile {
  db: Low<Database>;
  path: string;
  notices: Notice[];
}

type ReadOutcome = { kind: 'missing' } | { kind: 'good'; data: Database; migratedFrom: number | null } | { kind: 'bad'; reason: string };

async function readDataFile(path: string): Promise<ReadOutcome> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      kind: 'bad',
      reason: text.trim() === '' ? 'the file is empty' : 'the file is not complete JSON (it may have been cut short)',
    };
  }
  const outcome = migrateToCurrent(raw);
  return outcome.ok ? { kind: 'good', data: outcome.data, migratedFrom: outcome.migratedFrom } : { kind: 'bad', reason: outcome.reason };
}

/**
 * Opens the one data file of a data directory. A file that cannot be read is
 * moved aside (never deleted), and the app carries on from the newest good
 * backup or from empty; the returned notices tell the console what happened.
 */
export async function openDataFile(dataDir: string, now: number): Promise<OpenedDataFile> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, DATA_FILE_NAME);
  const notices: Notice[] = [];
  const outcome = await readDataFile(path);
  let data: Database;

  if (outcome.kind === 'good') {
    data = outcome.data;
    if (outcome.migratedFrom !== null) {
      notices.push({
        id: `migrated-${String(now)}`,
        level: 'info',
        title: 'Your data was updated to this version of Circlekeeper',
        detail: `It was stored in data version ${String(outcome.migratedFrom)}; a copy of the old file is in the backups folder.`,
      });
    }
  } else if (outcome.kind === 'missing') {
    data = emptyDatabase();
  } else {
    const asidePath = join(dataDir, `${basename(DATA_FILE_NAME, '.json')}.unreadable-${fileStamp(now)}.json`);
    await rename(path, asidePath);
    const backup = await newestGoodBackup(dataDir);
    data = backup ? backup.data : emptyDatabase();
    notices.push({
      id: `unreadable-${String(now)}`,
      level: 'warning',
      title: backup ? 'The data file could not be read, so Circlekeeper started from a backup' : 'The data file could not be read, so Circlekeeper started empty',
      detail:
        `Circlekeeper could not read ${path}: ${outcome.reason}. ` +
        `The file was kept, untouched, at ${asidePath}. ` +
        (backup ? `Data was restored from the backup ${backup.path}; anything changed after that backup is only in the kept file.` : 'No good backup was found.'),
    });
  }

  if (outcome.kind === 'good') {
    // Copied as it was on disk (before any migration is written over it), so a
    // later unreadable file always has a good one to fall back to.
    await writeBackup(dataDir, path, now);
  }
  const db = new Low<Database>(new JSONFile<Database>(path), data);
  // Write at once: a new, migrated or restored file is on disk before any command runs.
  await db.write();
  return { db, path, notices };
}
