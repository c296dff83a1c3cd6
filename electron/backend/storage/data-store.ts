import { rm } from 'node:fs/promises';
import type { z } from 'zod';
import { join } from 'node:path';
import { DomainError } from '#shared/contract/errors';
import { msg, errorOfText } from '#shared/contract/error-message';
import { digestMeeting, sequenceDigests, type MeetingDigest } from '#shared/history/digest';
import { collectionNames, recordSchemas, type Database } from '#shared/storage/database';
import {
  ARCHIVE_SCHEMA_VERSION,
  archiveKeyOf,
  emptyArchive,
  isPast,
  parseArchiveKey,
  partition,
  type ArchiveFile,
  type ArchiveKey,
  type ArchivePart,
} from '#shared/storage/layout';
import { Settings } from '#shared/settings/settings';
import { RoomState } from '#shared/domain/types';
import { archivePath, digestPath, writeJson } from './archive-files';
import { assertValid, changedRecords, sameRecords } from './changed-records';
import { Low } from 'lowdb';
import { AtomicJsonFile, writeFileAtomic } from './json-file';
import type { FileCodec } from './file-codec';
import { plainWriteError, type StorageHealth } from './storage-health';

/** Written before a change that spans several files and removed after; its presence at start-up means a crash mid-way. */
export const COMMIT_INTENT_FILE = 'commit-intent.json';

export interface CommitIntent {
  archives: ArchiveKey[];
  digestGroups: string[];
}

/** What a command works on: the hot data plus the archives that hold the past meetings it asked for. */
export interface WorkingSet {
  data: Database;
  loaded: ReadonlyMap<ArchiveKey, ArchiveFile>;
}

export interface StoreEdges {
  dataDir: string;
  hotPath: string;
  /** fsync each file and its folder before a write counts as done. */
  durable: boolean;
  /** In clear or sealed with the data key (vault/). */
  codec: FileCodec;
  /** Reads one archive, recovering or reporting it when it cannot be read (see open-store.ts). */
  loadArchive(key: ArchiveKey): Promise<ArchiveFile>;
  /** Called at named points of a commit; tests make it throw to stand in for a crash there. */
  step?: (name: string) => void;
  /** Why nothing may be written (a file from a newer version), or null. */
  readOnly: string | null;
  /** Told when a write fails and when writing works again. */
  health?: StorageHealth;
}

type FileWrite = { path: string; value: object };
type Check = readonly [z.ZodType, readonly unknown[]];

interface Prepared {
  hot: Database;
  archives: Map<ArchiveKey, ArchiveFile>;
  digests: Map<string, MeetingDigest[]>;
  writes: FileWrite[];
  /** Records to validate before anything is written. */
  checks: Check[];
  intent: CommitIntent;
}

/**
 * Holds the record in memory and writes only what a change touched: the hot
 * file on a meeting night, an archive and a digest file when a meeting ends
 * or a past one is edited. Memory is the truth while running; a failed
 * write leaves memory as it was, so the next write carries the change again.
 */
export class DataStore {
  private hotData: Database;
  private readonly digests = new Map<string, MeetingDigest[]>();
  private readonly digestIndex = new Map<string, MeetingDigest>();
  private readonly archives = new Map<ArchiveKey, Promise<ArchiveFile>>();

  /** The hot file, through lowdb with the atomic, flushed adapter. */
  private readonly hotFile: Low<Database>;

  constructor(
    private readonly edges: StoreEdges,
    hot: Database,
    digests: ReadonlyMap<string, MeetingDigest[]>,
  ) {
    this.hotData = hot;
    this.hotFile = new Low(new AtomicJsonFile<Database>(edges.hotPath, edges.durable, edges.codec), hot);
    for (const [groupId, list] of digests) this.setDigests(groupId, list);
  }

  hot(): Database {
    return this.hotData;
  }

  /** One group's past meetings, oldest first. */
  /** Why nothing may be written (a file from a newer Circlekeeper), or null. */
  readOnlyReason(): string | null {
    return this.edges.readOnly;
  }

  history(groupId: string): readonly MeetingDigest[] {
    return this.digests.get(groupId) ?? [];
  }

  historyGroups(): string[] {
    return [...this.digests.keys()];
  }

  /** The archive of a past meeting, from its digest. */
  locate(meetingId: string): ArchiveKey | null {
    const digest = this.digestIndex.get(meetingId);
    return digest ? archiveKeyOf(digest) : null;
  }

  archive(key: ArchiveKey): Promise<ArchiveFile> {
    let cached = this.archives.get(key);
    if (!cached) {
      cached = this.edges.loadArchive(key);
      this.archives.set(key, cached);
      // A failed read is not remembered: the next request tries again (it may have been restored).
      cached.catch(() => this.archives.delete(key));
    }
    return cached;
  }

  /** Drops an archive from memory, e.g. after it was restored from a backup. */
  forget(key: ArchiveKey): void {
    this.archives.delete(key);
  }

