/** "Tuesday 1 December, 19:00" in the group's own time zone. */
export function formatMeetingTime(epochMs: number, timeZone: string | undefined, withYear = false): string {
  return new Date(epochMs).toLocaleString(undefined, {
    weekday: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
}
