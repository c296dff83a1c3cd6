import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupSummary } from '#shared/custody/backup-summary';
import { currentMemberNames, holdingsOf, type PastMeetingMark } from '#shared/custody/holdings';
import { migrateToCurrent } from '#shared/storage/migrations';
import { ARCHIVE_DIR, DIGEST_FILE_NAME, readDigestFile } from './archive-files';
import { backupDir, hotFileOf, listBackups, madeAtOf, reasonOf } from './backups';
import type { FileCodec } from './file-codec';
import { readJsonFile } from './json-file';

/** A backup read for the list, with its past meetings by group (the digests), for comparing with the record. */
export interface ReadBackup {
  summary: BackupSummary;
  pastOf: (groupId: string) => readonly PastMeetingMark[];
  surveyIds: ReadonlySet<string>;
  /** Display names of each group's members (not those who left), for naming who a restore brings back or takes away. */
  memberNames: (groupId: string) => readonly string[];
}

/**
 * Reads what the list shows of one backup: its hot file and each group's
 * digests, never the year archives, so ten backups of ten years list in a
 * moment. A backup that cannot be read is listed as such, with the reason.
 */
export async function readBackup(dataDir: string, name: string, codec: FileCodec): Promise<ReadBackup> {
  const path = join(backupDir(dataDir), name);
  const base = { name, madeAt: madeAtOf(name) ?? 0, reason: reasonOf(name), groups: [] };
  const unreadable = (problem: string): ReadBackup => ({
    summary: { ...base, readable: false, problem },
    pastOf: () => [],
    surveyIds: new Set(),
    memberNames: () => [],
  });
  try {
    if (base.madeAt === 0) base.madeAt = (await stat(path)).mtimeMs;
    const read = await readJsonFile(await hotFileOf(dataDir, name), codec);
    if (read.kind === 'missing') return unreadable('The backup holds no record file.');
    if (read.kind === 'bad') return unreadable(`Its record file cannot be read: ${read.reason}.`);
    const outcome = migrateToCurrent(read.value);
    if (!outcome.ok) return unreadable(`Its record file cannot be read: ${outcome.reason}.`);
    const data = outcome.data;
    const past = new Map<string, readonly PastMeetingMark[]>();
    if ((await stat(path)).isDirectory()) {
      for (const group of data.groups) {
        const digests = await readDigestFile(join(path, ARCHIVE_DIR, group.id, DIGEST_FILE_NAME), group.id, codec);
        if (digests.kind === 'bad') return unreadable(`The summary of the past meetings of ${group.name} cannot be read: ${digests.reason}.`);
        if (digests.kind === 'good') past.set(group.id, digests.value.digests);
      }
    }
    const pastOf = (groupId: string) => past.get(groupId) ?? [];
    return {
      summary: { ...base, groups: holdingsOf(data, pastOf), readable: true, problem: null },
      pastOf,
      surveyIds: new Set(data.surveys.map((s) => s.id)),
      memberNames: (groupId) => currentMemberNames(data.members, groupId),
    };
  } catch (error) {
    return unreadable(`It cannot be opened (${(error as Error).message}).`);
  }
}

/** Every backup, newest first. */
export async function listBackupSummaries(dataDir: string, codec: FileCodec): Promise<BackupSummary[]> {
  const out: BackupSummary[] = [];
  for (const name of await listBackups(dataDir)) out.push((await readBackup(dataDir, name, codec)).summary);
  return out;
}
