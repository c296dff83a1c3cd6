import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import { DATA_FILE_NAME } from '../../../electron/backend/storage/open-store';
import type { DatabaseV2 } from '#shared/storage/database';
import { generateHistory } from '../../bench/scale/history-generator';

export { DATA_FILE_NAME };

/** Writes a version 2 data file (everything in one file) of `years` of weekly meetings, as the app wrote before archives. */
export async function writeV2History(dir: string, years: number, members = 60): Promise<DatabaseV2> {
  const data = generateHistory({ years, members, seed: 7 });
  await writeFile(join(dir, DATA_FILE_NAME), JSON.stringify(data));
  return data;
}

export function openAt(dir: string, now: number, storageStep?: (name: string) => void): Promise<Backend> {
  return createBackend({
    dataDir: dir,
    clock: () => now,
    newId: (() => {
      let n = 0;
      return () => `new${String(++n)}`;
    })(),
    timeZone: 'Europe/London',
    ...(storageStep ? { storageStep } : {}),
  });
}

/** Every file of the record (not backups, not files set aside), by path, parsed: what "the same data" means. */
export async function recordOnDisk(dir: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  async function walk(folder: string): Promise<void> {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'backups') await walk(path);
      } else if (entry.name.endsWith('.json') && !entry.name.includes('.unreadable-') && entry.name !== 'browser-preferences.json') {
        out[relative(dir, path)] = JSON.parse(await readFile(path, 'utf8')) as unknown;
      }
    }
  }
  await walk(dir);
  return out;
}
