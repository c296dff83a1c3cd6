import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArchiveKey } from '#shared/storage/layout';
import { parseArchiveKey } from '#shared/storage/layout';
import { ARCHIVE_DIR, writeJson } from './archive-files';
import { backupDir, listBackups } from './backups';
import { readJsonFile } from './json-file';
import type { FileCodec } from './file-codec';

type Raw = Record<string, unknown>;

export interface BackupEdit {
  /** Applied to each backup's hot file; returns whether it changed it. */
  hot?: (raw: Raw) => boolean;
  /** Applied to each backup's copy of these archives. */
  archives?: { keys: readonly ArchiveKey[]; edit: (raw: Raw) => boolean };
}

async function rewrite(path: string, edit: (raw: Raw) => boolean, durable: boolean, codec: FileCodec): Promise<void> {
  const read = await readJsonFile(path, codec);
  if (read.kind !== 'parsed' || typeof read.value !== 'object' || read.value === null) return;
  const raw = read.value as Raw;
  if (edit(raw)) await writeJson(path, raw, durable, codec);
}

/**
 * Makes erasure and retention reach the backups: each backup's copy is
 * rewritten in its own file. (An archive linked between two backups is
 * rewritten once for each, so neither keeps the old content.)
 */
export async function editBackups(dataDir: string, change: BackupEdit, durable: boolean, codec: FileCodec): Promise<void> {
  for (const name of await listBackups(dataDir)) {
    const path = join(backupDir(dataDir), name);
    const isFolder = (await stat(path)).isDirectory();
    if (change.hot) await rewrite(isFolder ? join(path, 'circlekeeper.json') : path, change.hot, durable, codec);
    if (!isFolder || !change.archives) continue;
    for (const key of change.archives.keys) {
      const { groupId, year } = parseArchiveKey(key);
      const file = join(path, ARCHIVE_DIR, groupId, `${String(year)}.json`);
      const present = await readdir(join(path, ARCHIVE_DIR, groupId)).catch((): string[] => []);
      if (present.includes(`${String(year)}.json`)) await rewrite(file, change.archives.edit, durable, codec);
    }
  }
}
