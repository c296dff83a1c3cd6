import { describe, expect, it } from 'vitest';
import type { AnyEvent } from '#shared/contract/events';
import { DisplaySnapshot, DisplayView } from '#shared/display/display-view';
import { useTempDirs } from './temp-dir';
import { currentDisplay, ok, openBackend, WEEKLY_TUESDAY } from './test-backend';

const tempDir = useTempDirs();

describe('the room screen’s language, set per group', () => {
  it('starts in English, changes with group.update, and travels in the display snapshot at once', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    expect(group.roomLocale).toBe('en');
    expect(currentDisplay(backend).locale).toBe('en');

    const events: AnyEvent[] = [];
    backend.subscribe('display', (event) => events.push(event));
    events.length = 0;
    const updated = await ok(backend, 'group.update', { groupId: group.id, roomLocale: 'es' });
    expect(updated.roomLocale).toBe('es');
    // Only the language changed, and the room heard of it: the view alone is the same.
    const last = events.at(-1);
    expect(last?.name === 'display' ? last.payload.locale : null).toBe('es');
    expect(currentDisplay(backend).locale).toBe('es');

    await ok(backend, 'group.update', { groupId: group.id, roomLocale: 'ar' });
    const snapshot = currentDisplay(backend);
    expect(snapshot.locale).toBe('ar');
    expect(DisplaySnapshot.safeParse(snapshot).success).toBe(true);
  });

  it('follows the group the room shows, and is English when the room shows none', async () => {
    const backend = await openBackend(await tempDir());
    const first = await ok(backend, 'group.create', { name: 'Circle' });
    const second = await ok(backend, 'group.create', { name: 'Monday' });
    await ok(backend, 'group.update', { groupId: second.id, roomLocale: 'de' });
    // The first group created is the room's: its language, not the other group's.
    expect(currentDisplay(backend).locale).toBe('en');
    await ok(backend, 'room.selectGroup', { groupId: second.id });
    expect(currentDisplay(backend).locale).toBe('de');
    await ok(backend, 'group.update', { groupId: first.id, roomLocale: 'ar' });
    expect(currentDisplay(backend).locale).toBe('de');
  });

  it('refuses a language it does not ship with a sentence naming the choices, and changes nothing', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    const refused = await backend.call('group.update', { groupId: group.id, roomLocale: 'fr' });
    expect(refused.ok).toBe(false);
    const message = refused.ok ? '' : refused.error.message;
    expect(message).toContain('Choose the room screen’s language');
    expect(message).toContain('es (Español)');
    expect(message).toContain('ar (العربية)');
    const [stored] = await ok(backend, 'group.list', {});
    expect(stored?.roomLocale).toBe('en');
  });

  it('sends no English of its own: a break called on the spot and an unnamed guest arrive as neutral values', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    await ok(backend, 'group.update', { groupId: group.id, schedule: WEEKLY_TUESDAY, roomLocale: 'es' });
    await ok(backend, 'room.setMode', { mode: 'break' });
    expect(currentDisplay(backend).view).toEqual({ screen: 'break', title: null, timer: null, plannedMs: 0 });
    await ok(backend, 'room.setMode', { mode: 'pause' });
    const pause = currentDisplay(backend).view;
    expect(DisplayView.safeParse(pause).success).toBe(true);
    expect(pause).not.toHaveProperty('prompt');
  });
});