  async workingSet(meetingIds: readonly string[] = []): Promise<WorkingSet> {
    const keys = new Set<ArchiveKey>();
    for (const id of meetingIds) {
      if (this.hotData.meetings.some((m) => m.id === id)) continue;
      const key = this.locate(id);
      if (key) keys.add(key);
    }
    if (keys.size === 0) return { data: this.hotData, loaded: new Map() };
    const loaded = new Map<ArchiveKey, ArchiveFile>();
    for (const key of keys) loaded.set(key, await this.archive(key));
    const files = [...loaded.values()];
    const data: Database = {
      ...this.hotData,
      meetings: [...this.hotData.meetings, ...files.flatMap((a) => a.meetings)],
      actionItems: [...this.hotData.actionItems, ...files.flatMap((a) => a.actionItems)],
    };
    return { data, loaded };
  }

  /**
   * Makes `next` current and writes what changed since the working set was
   * taken. `beforeWrite` runs once the change is current in memory and
   * before it is checked and written, so the room can be told first; if the
   * check or the write fails, memory goes back to what it was (and the
   * error is thrown) so nothing unsaved stays current.
   * Returns whether the past changed (an archive was written).
   */
  async commit(working: WorkingSet, next: Database, beforeWrite?: () => void): Promise<{ history: boolean }> {
    return next === working.data ? { history: false } : this.apply(next, working.loaded, beforeWrite);
  }

  private async apply(next: Database, loaded: ReadonlyMap<ArchiveKey, ArchiveFile>, beforeWrite?: () => void): Promise<{ history: boolean }> {
    const prepared = await this.prepare(next, loaded);
    const undo = this.adopt(prepared);
    beforeWrite?.();
    try {
      for (const [schema, records] of prepared.checks) assertValid(schema, records);
      await this.writeAll(prepared.writes, prepared.intent);
    } catch (error) {
      undo();
      throw error;
    }
    return { history: prepared.archives.size > 0 };
  }

  /**
   * Moves past meetings found in the hot data (a file from before version 3,
   * or one restored from a backup) into their archives, and writes the hot
   * file when `force` is set or anything moved.
   */
  async settle(force: boolean): Promise<void> {
    const { hot, archives } = partition(this.hotData, (id) => this.locate(id));
    if (archives.size > 0 || hot !== this.hotData) await this.apply(this.hotData, new Map());
    else if (force) await this.writeAll([{ path: this.edges.hotPath, value: this.hotData }], { archives: [], digestGroups: [] });
  }

  /** Works out what a change means for each file, without writing or checking anything yet. */
  private async prepare(next: Database, loaded: ReadonlyMap<ArchiveKey, ArchiveFile>): Promise<Prepared> {
    if (this.edges.readOnly !== null) throw new DomainError('conflict', errorOfText(this.edges.readOnly));
    const { hot, archives: parts } = partition(next, (id) => this.locate(id));
    const checks: Check[] = [];
    const hotChanged = this.hotChanges(hot, next !== this.hotData, checks);
    const archives = new Map<ArchiveKey, ArchiveFile>();
    const touchedMeetings: ArchivePart['meetings'] = [];
    for (const key of new Set([...parts.keys(), ...loaded.keys()])) {
      const part = parts.get(key) ?? { meetings: [], actionItems: [] };
      const base = loaded.get(key) ?? (await this.existingArchive(key));
      const merged = loaded.has(key) ? part : mergePart(base, part);
      const changedMeetings = changedRecords(base.meetings, merged.meetings);
      const changedItems = changedRecords(base.actionItems, merged.actionItems);
      if (
        changedMeetings.length === 0 &&
        changedItems.length === 0 &&
        merged.meetings.length === base.meetings.length &&
        merged.actionItems.length === base.actionItems.length
      )
        continue;
      checks.push([recordSchemas.meetings, changedMeetings], [recordSchemas.actionItems, changedItems]);
      touchedMeetings.push(...changedMeetings);
      archives.set(key, { ...base, meetings: [...merged.meetings].sort((a, b) => a.startsAt - b.startsAt), actionItems: merged.actionItems });
    }
    const digests = this.digestsAfter(touchedMeetings);
    const writes: FileWrite[] = [
      ...[...archives].map(([key, value]) => ({ path: archivePath(this.edges.dataDir, key), value })),
      ...[...digests].map(([groupId, list]) => ({
        path: digestPath(this.edges.dataDir, groupId),
        value: { schemaVersion: ARCHIVE_SCHEMA_VERSION, groupId, digests: list },
      })),
    ];
    if (hotChanged) writes.push({ path: this.edges.hotPath, value: hot });
    return { hot, archives, digests, writes, checks, intent: { archives: [...archives.keys()], digestGroups: [...digests.keys()] } };
  }

