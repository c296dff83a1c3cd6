import type { GroupHolding } from '#shared/custody/backup-summary';
import { LOCALE_INFO, type Locale } from '#shared/i18n/locales';
import type { Translate } from '#shared/i18n/translator';
import { formatDayIn } from '../../common/i18n/use-format-day';
import { isolate } from '../../common/i18n/isolate';

/** "Tuesday circle: 24 members, 104 meetings, the last on 24 Nov 2026", in the console's language. */
export function holdingText(t: Translate, locale: Locale, group: GroupHolding): string {
  const counts = {
    // Isolated in a right-to-left language, where a Latin name would otherwise pull the colon after it to the wrong side.
    name: LOCALE_INFO[locale].dir === 'rtl' ? isolate(group.name) : group.name,
    members: group.members,
    meetings: group.meetingsHeld,
  };
  return group.lastMeeting ? t('custody.holdingWithLast', { ...counts, last: formatDayIn(locale, group.lastMeeting) }) : t('custody.holding', counts);
}

/** "Sat 28 Nov 2026, 16:05" in this computer's time, in the console's language. */
export function madeAtText(locale: Locale, epochMs: number): string {
  return new Date(epochMs).toLocaleString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
