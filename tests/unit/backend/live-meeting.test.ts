import { describe, expect, it } from 'vitest';
import type { AnyEvent } from '#shared/contract/events';
import { elapsedMs } from '#shared/live/timer';
import { useTempDirs } from './temp-dir';
import { fixedEdges, ok, openBackend, WEEKLY_TUESDAY, currentDisplay } from './test-backend';

const tempDir = useTempDirs();
const schedule = WEEKLY_TUESDAY;

async function liveMeeting(dir: string, edges = fixedEdges()) {
  const backend = await openBackend(dir, edges);
  const group = await ok(backend, 'group.create', { name: 'Circle' });
  await ok(backend, 'group.update', { groupId: group.id, schedule });
  const names = ['Ana', 'Ben', 'Cai'];
  const members = [];
  for (const displayName of names)
    members.push(
      await ok(backend, 'member.add', {
        groupId: group.id,
        displayName,
        fullName: `${displayName} Private-Surname`,
        contact: `${displayName}@example.org`,
      }),
    );
  const [template] = await ok(backend, 'template.list', { groupId: group.id });
  const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template!.id });
  for (const m of members) await ok(backend, 'attendance.mark', { meetingId: meeting.id, memberId: m.id, status: 'present' });
  await ok(backend, 'live.start', { meetingId: meeting.id });
  return { backend, group, members, meeting, edges };
}

describe('the live meeting through the backend', () => {
  it('resumes after a restart with timers right to the second, round position and queue intact', async () => {
    const dir = await tempDir();
    const { backend, meeting, members, edges } = await liveMeeting(dir);
    const command = (c: unknown) => ok(backend, 'live.command', { meetingId: meeting.id, command: c });
    await command({ type: 'nextItem' });
    await command({ type: 'startRound', mode: 'seating' });
    edges.advance(40_000);
    await command({ type: 'nextSpeaker' });
    edges.advance(25_000);
    await backend.close();

    // "Crash": a new backend on the same folder, an hour of wall time later is not needed; 5 s will do.
    edges.advance(5_000);
    const again = await openBackend(dir, edges);
    const resumed = await ok(again, 'meeting.get', { meetingId: meeting.id });
    expect(resumed.status).toBe('live');
    const live = resumed.live!;
    expect(live.speaker?.participantId).toBe(members[1]!.id);
    expect(elapsedMs(live.speaker!.timer, edges.clock())).toBe(30_000);
    expect(live.round?.remaining).toEqual([members[2]!.id]);
    expect(live.turns).toEqual([
      { participantId: members[0]!.id, itemId: resumed.agenda[1]!.id, source: 'round', durationMs: 40_000, passed: false },
    ]);
    const snapshot = currentDisplay(again);
    expect(snapshot.view).toMatchObject({ screen: 'speaker', speaker: 'Ben', upNext: ['Cai'], kind: 'round' });
    await again.close();
  });

  it('never sends the display a private field or value', async () => {
    const dir = await tempDir();
    const edges = fixedEdges();
    const backend = await openBackend(dir, edges);
    const seen: AnyEvent[] = [];
    backend.subscribe('display', (e) => seen.push(e));
    await backend.close();
    const { backend: b, meeting, members } = await liveMeeting(dir, edges);
    b.subscribe('display', (e) => seen.push(e));
    for (const c of [
      { type: 'nextItem' },
      { type: 'startRound', mode: 'random' },
      { type: 'pass' },
      { type: 'nextSpeaker' },
      { type: 'endRound' },
      { type: 'raiseHand', participantId: members[0]!.id },
      { type: 'nextSpeaker' },
    ]) {
      await ok(b, 'live.command', { meetingId: meeting.id, command: c });
    }
    for (const mode of ['ground_rules', 'agenda', 'speaker', 'break', 'welcome'] as const) await ok(b, 'room.setMode', { mode });
    await ok(b, 'live.end', { meetingId: meeting.id });
    const text = JSON.stringify(seen);
    expect(seen.length).toBeGreaterThan(8);
    expect(text).not.toMatch(/Private-Surname|example\.org|fullName|contact|attendance|turns|notes/);
    await b.close();
  });

  it('ends with a record and a summary: actual time per item, every turn, who did not speak', async () => {
    const { backend, meeting, members, edges } = await liveMeeting(await tempDir());
    const command = (c: unknown) => ok(backend, 'live.command', { meetingId: meeting.id, command: c });
    edges.advance(8 * 60_000);
    await command({ type: 'nextItem' });
    await command({ type: 'startRound', mode: 'seating' });
    edges.advance(60_000);
    await command({ type: 'pass' });
    edges.advance(90_000);
    await command({ type: 'nextSpeaker' });
    edges.advance(30_000);
    await command({ type: 'endRound' });
    const guest = await ok(backend, 'attendance.addGuest', { meetingId: meeting.id, displayName: 'Visitor' });
    expect(guest.attendance.at(-1)).toMatchObject({ guestName: 'Visitor', late: true, memberId: null });
    const summary = await ok(backend, 'live.end', { meetingId: meeting.id });
    expect(summary.present).toBe(4);
    expect(summary.guests).toBe(1);
    expect(summary.items.slice(0, 2).map((i) => [i.plannedMinutes, i.actualMs])).toEqual([
      [10, 8 * 60_000],
      [15, 180_000],
    ]);
    expect(summary.speaking.find((s) => s.participantId === members[0]!.id)).toMatchObject({ passes: 1, turns: 0, totalMs: 0 });
    expect(summary.speaking.find((s) => s.participantId === members[1]!.id)).toMatchObject({ turns: 1, totalMs: 90_000 });
    expect(summary.silent.sort()).toEqual(['Ana', 'Visitor']);
    const ended = await ok(backend, 'meeting.get', { meetingId: meeting.id });
    expect(ended).toMatchObject({ status: 'ended', live: null });
    const again = await backend.call('live.command', { meetingId: meeting.id, command: { type: 'nextItem' } });
    expect(again.ok ? '' : again.error.message).toContain('not under way');
    await backend.close();
  });

  it('refuses bad live commands with a message and changes nothing', async () => {
    const { backend, meeting } = await liveMeeting(await tempDir());
    const before = await ok(backend, 'meeting.get', { meetingId: meeting.id });
    for (const [command, message] of [
      [{ type: 'explode' }, ''],
      [{ type: 'toggleTimer' }, 'Nobody is speaking'],
      [{ type: 'adjustMinutes', itemId: before.agenda[0]!.id, deltaMinutes: 500 }, 'at most 120 minutes'],
      [{ type: 'raiseHand', participantId: 'nobody' }, 'marked present'],
      [{ type: 'previousItem' }, 'first item'],
    ] as const) {
      const envelope = await backend.call('live.command', { meetingId: meeting.id, command });
      expect(envelope.ok ? 'accepted' : envelope.error.message).toContain(message);
    }
    expect(await ok(backend, 'meeting.get', { meetingId: meeting.id })).toEqual(before);
    await backend.close();
  });
});

