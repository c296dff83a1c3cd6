import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '#shared/contract/contract';
import type { SurveyResponse } from '#shared/feedback/surveys';
import { ARCHIVE_DIR, listArchiveGroups, writeJson } from './archive-files';
import { BACKUP_HOT_NAME, backupDir, writeBackup } from './backups';
import { COMMIT_INTENT_FILE } from './data-store';
import type { FileCodec } from './file-codec';
import { readJsonFile, writeFileAtomic } from './json-file';
import { notice } from '../i18n/notice-text';
import { plainWriteError, writeFailure } from './storage-health';

/** Written before a restore touches the record, removed once it is whole: its presence at start-up means "finish this". */
export const RESTORE_INTENT_FILE = 'restore-intent.json';
const HOT_FILE = 'circlekeeper.json';
const ARCHIVE_FILE = /^(\d{4}|digests)\.json$/;
const GROUP_DIR = /^[A-Za-z0-9_-]{1,64}$/;

/** The backup itself is missing or unreadable (as against the disk refusing a write). */
class BackupUnreadable extends Error {}

interface RestoreIntent {
  /** The backup being put in place of the record. */
  backup: string;
  /** The backup of the record made just before: put back instead if `backup` has gone. */
  undoWith: string;
  /** The record's survey answers: backups hold none, so they are carried over (see carryAnswers). */
  surveyResponses: SurveyResponse[];
}

type Raw = Record<string, unknown>;
const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

