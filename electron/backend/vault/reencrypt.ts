import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../storage/json-file';
import { FileLocked, sealedKeyId, type FileCodec } from '../storage/file-codec';
import { KEY_FILE_NAME } from './key-file';

/** Not part of the record: the key file itself, and browser mode's port and tokens. */
const LEFT_AS_THEY_ARE = new Set([KEY_FILE_NAME, 'browser-preferences.json']);

/** Every file of the record under the data folder: the hot file, archives, digests, backups, files set aside. */
export async function recordFiles(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && depth < 5) await walk(path, depth + 1);
      else if (entry.isFile() && entry.name.endsWith('.json') && !entry.name.startsWith('.') && !(depth === 0 && LEFT_AS_THEY_ARE.has(entry.name)))
        found.push(path);
    }
  };
  await walk(dataDir, 0);
  return found;
}

export interface ReencryptOutcome {
  rewritten: number;
  /** Files that could not be opened (damaged, or sealed with a key the folder no longer has); left as they were. */
  leftAlone: string[];
}

/**
 * Rewrites every file of the record with `to`, each atomically (a crash
 * leaves any one file old or new, never half). `from` opens files sealed
 * with any key of the change, and files in clear. A file already in the
 * target form is skipped, so a run cut short is finished by running it again.
 * `targetKeyId` is the key `to` seals with (null: in clear).
 */
export async function reencryptFolder(
  dataDir: string,
  from: FileCodec,
  to: FileCodec,
  targetKeyId: string | null,
  afterEachFile?: (done: number) => void,
): Promise<ReencryptOutcome> {
  const outcome: ReencryptOutcome = { rewritten: 0, leftAlone: [] };
  for (const path of await recordFiles(dataDir)) {
    const stored = await readFile(path);
    if (sealedKeyId(stored) === targetKeyId) continue;
    let plain: Buffer;
    try {
      plain = from.decode(stored);
    } catch (error) {
      if (!(error instanceof FileLocked)) throw error;
      outcome.leftAlone.push(path);
      continue;
    }
    await writeFileAtomic(path, [plain], true, to);
    outcome.rewritten += 1;
    afterEachFile?.(outcome.rewritten);
  }
  return outcome;
}
