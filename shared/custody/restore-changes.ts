import type { Wording } from '../i18n/translator';
import { writtenDate } from '../i18n/written-date';
import type { GroupHolding } from './backup-summary';

/** At most eight names, then how many more: the preview is read, not scrolled. */
function names({ t }: Wording, list: readonly string[]): string {
  // A plain list, no "and" before the last: the names are a set, and "… and 2 more" may follow.
  const shown = list.slice(0, 8).join(t('exports.list.separator'));
  return list.length > 8 ? t('exports.restore.moreNames', { names: shown, count: list.length - 8 }) : shown;
}

export interface RestoreComparison {
  backup: readonly GroupHolding[];
  now: readonly GroupHolding[];
  /** Dates of the meetings each group of the record has held, oldest first. */
  heldNow: (groupId: string) => readonly string[];
  /** Display names of each group's current members, now and in the backup. */
  membersNow: (groupId: string) => readonly string[];
  membersInBackup: (groupId: string) => readonly string[];
  /** Surveys the record has that the backup does not, with how many answers each holds now. */
  surveysOnlyNow: readonly { title: string; answers: number }[];
}

/**
 * What a restore would change, in lines a facilitator can read before
 * confirming, in the language of `words`. It says what would go from the
 * record, and that it is kept in the backup made just before the restore,
 * so nothing is lost for good. Group and member names go in as written.
 */
export function restoreChanges(c: RestoreComparison, words: Wording): string[] {
  const { t } = words;
  const lines: string[] = [];
  const inBackup = new Map(c.backup.map((g) => [g.groupId, g]));
  const inRecord = new Map(c.now.map((g) => [g.groupId, g]));
  for (const now of c.now) {
    const then = inBackup.get(now.groupId);
    if (!then) {
      lines.push(t('exports.restore.groupGone', { name: now.name, members: now.members, meetings: now.meetingsHeld }));
      continue;
    }
    const label = now.name === then.name ? now.name : t('exports.restore.calledInBackup', { name: now.name, backupName: then.name });
    if (now.meetingsHeld !== then.meetingsHeld) {
      const since = c.heldNow(now.groupId).filter((date) => then.lastMeeting === null || date > then.lastMeeting);
      const counts = { label, now: now.meetingsHeld, backup: then.meetingsHeld };
      lines.push(
        since.length > 0
          ? t('exports.restore.meetingsSince', { ...counts, since: since.length, date: writtenDate(words.locale, since[0] ?? '', 'short') })
          : t('exports.restore.meetings', counts),
      );
    }
    if (now.members !== then.members) lines.push(t('exports.restore.members', { label, now: now.members, backup: then.members }));
    const nowNames = new Set(c.membersNow(now.groupId));
    const thenNames = new Set(c.membersInBackup(now.groupId));
    const back = [...thenNames].filter((n) => !nowNames.has(n));
    const gone = [...nowNames].filter((n) => !thenNames.has(n));
    if (back.length > 0) lines.push(t('exports.restore.onlyInBackup', { label, names: names(words, back) }));
    if (gone.length > 0) lines.push(t('exports.restore.onlyNow', { label, names: names(words, gone) }));
  }
  for (const then of c.backup) {
    if (!inRecord.has(then.groupId)) {
      lines.push(t('exports.restore.groupBack', { name: then.name, members: then.members, meetings: then.meetingsHeld }));
    }
  }
  if (lines.length === 0) lines.push(t('exports.restore.same'));
  lines.push(t('exports.restore.surveyAnswersKept'));
  for (const survey of c.surveysOnlyNow) {
    if (survey.answers > 0) lines.push(t('exports.restore.surveyLost', { title: survey.title, answers: survey.answers }));
  }
  return lines;
}
