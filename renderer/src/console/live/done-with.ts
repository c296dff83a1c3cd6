const KEY = 'circlekeeper.doneWithMeetings';
const KEPT = 20;

/**
 * Meetings the facilitator has said they are done with after they ended,
 * remembered on this computer so a reload or a tab switch does not bring the
 * after-the-meeting page back, nor take it away before they say so.
 */
export function readDoneWith(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberDoneWith(meetingId: string): string[] {
  const next = [meetingId, ...readDoneWith().filter((id) => id !== meetingId)].slice(0, KEPT);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage refused (private mode, full): it is forgotten at the next reload, nothing worse.
  }
  return next;
}
