import { formatDay, todayIso } from '../../common/dates';

/** "Tue 3 Mar 2026": the Care page writes a day with its weekday. */
export const careDate = (iso: string): string => formatDay(iso, true);

/** Today on this computer: the earliest a break can end (the backend checks it in the group's time zone). */
export const localToday = todayIso;
