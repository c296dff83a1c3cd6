import { describe, expect, it } from 'vitest';
import { useTempDirs } from './temp-dir';
import { fixedEdges, ok, openBackend } from './test-backend';

const tempDir = useTempDirs();
const schedule = { frequency: 'weekly', weekday: 2, weekOfMonth: 1, startTime: '19:00', durationMinutes: 90, timeZone: 'Europe/London', startDate: '2026-09-01' } as const;

async function meetingOf(dir: string) {
  const backend = await openBackend(dir);
  const group = await ok(backend, 'group.create', { name: 'Circle' });
  await ok(backend, 'group.update', { groupId: group.id, schedule });
  const [template] = await ok(backend, 'template.list', { groupId: group.id });
  const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template?.id ?? null });
  return { backend, group, meeting };
}

describe('notes that always fit', () => {
  it('stores a long note of every kind that the contract accepts, and it is there after a restart', async () => {
    const dir = await tempDir();
    const { backend, meeting } = await meetingOf(dir);
    const long = 'word '.repeat(3_999) + 'end.';
    const itemId = meeting.agenda[0]?.id ?? '';
    await ok(backend, 'notes.save', { meetingId: meeting.id, field: 'item', itemId, text: long });
    await ok(backend, 'notes.save', { meetingId: meeting.id, field: 'shared', text: long });
    await ok(backend, 'notes.save', { meetingId: meeting.id, field: 'private', text: long });
    await backend.close();
    const again = await openBackend(dir, fixedEdges(Date.UTC(2026, 10, 26)));
    const { notes } = await ok(again, 'meeting.get', { meetingId: meeting.id });
    expect([notes.items[itemId]?.length, notes.shared.length, notes.private.length]).toEqual([long.length, long.length, long.length]);
    await again.close();
  });

  it('refuses a note over the limit with the reason, before anything is stored', async () => {
    const dir = await tempDir();
    const { backend, meeting } = await meetingOf(dir);
    const refused = await backend.call('notes.save', { meetingId: meeting.id, field: 'shared', text: 'x'.repeat(20_001) });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('at most 20,000 characters (this has 20,001)') as unknown });
    await backend.close();
  });
});
