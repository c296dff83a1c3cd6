import type { GroupHolding } from '#shared/custody/backup-summary';
import { formatDay } from '../../common/dates';

const plural = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

/** "Tuesday circle: 24 members, 104 meetings, the last on 24 Nov 2026". */
export function holdingText(group: GroupHolding): string {
  const last = group.lastMeeting ? `, the last on ${formatDay(group.lastMeeting)}` : '';
  return `${group.name}: ${plural(group.members, 'member', 'members')}, ${plural(group.meetingsHeld, 'meeting', 'meetings')}${last}`;
}

/** "Sat 28 Nov 2026, 16:05" in this computer's time. */
export function madeAtText(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
