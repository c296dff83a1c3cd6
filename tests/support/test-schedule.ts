/** The schedule the tests plan with: Tuesdays at 19:00 for 90 minutes, London time, from September 2026. */
export const TEST_SCHEDULE = {
  frequency: 'weekly',
  weekday: 2,
  weekOfMonth: 1,
  startTime: '19:00',
  durationMinutes: 90,
  timeZone: 'Europe/London',
  startDate: '2026-09-01',
} as const;
