import type { GroupHolding } from './backup-summary';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Oct 2026" from an ISO date: the same words whatever the machine's language, as the rest of the backend's messages. */
export function plainDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${String(day)} ${MONTHS[(month ?? 1) - 1] ?? ''} ${String(year)}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${String(n)} ${n === 1 ? one : many}`;

/** At most eight names, then how many more: the preview is read, not scrolled. */
function names(list: readonly string[]): string {
  const shown = list.slice(0, 8).join(', ');
  return list.length > 8 ? `${shown} and ${String(list.length - 8)} more` : shown;
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
 * confirming. It says what would go from the record, and that it is kept in
 * the backup made just before the restore, so nothing is lost for good.
 */
export function restoreChanges(c: RestoreComparison): string[] {
  const lines: string[] = [];
  const inBackup = new Map(c.backup.map((g) => [g.groupId, g]));
  const inRecord = new Map(c.now.map((g) => [g.groupId, g]));
  for (const now of c.now) {
    const then = inBackup.get(now.groupId);
    if (!then) {
      lines.push(
        `${now.name}: not in the backup, so the group (${plural(now.members, 'member')}, ${plural(now.meetingsHeld, 'meeting')} held) would be gone from the record, but kept in the backup made just before the restore.`,
      );
      continue;
    }
    const label = now.name === then.name ? now.name : `${now.name} (called ${then.name} in the backup)`;
    if (now.meetingsHeld !== then.meetingsHeld) {
      const since = c.heldNow(now.groupId).filter((date) => then.lastMeeting === null || date > then.lastMeeting);
      const gone =
        since.length > 0
          ? ` (the ${since.length === 1 ? 'one' : String(since.length)} since ${plainDate(since[0] ?? '')} would be gone from the record, but kept in the backup made just before the restore)`
          : '';
      lines.push(`${label}: ${plural(now.meetingsHeld, 'meeting')} now, ${String(then.meetingsHeld)} in the backup${gone}.`);
    }
    if (now.members !== then.members) lines.push(`${label} members: ${String(now.members)} now, ${String(then.members)} in the backup.`);
    const nowNames = new Set(c.membersNow(now.groupId));
    const thenNames = new Set(c.membersInBackup(now.groupId));
    const back = [...thenNames].filter((n) => !nowNames.has(n));
    const gone = [...nowNames].filter((n) => !thenNames.has(n));
    if (back.length > 0) lines.push(`${label}: in the backup but not now: ${names(back)}.`);
    if (gone.length > 0) lines.push(`${label}: now but not in the backup: ${names(gone)}.`);
  }
  for (const then of c.backup) {
    if (!inRecord.has(then.groupId)) {
      lines.push(
        `${then.name}: only in the backup, so the group (${plural(then.members, 'member')}, ${plural(then.meetingsHeld, 'meeting')} held) would come back.`,
      );
    }
  }
  if (lines.length === 0)
    lines.push(
      'The groups, their members and the meetings held are the same in the backup as now; other details (notes, agendas, settings) may differ.',
    );
  lines.push('Survey answers are not in backups; the answers the record holds now are kept.');
  for (const survey of c.surveysOnlyNow) {
    if (survey.answers > 0)
      lines.push(
        `The survey “${survey.title}” is not in the backup, so its ${plural(survey.answers, 'answer')} would be gone for good: backups hold no answers.`,
      );
  }
  return lines;
}