async function folderNames(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Whether a backup is a folder (version 3 on) or a single file (before): a single file holds everything, archives included. */
async function isFolder(path: string): Promise<boolean> {
  return (await stat(path)).isDirectory();
}

/**
 * Copies one file of a backup into the record, opened and sealed again with
 * the codec: the record's files are then all stored as the folder is now,
 * whatever key sealed the backup (a file the codec cannot open stops the
 * restore here, before the hot file is touched). Atomic and 0600, as every
 * write of the record.
 */
async function copyThroughCodec(from: string, to: string, durable: boolean, codec: FileCodec): Promise<void> {
  const plain = codec.decode(await readFile(from));
  await writeFileAtomic(to, [plain], durable, codec);
}

/**
 * The backup's hot file with the record's survey answers carried over, for
 * the surveys it holds: backups keep no answers (so that two of them cannot
 * be compared to single someone out), and a restore should not lose them.
 * Answers to a survey the backup does not have go with that survey.
 */
function carryAnswers(hot: Raw, answers: readonly SurveyResponse[]): Raw {
  if (!Array.isArray(hot.surveys) || !Array.isArray(hot.surveyResponses)) return hot;
  const surveys = new Set(hot.surveys.filter(isRecord).map((s) => s.id));
  return { ...hot, surveyResponses: answers.filter((a) => surveys.has(a.surveyId)) };
}

/**
 * Puts a backup in place of the record, as the intent says. Every step can
 * run again from the start with the same outcome, so a crash anywhere is
 * finished by running it again (finishRestore at the next opening). The
 * archives go first and the hot file last; the intent is removed only once
 * all of it is in place.
 */
async function applyRestore(
  dataDir: string,
  intent: RestoreIntent,
  durable: boolean,
  codec: FileCodec,
  step?: (name: string) => void,
): Promise<void> {
  const source = join(backupDir(dataDir), intent.backup);
  const folder = await isFolder(source).catch(() => {
    throw new BackupUnreadable(`the backup ${intent.backup} is not there`);
  });
  const hotSource = folder ? join(source, BACKUP_HOT_NAME) : source;
  const read = await readJsonFile(hotSource, codec);
  if (read.kind !== 'parsed' || !isRecord(read.value)) throw new BackupUnreadable(`the backup ${intent.backup} cannot be read`);

  // The archives: each group's years and digests as the backup has them; what it does not have goes.
  const wanted = new Map<string, string[]>();
  if (folder) {
    for (const groupId of await folderNames(join(source, ARCHIVE_DIR))) {
      if (GROUP_DIR.test(groupId))
        wanted.set(
          groupId,
          (await folderNames(join(source, ARCHIVE_DIR, groupId))).filter((n) => ARCHIVE_FILE.test(n)),
        );
    }
  }
  for (const groupId of await listArchiveGroups(dataDir)) {
    const keep = wanted.get(groupId) ?? [];
    for (const name of await folderNames(join(dataDir, ARCHIVE_DIR, groupId))) {
      if (!keep.includes(name)) await rm(join(dataDir, ARCHIVE_DIR, groupId, name), { recursive: true, force: true });
    }
    if (keep.length === 0) await rm(join(dataDir, ARCHIVE_DIR, groupId), { recursive: true, force: true });
  }
  step?.('restore-archives-cleared');
  for (const [groupId, names] of wanted) {
    for (const name of names) {
      await copyThroughCodec(join(source, ARCHIVE_DIR, groupId, name), join(dataDir, ARCHIVE_DIR, groupId, name), durable, codec);
      step?.(`restored ${groupId}/${name}`);
    }
  }
  // A change a crash cut short belongs to the record being replaced; finishing it would mix the two.
  await rm(join(dataDir, COMMIT_INTENT_FILE), { force: true });
  await writeJson(join(dataDir, HOT_FILE), carryAnswers(read.value, intent.surveyResponses), durable, codec);
  step?.('restore-hot-written');
  await rm(join(dataDir, RESTORE_INTENT_FILE), { force: true });
}

export interface RestoreOptions {
  durable: boolean;
  codec: FileCodec;
  now: number;
  /** Crash points, for tests. */
  step?: (name: string) => void;
}

/**
 * Makes a backup the record, with the record closed. The record as it is
 * is backed up first (marked as made before a restore, so restoring it is
 * the undo), then the intent is written, then the files are put in place.
 * Returns the name of the backup that undoes it.
 */
export async function restoreBackup(dataDir: string, name: string, options: RestoreOptions): Promise<string> {
  const { codec, durable } = options;
  const hotPath = join(dataDir, HOT_FILE);
  const current = await readJsonFile(hotPath, codec);
  if (current.kind !== 'parsed' || !isRecord(current.value)) throw new Error('the record as it is now cannot be read to back it up first');
  const answers = Array.isArray(current.value.surveyResponses) ? (current.value.surveyResponses as SurveyResponse[]) : [];
  // The backup being restored is spared by the rotation, so the oldest of ten can still be restored.
  const undoWith = await writeBackup(dataDir, hotPath, options.now, codec, { reason: 'before_restore', spare: [name] });
  const undoName = undoWith.slice(backupDir(dataDir).length + 1);
  options.step?.('restore-backed-up');
  const intent: RestoreIntent = { backup: name, undoWith: undoName, surveyResponses: answers };
  await writeJson(join(dataDir, RESTORE_INTENT_FILE), intent, durable, codec);
  options.step?.('restore-intent-written');
  await applyRestore(dataDir, intent, durable, codec, options.step);
  return undoName;
}

/**
 * At opening: finishes a restore a crash cut short, so the record is the
 * backup whole and never a mix of it and the record it replaced. If the
 * backup has gone meanwhile, the record as it was before the restore is
 * put back instead. Returns a notice for the console, or null.
 */
export async function finishRestore(dataDir: string, durable: boolean, codec: FileCodec, now: number): Promise<Notice | null> {
  const path = join(dataDir, RESTORE_INTENT_FILE);
  const read = await readJsonFile(path, codec);
  if (read.kind === 'missing') return null;
  const raw = read.kind === 'parsed' && isRecord(read.value) ? read.value : {};
  const names = [raw.backup, raw.undoWith].filter(
    (n): n is string => typeof n === 'string' && /^circlekeeper-[0-9TZ-]+(-before-restore)?(\.json)?$/.test(n),
  );
  const intent = (backup: string): RestoreIntent => ({
    backup,
    undoWith: typeof raw.undoWith === 'string' ? raw.undoWith : '',
    surveyResponses: Array.isArray(raw.surveyResponses) ? (raw.surveyResponses as SurveyResponse[]) : [],
  });
  // Which of the two ways it failed: every backup unreadable, or a write the disk refused (and why).
  let refused: { error: unknown } | null = null;
  for (const name of names) {
    try {
      await applyRestore(dataDir, intent(name), durable, codec);
      const finished = name === raw.backup;
      return notice(
        `restore-finished-${String(now)}`,
        'info',
        { key: finished ? 'restoreFinished.title' : 'restoreUndone.title' },
        { key: finished ? 'restoreFinished.detail' : 'restoreUndone.detail', values: { backup: name } },
      );
    } catch (error) {
      // Only a backup that cannot be read sends us to the one made just before; a write the
      // disk refused stops here, and the intent stays so the next start tries again.
      if (!(error instanceof BackupUnreadable)) {
        refused = { error };
        break;
      }
    }
  }
  // The intent stays, so no later start mistakes a mix for a whole record.
  return notice(
    `restore-unfinished-${String(now)}`,
    'warning',
    { key: 'restoreUnfinished.title' },
    {
      key: 'restoreUnfinished.detail',
      values:
        refused === null
          ? { problem: 'unreadable' }
          : { problem: 'refused', why: writeFailure(refused.error), reason: plainWriteError(refused.error) },
    },
  );
}