describe('role rotation from attendance', () => {
  it('counts the meetings a member actually came to once meetings are run', async () => {
    const edges = fixedEdges();
    const backend = await openBackend(await tempDir(), edges);
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    await ok(backend, 'group.update', { groupId: group.id, schedule });
    const regular = await ok(backend, 'member.add', { groupId: group.id, displayName: 'Regular', joinedOn: '2026-01-01' });
    const rare = await ok(backend, 'member.add', { groupId: group.id, displayName: 'Rare', joinedOn: '2026-01-01' });
    const [template] = await ok(backend, 'template.list', { groupId: group.id });
    for (const [i, date] of ['2026-11-03', '2026-11-10', '2026-11-17'].entries()) {
      const past = await ok(backend, 'meeting.plan', { groupId: group.id, date, templateId: template!.id });
      await ok(backend, 'attendance.mark', { meetingId: past.id, memberId: regular.id, status: 'present' });
      if (i === 0) await ok(backend, 'attendance.mark', { meetingId: past.id, memberId: rare.id, status: 'present' });
      await ok(backend, 'live.start', { meetingId: past.id });
      await ok(backend, 'live.end', { meetingId: past.id });
    }
    const next = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template!.id });
    // Rare has been to one meeting of three: still a newcomer, so not suggested unless they volunteer.
    expect(await ok(backend, 'meeting.suggestRoles', { meetingId: next.id })).toEqual({
      facilitator: regular.id,
      timekeeper: null,
      note_taker: null,
    });
    await ok(backend, 'member.update', { memberId: rare.id, volunteersForRoles: true });
    expect(Object.values(await ok(backend, 'meeting.suggestRoles', { meetingId: next.id }))).toContain(rare.id);
    await backend.close();
  });
});
