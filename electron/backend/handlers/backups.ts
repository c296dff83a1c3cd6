import type { BackupPreview, BackupSummary, RestoreOutcome } from '#shared/custody/backup-summary';
import { DomainError } from '#shared/contract/errors';
import { msg, errorOfText } from '#shared/contract/error-message';
import { currentMemberNames, heldDates, holdingsOf } from '#shared/custody/holdings';
import { restoreChanges } from '#shared/custody/restore-changes';
import type { Locale } from '#shared/i18n/locales';
import { backendTranslator } from '../i18n/backend-messages';
import { listBackupSummaries, readBackup, type ReadBackup } from '../storage/backup-list';
import { listBackups } from '../storage/backups';
import { restoreBackup } from '../storage/restore';
import { plainWriteError } from '../storage/storage-health';
import type { CustodyContext } from './custody-context';

/** Listing, comparing and restoring the backups made at each start (DESIGN.md, "Persistence"). */
export function backupHandlers(custody: CustodyContext) {
  /** A backup by the name the list gave; one that is not there, or cannot be read, is refused plainly. */
  async function existing(name: string): Promise<ReadBackup> {
    if (!(await listBackups(custody.dataDir)).includes(name)) {
      throw new DomainError('not_found', msg('backup.notFound'), 'name');
    }
    const read = await readBackup(custody.dataDir, name, custody.codec());
    if (!read.summary.readable)
      throw new DomainError('conflict', msg('backup.unreadable', { problem: read.summary.problem ?? 'it cannot be read' }), 'name');
    return read;
  }

  return {
    'backup.list': (): Promise<BackupSummary[]> => listBackupSummaries(custody.dataDir, custody.codec()),

    'backup.preview': async ({ name, language }: { name: string; language?: Locale | undefined }): Promise<BackupPreview> => {
      const read = await existing(name);
      const hot = custody.hot();
      const now = holdingsOf(hot, (groupId) => custody.history(groupId));
      const surveysOnlyNow = hot.surveys
        .filter((s) => !read.surveyIds.has(s.id))
        .map((s) => ({ title: s.title, answers: hot.surveyResponses.filter((r) => r.surveyId === s.id).length }));
      const changes = restoreChanges(
        {
          backup: read.summary.groups,
          now,
          heldNow: (groupId) => heldDates(custody.history(groupId)),
          membersNow: (groupId) => currentMemberNames(hot.members, groupId),
          membersInBackup: read.memberNames,
          surveysOnlyNow,
        },
        // In the console's language; English when none is given.
        { t: backendTranslator(language ?? 'en'), locale: language ?? 'en' },
      );
      return { backup: read.summary, now, changes };
    },

    'backup.restore': async ({ name }: { name: string }): Promise<RestoreOutcome> => {
      if (custody.meetingLive()) {
        throw new DomainError('conflict', msg('backup.meetingUnderWay'));
      }
      // A record from a newer Circlekeeper is only shown: putting an older one in its place would fork it.
      const readOnly = custody.store().readOnlyReason();
      if (readOnly !== null) throw new DomainError('conflict', errorOfText(readOnly));
      await existing(name);
      let failed: unknown = null;
      const undoWith = await custody.reopen(async () => {
        try {
          return await restoreBackup(custody.dataDir, name, { durable: custody.durable, codec: custody.codec(), now: custody.now() });
        } catch (error) {
          // The record is opened again all the same, from what is on disk: a restore cut short
          // is finished by that opening (or, if the disk still refuses, the console says so).
          failed = error;
          return null;
        }
      });
      if (failed !== null || undoWith === null) {
        throw new DomainError('storage_failed', msg('backup.restoreFailed', { detail: plainWriteError(failed) }));
      }
      return { restored: name, undoWith };
    },
  };
}
