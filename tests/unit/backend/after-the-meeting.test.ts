import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend';
import { DATA_FILE_NAME } from '../../../electron/backend/storage/open-store';
import type { AnyEvent } from '#shared/contract/events';
import { useTempDirs } from './temp-dir';
import { fixedEdges, ok, WEEKLY_TUESDAY } from './test-backend';

const tempDir = useTempDirs();
const schedule = WEEKLY_TUESDAY;

async function setUp(dir: string, random: () => number = Math.random, edges = fixedEdges()) {
  const backend = await createBackend({ dataDir: dir, clock: edges.clock, newId: edges.newId, timeZone: 'Europe/London', random });
  const group = await ok(backend, 'group.create', { name: 'Circle' });
  await ok(backend, 'group.update', { groupId: group.id, schedule });
  const members = [];
  for (const displayName of ['Ana', 'Ben', 'Cai', 'Dee', 'Eli']) members.push(await ok(backend, 'member.add', { groupId: group.id, displayName }));
  const [template] = await ok(backend, 'template.list', { groupId: group.id });
  const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template!.id });
  for (const m of members) await ok(backend, 'attendance.mark', { meetingId: meeting.id, memberId: m.id, status: 'present' });
  await ok(backend, 'live.start', { meetingId: meeting.id });
  return { backend, group, members, meeting, edges };
}

describe('anonymous survey', () => {
  it('stores five answers so that neither their order nor who gave them can be recovered', async () => {
    const dir = await tempDir();
    const { backend, group } = await setUp(dir, () => Math.random());
    const survey = await ok(backend, 'survey.create', {
      groupId: group.id,
      title: 'How are we doing?',
      questions: [
        { kind: 'rating', prompt: 'How useful are the meetings?' },
        { kind: 'text', prompt: 'Anything else?' },
      ],
    });
    const [rating, text] = survey.questions.map((q) => q.id) as [string, string];
    // Five members answer in a known order (Ana, Ben, Cai, Dee, Eli): the nth gives rating n.
    for (let i = 1; i <= 5; i += 1) {
      await ok(backend, 'survey.respond', { surveyId: survey.id, answers: { [rating]: i, [text]: `answer ${String(i)}` } });
    }
    const stored = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')) as {
      surveyResponses: Record<string, unknown>[];
      members: { id: string }[];
    };
    const responses = stored.surveyResponses;
    expect(responses).toHaveLength(5);
    for (const response of responses) {
      // Only the survey, the date and the answers: no id, no member, no time of day.
      expect(Object.keys(response).sort()).toEqual(['answers', 'date', 'surveyId']);
      expect(response.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const raw = JSON.stringify(response);
      for (const member of stored.members) expect(raw).not.toContain(member.id);
    }
    await backend.close();
  });

  it('scatters the order: across many runs the first answer lands in every position', async () => {
    // A deterministic but varied random source per run; the position of answer 1 must not be fixed.
    const positions = new Set<number>();
    for (let run = 0; run < 12; run += 1) {
      let state = run * 7919 + 1;
      const random = () => {
        state = (state * 48271) % 2147483647;
        return state / 2147483647;
      };
      const dir = await tempDir();
      const { backend, group } = await setUp(dir, random);
      const survey = await ok(backend, 'survey.create', { groupId: group.id, title: 'Q', questions: [{ kind: 'rating', prompt: 'Rate' }] });
      const q = survey.questions[0]!.id;
      for (let i = 1; i <= 5; i += 1) await ok(backend, 'survey.respond', { surveyId: survey.id, answers: { [q]: i } });
      const stored = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')) as { surveyResponses: { answers: Record<string, number> }[] };
      positions.add(stored.surveyResponses.findIndex((r) => r.answers[q] === 1));
      await backend.close();
    }
    expect(positions.size).toBeGreaterThanOrEqual(4);
  });

  it('shows results only once three people have answered', async () => {
    const { backend, group } = await setUp(await tempDir());
    const survey = await ok(backend, 'survey.create', {
      groupId: group.id,
      title: 'Q',
      questions: [
        { kind: 'yes_no', prompt: 'Keep the tea break?' },
        { kind: 'choice', prompt: 'Best evening?', options: ['Tuesday', 'Thursday'] },
      ],
    });
    const [yesNo, choice] = survey.questions.map((q) => q.id) as [string, string];
    await ok(backend, 'survey.respond', { surveyId: survey.id, answers: { [yesNo]: true, [choice]: 'Tuesday' } });
    await ok(backend, 'survey.respond', { surveyId: survey.id, answers: { [yesNo]: false, [choice]: 'Tuesday' } });
    const two = await ok(backend, 'survey.results', { surveyId: survey.id });
    expect(two).toMatchObject({ responses: 2, hidden: true });
    expect(two.questions.every((q) => q.counts.every((c) => c === 0) && q.texts.length === 0)).toBe(true);
    await ok(backend, 'survey.respond', { surveyId: survey.id, answers: { [yesNo]: true, [choice]: 'Thursday' } });
    const three = await ok(backend, 'survey.results', { surveyId: survey.id });
    expect(three.hidden).toBe(false);
    expect(three.questions.map((q) => q.counts)).toEqual([
      [2, 1],
      [2, 1],
    ]);
    await backend.close();
  });

  it('refuses bad answers and unknown surveys with a message, storing nothing', async () => {
    const dir = await tempDir();
    const { backend, group, meeting } = await setUp(dir);
    const survey = await ok(backend, 'survey.create', {
      groupId: group.id,
      title: 'Q',
      questions: [
        { kind: 'rating', prompt: 'Rate' },
        { kind: 'text', prompt: 'Say' },
      ],
    });
    const [rate, say] = survey.questions.map((q) => q.id) as [string, string];
    const before = await readFile(join(dir, DATA_FILE_NAME), 'utf8');
    for (const [method, input, message] of [
      ['survey.respond', { surveyId: survey.id, answers: { [rate]: 6 } }, ''],
      ['survey.respond', { surveyId: survey.id, answers: { [rate]: null, [say]: '   ' } }, 'Answer at least one question'],
      ['survey.respond', { surveyId: survey.id, answers: { [say]: 'x'.repeat(5000) } }, ''],
      ['survey.respond', { surveyId: 'no-such-survey', answers: {} }, 'no longer exists'],
      ['survey.results', { surveyId: 'no-such-survey' }, 'no longer exists'],
      [
        'survey.create',
        { groupId: group.id, title: 'Q', questions: [{ kind: 'choice', prompt: 'Pick', options: ['Only one'] }] },
        'at least two options',
      ],
      ['checkout.record', { meetingId: meeting.id, rating: 0, heard: null }, 'A rating is from 1 to 5.'],
      ['checkout.record', { meetingId: meeting.id, rating: null, heard: null }, 'Answer at least one of the two questions.'],
      ['suggestion.add', { groupId: group.id, text: '' }, 'A suggestion is needed.'],
      ['suggestion.add', { groupId: group.id, text: 's'.repeat(10_000) }, 'at most 500 characters'],
      ['notes.save', { meetingId: meeting.id, field: 'private', text: 'n'.repeat(20_001) }, 'at most 20,000 characters'],
    ] as const) {
      const envelope = await backend.call(method, input);
      expect(envelope.ok ? 'accepted' : envelope.error.message, method).toContain(message);
    }
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(before);
    await backend.close();
  });
});

