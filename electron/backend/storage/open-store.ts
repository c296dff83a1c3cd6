import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Notice } from '#shared/contract/contract';
import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import { digestMeeting, sequenceDigests, type MeetingDigest } from '#shared/history/digest';
import { CURRENT_SCHEMA_VERSION, emptyDatabase, FIRST_ARCHIVED_VERSION, type Database } from '#shared/storage/database';
import { ARCHIVE_SCHEMA_VERSION, archiveKeyOf, parseArchiveKey, type ArchiveFile, type ArchiveKey } from '#shared/storage/layout';
import { migrateToCurrent } from '#shared/storage/migrations';
import { ARCHIVE_DIR, archivePath, digestPath, listArchiveGroups, listArchiveKeys, readArchive, readDigestFile, writeJson } from './archive-files';
import { newestGoodArchive, newestGoodBackup, writeBackup } from './backups';
import { COMMIT_INTENT_FILE, DataStore, type CommitIntent } from './data-store';
import { readJsonFile } from './json-file';
import { PLAIN_CODEC, type FileCodec } from './file-codec';
import { finishSwapIn } from '../custody/swap-in';
import { fileStamp } from './timestamp';
import { finishRestore } from './restore';
import { describeSetAside, type SetAsideRecord } from '#shared/storage/salvage';
import { pruneSetAside, SET_ASIDE_KEPT_DAYS, tightenPermissions } from './file-care';
import { StorageHealth } from './storage-health';
import { notice } from '../i18n/notice-text';

export const DATA_FILE_NAME = 'circlekeeper.json';

export interface OpenStoreOptions {
  /** Says in the console when the disk refuses writes, and clears it once they work again. */
  health?: StorageHealth;
  /** fsync every write (default). Off only for measuring what it costs. */
  durable?: boolean;
  /** Crash points for tests, passed on to the store. */
  step?: (name: string) => void;
  /** Told of a problem found after start-up (an archive that cannot be read). */
  notify?: (notice: Notice) => void;
  /** How the files are stored: in clear (default) or sealed with the data key. */
  codec?: FileCodec;
  /**
   * Back up the record as it opened (default). Off when the record is
   * reopened after custody work, which made its own backup just before: ten
   * backups should be ten different moments.
   */
  backUp?: boolean;
}

export interface OpenedStore {
  store: DataStore;
  path: string;
  notices: Notice[];
  /** Reads every archive once, in the background, so damage is found and reported early. */
  verifyArchives(): Promise<void>;
}

type HotOutcome =
  | { kind: 'missing' }
  | { kind: 'good'; data: Database; migratedFrom: number | null; setAside: SetAsideRecord[] }
  | { kind: 'newer'; version: number; reason: string; data: Database }
  | { kind: 'bad'; reason: string };

async function readHot(path: string, codec: FileCodec): Promise<HotOutcome> {
  const read = await readJsonFile(path, codec);
  if (read.kind !== 'parsed') return read;
  const outcome = migrateToCurrent(read.value);
  if (outcome.ok) return { kind: 'good', data: outcome.data, migratedFrom: outcome.migratedFrom, setAside: outcome.setAside };
  if (outcome.newerVersion !== undefined) {
    // Shown as far as this version understands it; never written, so the newer app finds it as it left it.
    const asCurrent = migrateToCurrent({ ...(read.value as object), schemaVersion: CURRENT_SCHEMA_VERSION });
    return { kind: 'newer', version: outcome.newerVersion, reason: outcome.reason, data: asCurrent.ok ? asCurrent.data : emptyDatabase() };
  }
  return { kind: 'bad', reason: outcome.reason };
}

/** Renames an unreadable file beside itself; it is never deleted. */
async function setAside(path: string, now: number): Promise<string> {
  const aside = path.replace(/\.json$/, `.unreadable-${fileStamp(now)}.json`);
  await rename(path, aside);
  return aside;
}

/** The dates of meetings that cannot be opened, as the notice's values: a long list is shortened, and the notice then says how many. */
function datesOf(digests: readonly MeetingDigest[]): { dates: string; shortened: 'yes' | 'no'; count: number } {
  const dates = digests.map((d) => d.date);
  return dates.length <= 6
    ? { dates: dates.join(', '), shortened: 'no', count: dates.length }
    : { dates: `${dates.slice(0, 3).join(', ')} … ${dates.slice(-2).join(', ')}`, shortened: 'yes', count: dates.length };
}

