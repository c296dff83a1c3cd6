import { formatDay } from '../../common/dates';

/** How the reports write numbers for a person: whole numbers plain, shares as percentages, one decimal otherwise. */
export function percent(share: number | null): string {
  return share === null ? '–' : `${String(Math.round(share * 100))}%`;
}

export function decimal(value: number | null, places = 1): string {
  return value === null ? '–' : value.toFixed(places);
}

export function whole(value: number | null): string {
  return value === null ? '–' : String(Math.round(value));
}

/** "3 Mar 2026" from an ISO date: the console's one way of writing a day. */
export const shortDate = (iso: string): string => formatDay(iso);

/** A chart tooltip's label, when it is a meeting's date. */
export function dateLabel(label: unknown): string {
  return typeof label === 'string' ? shortDate(label) : '';
}
