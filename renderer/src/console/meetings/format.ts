/** "Tuesday 1 December, 19:00" in the group's own time zone. */
export function formatMeetingTime(epochMs: number, timeZone: string | undefined): string {
  return new Date(epochMs).toLocaleString(undefined, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  });
}