/** Runs a start-up write; if the disk refuses it, carries on (the notice says so) rather than not opening at all. */
async function tryWrite(health: StorageHealth, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    health.failed(error);
  }
}

/**
 * Opens the record of a data directory: the hot file (migrating an older
 * layout into archives), the digests, and any change a crash cut short.
 * A file that cannot be read is moved aside, never deleted; the returned
 * notices tell the console what happened and where the file went. A full
 * disk or a read-only folder does not stop it opening: the data is shown
 * and changes wait until they can be written.
 */
export async function openStore(dataDir: string, now: number, options: OpenStoreOptions = {}): Promise<OpenedStore> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await tightenPermissions(dataDir);
  const durable = options.durable ?? true;
  const codec = options.codec ?? PLAIN_CODEC;
  const path = join(dataDir, DATA_FILE_NAME);
  const notices: Notice[] = [];
  const notify = (notice: Notice) => (options.notify ? options.notify(notice) : notices.push(notice));
  const health = options.health ?? new StorageHealth(dataDir, notices, () => undefined);
  // A copy opened in place of the record, cut short by a crash, is finished (or discarded) first.
  await finishSwapIn(dataDir, codec);
  // A restore a crash cut short is finished before anything reads the record, so it is never a mix of two.
  try {
    const finished = await finishRestore(dataDir, durable, codec, now);
    if (finished) notices.push(finished);
  } catch (error) {
    // The intent could not even be read (the disk refuses): it stays, and the next start tries again.
    health.failed(error);
  }
  const outcome = await readHot(path, codec);
  let data: Database;
  let restored = false;
  let readOnly: string | null = null;

  if (outcome.kind === 'good') {
    // Backed up as it was on disk, before a migration or recovery writes over it.
    if (options.backUp ?? true) await tryWrite(health, () => writeBackup(dataDir, path, now, codec));
    await pruneSetAside(dataDir, now);
    data = outcome.data;
    if (outcome.migratedFrom !== null) {
      notices.push(
        notice(
          `migrated-${String(now)}`,
          'info',
          { key: 'migrated.title' },
          { key: 'migrated.detail', values: { version: String(outcome.migratedFrom) } },
        ),
      );
    }
    if (outcome.migratedFrom !== null && outcome.migratedFrom < FIRST_ARCHIVED_VERSION) {
      // Only an interrupted migration leaves archives beside a file from before them; they are redone from it.
      // A file of version 3 or later already has its archives: they are the past, and stay.
      await tryWrite(health, async () => {
        await rm(join(dataDir, ARCHIVE_DIR), { recursive: true, force: true });
        await rm(join(dataDir, COMMIT_INTENT_FILE), { force: true });
      });
    }
    if (outcome.setAside.length > 0) {
      const keptAt = join(dataDir, `${basename(DATA_FILE_NAME, '.json')}.set-aside-${fileStamp(now)}.json`);
      await tryWrite(health, () => writeJson(keptAt, outcome.setAside, durable, codec));
      notices.push(
        notice(
          `set-aside-${String(now)}`,
          'warning',
          { key: 'setAside.title', values: { count: outcome.setAside.length } },
          // Which records and why is the schema's English; the sentence around it is in the console's language.
          { key: 'setAside.detail', values: { path, records: describeSetAside(outcome.setAside), keptAt, days: SET_ASIDE_KEPT_DAYS } },
        ),
      );
    }
  } else if (outcome.kind === 'missing') {
    data = emptyDatabase();
  } else if (outcome.kind === 'newer') {
    data = outcome.data;
    readOnly = `This data was written by a newer version of Circlekeeper, so this one only shows it: update Circlekeeper to change anything.`;
    notices.push(
      notice(
        `newer-${String(now)}`,
        'warning',
        { key: 'newer.title' },
        // The catalog words migrateToCurrent's reason itself, from the two versions.
        { key: 'newer.detail', values: { path, version: String(outcome.version), current: String(CURRENT_SCHEMA_VERSION) } },
      ),
    );
  } else {
    const asidePath = join(dataDir, `${basename(DATA_FILE_NAME, '.json')}.unreadable-${fileStamp(now)}.json`);
    await rename(path, asidePath);
    const backup = await newestGoodBackup(dataDir, codec);
    data = backup ? backup.data : emptyDatabase();
    restored = true;
    const kept = { path, reason: outcome.reason, keptAt: asidePath, days: SET_ASIDE_KEPT_DAYS };
    notices.push(
      backup
        ? notice(
            `unreadable-${String(now)}`,
            'warning',
            { key: 'unreadable.titleFromBackup' },
            { key: 'unreadable.detailFromBackup', values: { ...kept, backup: backup.path } },
          )
        : notice(`unreadable-${String(now)}`, 'warning', { key: 'unreadable.titleEmpty' }, { key: 'unreadable.detailEmpty', values: kept }),
    );
  }

  let store: DataStore | undefined = undefined;
  /** Reads an archive; one that cannot be read is set aside and, where a backup has it, restored. */
  async function loadArchive(key: ArchiveKey): Promise<ArchiveFile> {
    const file = archivePath(dataDir, key);
    const read = await readArchive(file, key, codec);
    if (read.kind === 'good') return read.value;
    const { groupId, year } = parseArchiveKey(key);
    const refused = new DomainError('storage_failed', msg('storage.archiveUnreadable', { year }));
    if (readOnly !== null) throw refused;
    const aside = read.kind === 'bad' ? await setAside(file, Date.now()) : null;
    const backup = await newestGoodArchive(dataDir, key, codec);
    const lost = (store?.history(groupId) ?? []).filter((d) => archiveKeyOf(d) === key);
    // The year as written, not as a number a language would group ("2,026").
    const when = { year: String(year) };
    const why = read.kind === 'bad' ? { cause: 'bad', reason: read.reason, keptAt: aside ?? file, days: SET_ASIDE_KEPT_DAYS } : { cause: 'missing' };
    if (backup) {
      await writeJson(file, backup.archive, durable, codec);
      notify(
        notice(
          `archive-restored-${key}-${String(Date.now())}`,
          'warning',
          { key: 'archiveRestored.title', values: when },
          { key: 'archiveRestored.detail', values: { ...when, ...why, backup: backup.path } },
        ),
      );
      return backup.archive;
    }
    notify(
      notice(
        `archive-unreadable-${key}-${String(Date.now())}`,
        'warning',
        { key: 'archiveUnreadable.title', values: when },
        { key: 'archiveUnreadable.detail', values: { ...when, ...why, ...datesOf(lost) } },
      ),
    );
    throw refused;
  }

  const digests = await readAllDigests(dataDir, codec, now, notices, (key) => loadArchive(key), readOnly === null);
  if (restored) {
    // The archives are newer than any backup of the hot file: what they hold wins.
    const archived = new Set([...digests.values()].flat().map((d) => d.meetingId));
    data = { ...data, meetings: data.meetings.filter((m) => !archived.has(m.id)) };
  }
  // A change cut short by a crash is finished whenever the file already had archives, migrated since or not.
  if (outcome.kind === 'good' && (outcome.migratedFrom === null || outcome.migratedFrom >= FIRST_ARCHIVED_VERSION)) {
    const hot = data;
    await tryWrite(health, () => recoverIntent(dataDir, codec, hot, digests, durable, (key) => loadArchive(key)));
  }

  store = new DataStore(
    { dataDir, hotPath: path, durable, codec, loadArchive, readOnly, health, ...(options.step ? { step: options.step } : {}) },
    { ...data, schemaVersion: CURRENT_SCHEMA_VERSION },
    digests,
  );
  if (readOnly === null) {
    // A new, migrated, salvaged or restored file is on disk before any command runs; past meetings go to their archives.
    const force = outcome.kind !== 'good' || outcome.migratedFrom !== null || outcome.setAside.length > 0;
    const opening = store;
    await tryWrite(health, () => opening.settle(force));
  }

  const opened = store;
  async function verifyArchives(): Promise<void> {
    if (readOnly !== null) return;
    for (const groupId of opened.historyGroups()) {
      for (const key of await listArchiveKeys(dataDir, groupId)) {
        const read = await readArchive(archivePath(dataDir, key), key, codec);
        if (read.kind !== 'bad') continue;
        opened.forget(key);
        await opened.archive(key).catch(() => undefined);
      }
    }
  }
  return { store: opened, path, notices, verifyArchives };
}