describe('check-out, suggestions, notes and export', () => {
  it('keeps check-outs as counts only', async () => {
    const dir = await tempDir();
    const { backend, meeting } = await setUp(dir);
    await ok(backend, 'checkout.record', { meetingId: meeting.id, rating: 4, heard: 'yes' });
    await ok(backend, 'checkout.record', { meetingId: meeting.id, rating: 5, heard: 'somewhat' });
    const result = await ok(backend, 'checkout.record', { meetingId: meeting.id, rating: 4, heard: null });
    expect(result).toEqual({ ratings: [0, 0, 0, 2, 1], heard: { yes: 1, somewhat: 1, no: 0 } });
    await backend.close();
  });

  it('stores anonymous suggestions with a random id and the date only', async () => {
    const dir = await tempDir();
    const { backend, group, meeting } = await setUp(dir);
    await ok(backend, 'suggestion.add', { groupId: group.id, text: 'More time for open sharing' });
    await ok(backend, 'suggestion.add', { groupId: group.id, text: 'A session on sleep' });
    const list = await ok(backend, 'suggestion.list', { groupId: group.id });
    expect(list.map((s) => s.text).sort()).toEqual(['A session on sleep', 'More time for open sharing']);
    expect(list.every((s) => /^[0-9a-f]{24}$/.test(s.id) && s.date === '2026-11-25' && s.status === 'new')).toBe(true);
    const discussed = await ok(backend, 'suggestion.update', { suggestionId: list[0]!.id, status: 'discussed', meetingId: meeting.id });
    expect(discussed).toMatchObject({ status: 'discussed', discussedInMeetingId: meeting.id });
    await backend.close();
  });

  it('leaves private notes out of the export and the display unless asked for', async () => {
    const dir = await tempDir();
    const { backend, meeting, members } = await setUp(dir);
    const seen: AnyEvent[] = [];
    backend.subscribe('display', (e) => seen.push(e));
    await ok(backend, 'notes.save', { meetingId: meeting.id, field: 'private', text: 'PRIVATE: Ben seemed low tonight' });
    await ok(backend, 'notes.save', { meetingId: meeting.id, field: 'item', itemId: meeting.agenda[1]!.id, text: 'PRIVATE-ITEM: follow up gently' });
    await ok(backend, 'notes.save', { meetingId: meeting.id, field: 'shared', text: 'Theme: coping with winter' });
    await ok(backend, 'actionItem.add', { meetingId: meeting.id, text: 'Find a bigger room', ownerId: members[0]!.id, due: '2026-12-08' });
    await ok(backend, 'actionItem.add', { meetingId: meeting.id, text: 'Bring leaflets', ownerId: null });
    await ok(backend, 'checkout.record', { meetingId: meeting.id, rating: 5, heard: 'yes' });
    for (const mode of ['agenda', 'speaker', 'ground_rules', 'welcome'] as const) await ok(backend, 'room.setMode', { mode });
    await ok(backend, 'live.end', { meetingId: meeting.id });

    const plain = await ok(backend, 'meeting.exportMarkdown', { meetingId: meeting.id, includePrivateNotes: false });
    expect(plain.text).not.toContain('PRIVATE');
    // Who spoke how much is the facilitator's too: only a count without the tick.
    expect(plain.text).not.toContain('| Who | Time |');
    expect(plain.text).not.toContain('Did not speak');
    expect(plain.text).toMatch(/\d+ of 5 present spoke\./);
    expect(plain.text).toContain('Theme: coping with winter');
    expect(plain.text).toContain('- [ ] Find a bigger room — Ana, due 2026-12-08');
    expect(plain.text).toContain('- [ ] Bring leaflets — The group');
    expect(plain.text).toContain('How did this session go? 5.0 out of 5 from 1 answer (1: 0 · 2: 0 · 3: 0 · 4: 0 · 5: 1)');
    const withNotes = await ok(backend, 'meeting.exportMarkdown', { meetingId: meeting.id, includePrivateNotes: true });
    expect(withNotes.text).toContain('PRIVATE: Ben seemed low tonight');
    expect(withNotes.text).toContain('PRIVATE-ITEM: follow up gently');
    expect(withNotes.text).toContain('| Who | Time | Turns | Passes |');
    expect(withNotes.text).toContain('Did not speak: ');
    expect(JSON.stringify(seen)).not.toMatch(/PRIVATE|Theme: coping|leaflets/);
    await backend.close();
  });

  it('brings open action items to the next meeting’s agenda as a follow-up', async () => {
    const { backend, group, meeting, members } = await setUp(await tempDir());
    const [template] = await ok(backend, 'template.list', { groupId: group.id });
    // Planned before the action item exists…
    const plannedEarly = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-08', templateId: template!.id });
    expect(plannedEarly.agenda.some((i) => i.title === 'Follow-ups from last time')).toBe(false);
    await ok(backend, 'actionItem.add', { meetingId: meeting.id, text: 'Find a bigger room', ownerId: members[1]!.id });
    await ok(backend, 'live.end', { meetingId: meeting.id });
    // …planned after it: the follow-up comes with the template.
    const plannedLater = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-12-15', templateId: template!.id });
    expect(plannedLater.agenda[1]).toMatchObject({ title: 'Follow-ups from last time', objective: 'Find a bigger room (Ben)' });
    // The early one gets it when it starts, once.
    await ok(backend, 'live.start', { meetingId: plannedEarly.id });
    const started = await ok(backend, 'meeting.get', { meetingId: plannedEarly.id });
    expect(started.agenda.filter((i) => i.title === 'Follow-ups from last time')).toHaveLength(1);
    expect(started.agenda[1]?.objective).toBe('Find a bigger room (Ben)');
    await backend.close();
  });

  it('keeps notes typed just before quitting: close waits for the write', async () => {
    const dir = await tempDir();
    const { backend, meeting } = await setUp(dir);
    // The console's last flush and the quit race; the save is queued before close.
    const saving = backend.call('notes.save', { meetingId: meeting.id, field: 'private', text: 'typed at the last second' });
    await backend.close();
    expect((await saving).ok).toBe(true);
    const stored = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')) as { meetings: { notes: { private: string } }[] };
    expect(stored.meetings[0]?.notes.private).toBe('typed at the last second');
  });

  it('deletes private notes older than the retention period, at start-up and on demand', async () => {
    const dir = await tempDir();
    const edges = fixedEdges(Date.UTC(2026, 10, 25, 12));
    const { backend, meeting } = await setUp(dir, Math.random, edges);
    await ok(backend, 'notes.save', { meetingId: meeting.id, field: 'private', text: 'old private note' });
    await ok(backend, 'notes.save', { meetingId: meeting.id, field: 'shared', text: 'shared stays' });
    await ok(backend, 'settings.update', { privateNoteRetentionMonths: 3 });
    expect(await ok(backend, 'notes.applyRetention', {})).toEqual({ meetingsCleared: 0 });
    await backend.close();

    // Four months later, at start-up.
    edges.advance(122 * 86_400_000);
    const later = await createBackend({ dataDir: dir, clock: edges.clock, newId: edges.newId, timeZone: 'Europe/London' });
    const notes = (await ok(later, 'meeting.get', { meetingId: meeting.id })).notes;
    expect(notes).toEqual({ private: '', items: {}, shared: 'shared stays' });
    const { notices } = await ok(later, 'app.status', {});
    expect(notices[0]?.title).toBe('Old private notes were deleted');
    await later.close();
  });
});
