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

/** "3 Mar 2026" from an ISO date, read as a calendar date (no time zone can shift it). */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A chart tooltip's label, when it is a meeting's date. */
export function dateLabel(label: unknown): string {
  return typeof label === 'string' ? shortDate(label) : '';
}