/** Every group's digests; a digest file that is missing or unreadable is rebuilt from the archives it summarises. */
async function readAllDigests(
  dataDir: string,
  codec: FileCodec,
  now: number,
  notices: Notice[],
  loadArchive: (key: ArchiveKey) => Promise<ArchiveFile>,
  mayWrite: boolean,
): Promise<Map<string, MeetingDigest[]>> {
  const byGroup = new Map<string, MeetingDigest[]>();
  for (const groupId of await listArchiveGroups(dataDir)) {
    const file = digestPath(dataDir, groupId);
    const read = await readDigestFile(file, groupId, codec);
    if (read.kind === 'good') {
      byGroup.set(groupId, read.value.digests);
      continue;
    }
    if (read.kind === 'bad' && mayWrite) {
      const aside = await setAside(file, now);
      notices.push(
        notice(
          `digests-rebuilt-${groupId}-${String(now)}`,
          'info',
          { key: 'digestsRebuilt.title' },
          { key: 'digestsRebuilt.detail', values: { file, reason: read.reason, keptAt: aside } },
        ),
      );
    }
    const digests: MeetingDigest[] = [];
    for (const key of await listArchiveKeys(dataDir, groupId)) {
      try {
        digests.push(...(await loadArchive(key)).meetings.map(digestMeeting));
      } catch {
        // Already reported by loadArchive; the rest of the group's history still counts.
      }
    }
    const sequenced = sequenceDigests(digests);
    // Derived data: if it cannot be written now, it is rebuilt again next time.
    if (mayWrite) await writeJson(file, { schemaVersion: ARCHIVE_SCHEMA_VERSION, groupId, digests: sequenced }, true, codec).catch(() => undefined);
    byGroup.set(groupId, sequenced);
  }
  return byGroup;
}