  /** Makes a prepared change current in memory; returns how to put memory back as it was. */
  private adopt(prepared: Prepared): () => void {
    const hotBefore = this.hotData;
    const archivesBefore = [...prepared.archives.keys()].map((key) => [key, this.archives.get(key)] as const);
    const digestsBefore = [...prepared.digests.keys()].map((groupId) => [groupId, this.digests.get(groupId)] as const);
    this.hotData = prepared.hot;
    for (const [key, value] of prepared.archives) this.archives.set(key, Promise.resolve(value));
    for (const [groupId, list] of prepared.digests) this.setDigests(groupId, list);
    return () => {
      this.hotData = hotBefore;
      for (const [key, value] of archivesBefore) {
        if (value) this.archives.set(key, value);
        else this.archives.delete(key);
      }
      for (const [groupId, list] of digestsBefore) {
        if (list) this.setDigests(groupId, list);
        else this.dropDigests(groupId);
      }
    };
  }

  /** Whether the hot part changed (it must then be written), noting the records to check. */
  private hotChanges(hot: Database, nextDiffers: boolean, checks: Check[]): boolean {
    const before = this.hotData;
    if (hot === before) return false;
    // settle(): the records are the same ones, only some of them move out.
    if (!nextDiffers) return true;
    let changed = false;
    for (const name of collectionNames) {
      const records = changedRecords<unknown>(before[name], hot[name]);
      checks.push([recordSchemas[name], records]);
      if (records.length > 0 || !sameRecords<unknown>(before[name], hot[name])) changed = true;
    }
    if (hot.settings !== before.settings) {
      checks.push([Settings, [hot.settings]]);
      changed = true;
    }
    if (hot.room !== before.room) {
      checks.push([RoomState, [hot.room]]);
      changed = true;
    }
    return changed;
  }

  private async existingArchive(key: ArchiveKey): Promise<ArchiveFile> {
    const { groupId } = parseArchiveKey(key);
    // No digest in that year yet means no file yet: do not read the disk for it.
    const known = (this.digests.get(groupId) ?? []).some((d) => archiveKeyOf(d) === key);
    if (!known) return emptyArchive(key);
    try {
      return await this.archive(key);
    } catch (error) {
      // The year's file could not be read and was set aside (the console was told which meetings
      // are lost). A meeting ending now must still be kept: it starts that year's file afresh.
      if (error instanceof DomainError && error.code === 'storage_failed') return emptyArchive(key);
      throw error;
    }
  }

  private digestsAfter(meetings: readonly ArchivePart['meetings'][number][]): Map<string, MeetingDigest[]> {
    const byGroup = new Map<string, MeetingDigest[]>();
    for (const meeting of meetings) {
      if (!isPast(meeting)) continue;
      const list = byGroup.get(meeting.groupId) ?? [...(this.digests.get(meeting.groupId) ?? [])];
      const digest = digestMeeting(meeting);
      const at = list.findIndex((d) => d.meetingId === meeting.id);
      if (at >= 0) list[at] = digest;
      else list.push(digest);
      byGroup.set(meeting.groupId, list);
    }
    for (const [groupId, list] of byGroup) byGroup.set(groupId, sequenceDigests(list));
    return byGroup;
  }

  private async writeAll(writes: FileWrite[], intent: CommitIntent): Promise<void> {
    const { durable, dataDir, step, codec } = this.edges;
    const intentPath = join(dataDir, COMMIT_INTENT_FILE);
    const spansFiles = writes.length > 1;
    try {
      step?.('writing');
      if (spansFiles) await writeFileAtomic(intentPath, JSON.stringify(intent), durable, codec);
      step?.('intent-written');
      // The hot file goes last: it is the commit point (see recoverIntent in open-store.ts).
      for (const write of writes) {
        // The hot file's folder is the data folder, made at start-up; an archive may need its folder made.
        if (write.path === this.edges.hotPath) {
          this.hotFile.data = write.value as Database;
          await this.hotFile.write();
        } else await writeJson(write.path, write.value, durable, codec);
        step?.(`wrote ${write.path.slice(dataDir.length + 1)}`);
      }
    } catch (error) {
      this.edges.health?.failed(error);
      throw new DomainError('storage_failed', msg('storage.saveFailed', { folder: dataDir, detail: plainWriteError(error) }));
    }
    this.edges.health?.recovered();
    if (spansFiles) await rm(intentPath, { force: true });
    step?.('intent-removed');
  }

  private dropDigests(groupId: string): void {
    for (const old of this.digests.get(groupId) ?? []) this.digestIndex.delete(old.meetingId);
    this.digests.delete(groupId);
  }

  private setDigests(groupId: string, list: MeetingDigest[]): void {
    for (const old of this.digests.get(groupId) ?? []) this.digestIndex.delete(old.meetingId);
    this.digests.set(groupId, list);
    for (const digest of list) this.digestIndex.set(digest.meetingId, digest);
  }
}

/** Records of an archive not loaded for the command, with the ones the command moved or changed in it. */
function mergePart(base: ArchiveFile, part: ArchivePart): ArchivePart {
  const meetingIds = new Set(part.meetings.map((m) => m.id));
  const itemIds = new Set(part.actionItems.map((a) => a.id));
  return {
    meetings: [...base.meetings.filter((m) => !meetingIds.has(m.id)), ...part.meetings],
    actionItems: [...base.actionItems.filter((a) => !itemIds.has(a.id)), ...part.actionItems],
  };
}
