import { describe, expect, it } from 'vitest';
import type { AnyEvent } from '#shared/contract/events';
import { DisplayView } from '#shared/display/display-view';
import { useTempDirs } from './temp-dir';
import { currentDisplay, ok, openBackend, WEEKLY_TUESDAY } from './test-backend';

const tempDir = useTempDirs();

/*
 * What the room receives during a meeting of a group with goals, a personal
 * goal, a follow-up, members who have been missing, and a pause: every
 * display event is captured and read whole.
 */
describe('what the room display receives while a group sustains itself', () => {
  it('shows the pause and the purpose screens, and never a personal goal, a follow-up or an absence count', async () => {
    const backend = await openBackend(await tempDir());
    const group = await ok(backend, 'group.create', { name: 'Circle' });
    await ok(backend, 'group.update', {
      groupId: group.id,
      schedule: WEEKLY_TUESDAY,
      purpose: 'A place to talk about caring for a relative.',
      objectives: ['Meet every week', 'Welcome newcomers'],
    });
    const [template] = await ok(backend, 'template.list', { groupId: group.id });
    const templateId = template?.id ?? null;
    const ann = await ok(backend, 'member.add', { groupId: group.id, displayName: 'Ann', checkOnMe: true, joinedOn: '2026-08-01' });
    const bo = await ok(backend, 'member.add', { groupId: group.id, displayName: 'Bo', joinedOn: '2026-08-01' });
    // Ann misses three meetings in a row: she is on the check-in list, which stays in the console.
    for (const date of ['2026-09-01', '2026-09-08', '2026-09-15']) {
      const held = await ok(backend, 'meeting.plan', { groupId: group.id, date, templateId });
      await ok(backend, 'attendance.mark', { meetingId: held.id, memberId: bo.id, status: 'present' });
      await ok(backend, 'live.start', { meetingId: held.id });
      await ok(backend, 'live.end', { meetingId: held.id });
    }
    expect((await ok(backend, 'checkIn.list', { groupId: group.id })).listed.map((e) => e.missedInARow)).toEqual([3]);

    const goal = await ok(backend, 'goal.create', {
      groupId: group.id,
      objective: 'Welcome newcomers',
      what: 'A buddy for every newcomer',
      measure: 'Each newcomer named a buddy',
      byWhen: '2027-01-31',
    });
    await ok(backend, 'goal.addNote', { goalId: goal.id, text: 'PROGRESS-NOTE-PRIVATE about Bo' });
    await ok(backend, 'goal.create', {
      groupId: group.id,
      objective: 'Meet every week',
      what: 'DROPPED-GOAL summer picnic',
      measure: 'A date set',
      status: 'dropped',
    });
    const personal = await ok(backend, 'personalGoal.create', { memberId: bo.id, text: 'PERSONAL-GOAL-PRIVATE sleep better', memberAgreed: true });
    await ok(backend, 'personalGoal.addCheckIn', { personalGoalId: personal.id, text: 'CHECK-IN-PRIVATE two good nights' });
    await ok(backend, 'followUp.create', {
      groupId: group.id,
      concern: 'FOLLOW-UP-PRIVATE tension over interruptions',
      steps: [{ text: 'MEDIATION-STEP-PRIVATE talk with each', who: 'MEDIATOR-PRIVATE', byWhen: '2026-12-01' }],
    });
    await ok(backend, 'checkIn.recordReachOut', { memberId: ann.id });

    const events: AnyEvent[] = [];
    backend.subscribe('display', (event) => events.push(event));
    const meeting = await ok(backend, 'meeting.plan', { groupId: group.id, date: '2026-09-22', templateId });
    await ok(backend, 'attendance.mark', { meetingId: meeting.id, memberId: bo.id, status: 'present' });
    await ok(backend, 'live.start', { meetingId: meeting.id });
    await ok(backend, 'live.command', { meetingId: meeting.id, command: { type: 'nextItem' } });
    await ok(backend, 'room.setMode', { mode: 'purpose' });
    const purpose = currentDisplay(backend).view;
    await ok(backend, 'room.togglePause', {});
    const pause = currentDisplay(backend).view;
    await ok(backend, 'room.togglePause', {});
    const afterPause = currentDisplay(backend).view;
    await ok(backend, 'room.setMode', { mode: 'auto' });
    await ok(backend, 'live.command', { meetingId: meeting.id, command: { type: 'nextItem' } });
    await ok(backend, 'room.toggleBlank', {});
    await ok(backend, 'room.togglePause', {});
    await ok(backend, 'live.end', { meetingId: meeting.id });

    expect(purpose).toEqual({
      screen: 'purpose',
      groupName: 'Circle',
      purpose: 'A place to talk about caring for a relative.',
      objectives: [
        { text: 'Meet every week', goals: [] },
        {
          text: 'Welcome newcomers',
          goals: [{ what: 'A buddy for every newcomer', measure: 'Each newcomer named a buddy', byWhen: '2027-01-31', status: 'on_track' }],
        },
      ],
      otherGoals: [],
    });
    // The breathing prompt is the display's own words, in the room's language: the view carries only the rules.
    expect(Object.keys(pause).sort()).toEqual(['rules', 'screen']);
    expect(pause.screen === 'pause' ? pause.rules.length : 0).toBeGreaterThan(0);
    // The second press brings back what was there.
    expect(afterPause).toEqual(purpose);

    const views = events.map((e) => (e.name === 'display' ? e.payload.view : null));
    expect(events.every((e) => e.name === 'display')).toBe(true);
    expect(views.map((v) => v?.screen)).toEqual(expect.arrayContaining(['purpose', 'pause', 'speaker', 'blank']));
    // Strict schemas: no view carries a field beyond the public ones.
    for (const view of views) expect(DisplayView.safeParse(view).success).toBe(true);
    const everything = JSON.stringify(events);
    for (const secret of [
      'PRIVATE',
      'PROGRESS-NOTE',
      'DROPPED-GOAL',
      'PERSONAL-GOAL',
      'CHECK-IN-PRIVATE',
      'FOLLOW-UP',
      'MEDIATION',
      'MEDIATOR',
      'missed',
      'reachedOut',
      'lastPresent',
      '2026-11-25',
    ]) {
      expect(everything, secret).not.toContain(secret);
    }
    // Nobody's absence is a number the room sees: no view names Ann at all (she was not there).
    expect(everything).not.toContain('Ann');
    await backend.close();
  });
});
