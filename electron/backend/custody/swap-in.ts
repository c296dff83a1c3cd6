import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '#shared/storage/database';
import { ARCHIVE_SCHEMA_VERSION, parseArchiveKey, partition } from '#shared/storage/layout';
import { ARCHIVE_DIR, writeJson } from '../storage/archive-files';
import type { FileCodec } from '../storage/file-codec';
import { readJsonFile, writeFileAtomic } from '../storage/json-file';

/**
 * Puts a whole new record in place of the data folder's: the hot file, and
 * the archives of the groups it touches. Everything new is first written in
 * full to a staging folder; then a small "ready" file names the groups; then
 * each group's archive folder and the hot file are moved in by renames. A
 * crash before "ready" leaves the old record (the staging folder is
 * discarded at the next start); a crash after it is finished at the next
 * start by doing the renames again. So the record is never half old, half new.
 * Digests of the touched groups are left out: opening the record rebuilds them.
 */
const STAGING = 'incoming';
const READY = 'incoming-ready.json';
const HOT = 'circlekeeper.json';

export async function swapInRecord(
  dataDir: string,
  next: Database,
  touchedGroups: readonly string[],
  codec: FileCodec,
  durable: boolean,
  /** Crash points for tests: 'staged' (before the ready file) and 'ready' (before the renames). */
  step?: (name: 'staged' | 'ready') => void,
): Promise<void> {
  const staging = join(dataDir, STAGING);
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, ARCHIVE_DIR), { recursive: true, mode: 0o700 });
  const { hot, archives } = partition(next, () => null);
  const withArchives = new Set<string>();
  for (const [key, part] of archives) {
    const { groupId, year } = parseArchiveKey(key);
    if (!touchedGroups.includes(groupId)) continue;
    withArchives.add(groupId);
    const file = {
      schemaVersion: ARCHIVE_SCHEMA_VERSION,
      groupId,
      year,
      meetings: [...part.meetings].sort((a, b) => a.startsAt - b.startsAt),
      actionItems: part.actionItems,
    };
    await writeJson(join(staging, ARCHIVE_DIR, groupId, `${String(year)}.json`), file, durable, codec);
  }
  // Groups untouched keep their archives: their past meetings are not in `next`'s hot part either.
  const untouchedPast = new Set([...archives.keys()].filter((key) => !touchedGroups.includes(parseArchiveKey(key).groupId)));
  if (untouchedPast.size > 0) throw new Error('swapInRecord was given past meetings of groups it does not replace.');
  await writeJson(join(staging, HOT), hot, durable, codec);
  step?.('staged');
  await writeFileAtomic(join(dataDir, READY), JSON.stringify({ groups: touchedGroups, withArchives: [...withArchives] }), durable, codec);
  step?.('ready');
  await finishSwapIn(dataDir, codec);
}

/** Finishes a swap the "ready" file says was under way, or clears a staging folder left before it. */
export async function finishSwapIn(dataDir: string, codec: FileCodec): Promise<void> {
  const staging = join(dataDir, STAGING);
  const ready = await readJsonFile(join(dataDir, READY), codec);
  if (ready.kind !== 'parsed') {
    await rm(staging, { recursive: true, force: true });
    if (ready.kind === 'bad') await rm(join(dataDir, READY), { force: true });
    return;
  }
  const { groups = [], withArchives = [] } = ready.value as { groups?: unknown[]; withArchives?: unknown[] };
  const safe = (id: unknown): id is string => typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id);
  for (const groupId of groups.filter(safe)) {
    const target = join(dataDir, ARCHIVE_DIR, groupId);
    const incoming = join(staging, ARCHIVE_DIR, groupId);
    if (!withArchives.includes(groupId)) {
      // The new record holds no past meetings of this group.
      await rm(target, { recursive: true, force: true });
      continue;
    }
    // Gone from staging means already moved in by an earlier run cut short: leave it.
    if (!(await exists(incoming))) continue;
    await rm(target, { recursive: true, force: true });
    await mkdir(join(dataDir, ARCHIVE_DIR), { recursive: true, mode: 0o700 });
    await rename(incoming, target);
  }
  if (await exists(join(staging, HOT))) await rename(join(staging, HOT), join(dataDir, HOT));
  await rm(join(dataDir, READY), { force: true });
  await rm(staging, { recursive: true, force: true });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Used by tests: what the staging folder holds. */
export async function stagedNames(dataDir: string): Promise<string[]> {
  return readdir(join(dataDir, STAGING)).catch(() => []);
}