/**
 * A change that spans several files writes its archives first and the hot
 * file last. If the app stopped in between, the hot file says what was
 * acknowledged: records it holds are taken out of the archives named in the
 * intent, and those archives' digests are made again from what they hold.
 */
async function recoverIntent(
  dataDir: string,
  codec: FileCodec,
  hot: Database,
  digests: Map<string, MeetingDigest[]>,
  durable: boolean,
  loadArchive: (key: ArchiveKey) => Promise<ArchiveFile>,
): Promise<void> {
  const intentPath = join(dataDir, COMMIT_INTENT_FILE);
  const read = await readJsonFile(intentPath, codec);
  if (read.kind === 'missing') return;
  const intent = (read.kind === 'parsed' ? read.value : {}) as Partial<CommitIntent>;
  const keys = Array.isArray(intent.archives)
    ? intent.archives.filter((k): k is string => typeof k === 'string' && /^[A-Za-z0-9_-]+\/\d{4}$/.test(k))
    : [];
  const hotMeetings = new Set(hot.meetings.map((m) => m.id));
  const hotItems = new Set(hot.actionItems.map((a) => a.id));
  for (const key of keys) {
    let archive: ArchiveFile;
    try {
      archive = await loadArchive(key);
    } catch {
      continue;
    }
    const kept = {
      ...archive,
      meetings: archive.meetings.filter((m) => !hotMeetings.has(m.id)),
      actionItems: archive.actionItems.filter((a) => !hotItems.has(a.id)),
    };
    if (kept.meetings.length !== archive.meetings.length || kept.actionItems.length !== archive.actionItems.length) {
      await writeJson(archivePath(dataDir, key), kept, durable, codec);
    }
    const { groupId } = parseArchiveKey(key);
    const others = (digests.get(groupId) ?? []).filter((d) => archiveKeyOf(d) !== key);
    const rebuilt = sequenceDigests([...others, ...kept.meetings.map(digestMeeting)]);
    digests.set(groupId, rebuilt);
    await writeJson(digestPath(dataDir, groupId), { schemaVersion: ARCHIVE_SCHEMA_VERSION, groupId, digests: rebuilt }, durable, codec);
  }
  await rm(intentPath, { force: true });
}
