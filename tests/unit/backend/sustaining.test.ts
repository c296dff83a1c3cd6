import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend';
import { useTempDirs } from './temp-dir';
import { currentDisplay, fixedEdges, ok, openBackend, WEEKLY_TUESDAY } from './test-backend';

const tempDir = useTempDirs();
const REVIEW_ITEM_TITLE = 'Review our purpose and goals';
const TUESDAYS = ['2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29', '2026-10-06', '2026-10-13', '2026-10-20'];

async function groupWithSchedule(backend: Backend, reviewEveryMeetings = 4) {
  const group = await ok(backend, 'group.create', { name: 'Circle' });
  await ok(backend, 'group.update', {
    groupId: group.id,
    schedule: WEEKLY_TUESDAY,
    reviewEveryMeetings,
    purpose: 'A place to talk about caring for a relative.',
    objectives: ['Meet every week', 'Welcome newcomers'],
  });
  const [template] = await ok(backend, 'template.list', { groupId: group.id });
  return { group, templateId: template?.id ?? null };
}

/** Plans, runs and ends a meeting, with the given members present. */
async function hold(backend: Backend, groupId: string, templateId: string | null, date: string, present: string[] = []) {
  const meeting = await ok(backend, 'meeting.plan', { groupId, date, templateId });
  for (const memberId of present) await ok(backend, 'attendance.mark', { meetingId: meeting.id, memberId, status: 'present' });
  await ok(backend, 'live.start', { meetingId: meeting.id });
  await ok(backend, 'live.end', { meetingId: meeting.id });
  return meeting;
}

const reviewItems = (agenda: { title: string }[]) => agenda.filter((i) => i.title === REVIEW_ITEM_TITLE).length;

describe('periodic review of purpose', () => {
  it('puts the review item on the fifth meeting of a group reviewing every 4, once', async () => {
    const backend = await openBackend(await tempDir());
    const { group, templateId } = await groupWithSchedule(backend);
    for (const date of TUESDAYS.slice(0, 4)) {
      const held = await hold(backend, group.id, templateId, date);
      expect(reviewItems(held.agenda), date).toBe(0);
    }
    expect(await ok(backend, 'review.status', { groupId: group.id })).toMatchObject({ due: true, heldSince: 4, lastReview: null });
    const fifth = await ok(backend, 'meeting.plan', { groupId: group.id, date: TUESDAYS[4], templateId });
    const sixth = await ok(backend, 'meeting.plan', { groupId: group.id, date: TUESDAYS[5], templateId });
    const planned = await ok(backend, 'meeting.list', { groupId: group.id });
    expect(planned.map((m) => [m.id, reviewItems(m.agenda)])).toEqual([
      [fifth.id, 1],
      [sixth.id, 0],
    ]);
    // The facilitator drops it: it does not come back when the meeting starts or another is planned.
    const without = (await ok(backend, 'meeting.get', { meetingId: fifth.id })).agenda.filter((i) => i.title !== REVIEW_ITEM_TITLE);
    await ok(backend, 'meeting.updateAgenda', { meetingId: fifth.id, items: without });
    await ok(backend, 'live.start', { meetingId: fifth.id });
    expect(reviewItems((await ok(backend, 'meeting.get', { meetingId: fifth.id })).agenda)).toBe(0);
    await ok(backend, 'live.end', { meetingId: fifth.id });
    expect(reviewItems((await ok(backend, 'meeting.get', { meetingId: sixth.id })).agenda)).toBe(0);
    await backend.close();
  });

  it('words the item in the room’s language, and the room shows the purpose while it runs', async () => {
    const backend = await openBackend(await tempDir());
    const { group, templateId } = await groupWithSchedule(backend);
    await ok(backend, 'group.update', { groupId: group.id, roomLocale: 'es' });
    for (const date of TUESDAYS.slice(0, 4)) await hold(backend, group.id, templateId, date);
    const fifth = await ok(backend, 'meeting.plan', { groupId: group.id, date: TUESDAYS[4], templateId });
    const item = fifth.agenda.find((i) => i.title === 'Revisar nuestro propósito y objetivos');
    expect(item?.objective).toMatch(/^¿Sigue el grupo/);
    expect(reviewItems(fifth.agenda)).toBe(0);
    await ok(backend, 'live.start', { meetingId: fifth.id });
    const at = item ? fifth.agenda.indexOf(item) : -1;
    expect(at).toBeGreaterThan(0);
    for (let i = 0; i < at; i++) await ok(backend, 'live.command', { meetingId: fifth.id, command: { type: 'nextItem' } });
    expect(currentDisplay(backend).view).toMatchObject({ screen: 'purpose', purpose: 'A place to talk about caring for a relative.' });
    await backend.close();
  });

  it('gives the item to a meeting planned before the review fell due, when the meeting that made it due ends', async () => {
    const backend = await openBackend(await tempDir());
    const { group, templateId } = await groupWithSchedule(backend);
    for (const date of TUESDAYS.slice(0, 3)) await hold(backend, group.id, templateId, date);
    const fourth = await ok(backend, 'meeting.plan', { groupId: group.id, date: TUESDAYS[3], templateId });
    const fifth = await ok(backend, 'meeting.plan', { groupId: group.id, date: TUESDAYS[4], templateId });
    expect(reviewItems(fifth.agenda)).toBe(0);
    await ok(backend, 'live.start', { meetingId: fourth.id });
    await ok(backend, 'live.end', { meetingId: fourth.id });
    expect(reviewItems((await ok(backend, 'meeting.get', { meetingId: fifth.id })).agenda)).toBe(1);
    await backend.close();
  });

  it('runs the review questionnaire anonymously and records the outcome as a new version of the purpose', async () => {
    const backend = await openBackend(await tempDir());
    const { group, templateId } = await groupWithSchedule(backend);
    for (const date of TUESDAYS.slice(0, 4)) await hold(backend, group.id, templateId, date);
    const survey = await ok(backend, 'review.createSurvey', { groupId: group.id });
    expect(survey.questions.map((q) => q.kind)).toEqual(['rating', 'yes_no', 'choice', 'text']);
    const [rating, yesNo, choice, text] = survey.questions.map((q) => q.id) as [string, string, string, string];
    for (const answer of [4, 5, 3]) {
      await ok(backend, 'survey.respond', {
        surveyId: survey.id,
        answers: { [rating]: answer, [yesNo]: true, [choice]: 'Welcome newcomers', [text]: 'Meet fortnightly' },
      });
    }
    expect(await ok(backend, 'survey.results', { surveyId: survey.id })).toMatchObject({ responses: 3, hidden: false });

    const reviewed = await ok(backend, 'review.record', {
      groupId: group.id,
      date: '2026-09-29',
      objectives: ['Meet every fortnight', 'Welcome newcomers'],
      surveyId: survey.id,
    });
    expect(reviewed.objectives).toEqual(['Meet every fortnight', 'Welcome newcomers']);
    expect(reviewed.reviews).toEqual([{ date: '2026-09-29', adoptedVersion: 2, surveyId: survey.id }]);
    const versions = await ok(backend, 'purpose.versions', { groupId: group.id });
    expect(versions.map((v) => [v.version, v.objectives])).toEqual([
      [1, ['Meet every week', 'Welcome newcomers']],
      [2, ['Meet every fortnight', 'Welcome newcomers']],
    ]);
    expect(await ok(backend, 'review.status', { groupId: group.id })).toMatchObject({ due: false, heldSince: 0, lastReview: '2026-09-29' });
    // Saving the profile form unchanged makes no version.
    await ok(backend, 'group.update', { groupId: group.id, purpose: reviewed.purpose, objectives: reviewed.objectives });
    expect(await ok(backend, 'purpose.versions', { groupId: group.id })).toHaveLength(2);
    await backend.close();
  });
});

describe('group goals', () => {
  it('serve one of the group’s objectives, take dated notes, and follow an objective reworded in place', async () => {
    const backend = await openBackend(await tempDir());
    const { group } = await groupWithSchedule(backend);
    const stray = await backend.call('goal.create', { groupId: group.id, objective: 'Something else', what: 'x', measure: 'y' });
    expect(stray.ok ? null : stray.error).toMatchObject({ code: 'invalid_input', field: 'objective' });
    const goal = await ok(backend, 'goal.create', {
      groupId: group.id,
      objective: 'Meet every week',
      what: 'Find a second venue for winter',
      measure: 'A booking confirmed',
      byWhen: '2026-12-01',
    });
    expect(goal).toMatchObject({ status: 'on_track', notes: [] });
    const noted = await ok(backend, 'goal.addNote', { goalId: goal.id, text: 'Asked the library', date: '2026-11-10' });
    expect(noted.notes).toEqual([{ date: '2026-11-10', text: 'Asked the library' }]);
    await ok(backend, 'goal.update', { goalId: goal.id, status: 'stuck' });
    await ok(backend, 'group.update', { groupId: group.id, objectives: ['Meet every week, all year', 'Welcome newcomers'] });
    const [after] = await ok(backend, 'goal.list', { groupId: group.id });
    expect(after).toMatchObject({ objective: 'Meet every week, all year', status: 'stuck' });
    await backend.close();
  });
});

describe('members drifting away', () => {
  it('lists only opted-in members past the threshold, not on a break; counts the others; records a reach-out by date', async () => {
    const backend = await openBackend(await tempDir());
    const { group, templateId } = await groupWithSchedule(backend, 12);
    const add = (displayName: string, checkOnMe: boolean) =>
      ok(backend, 'member.add', { groupId: group.id, displayName, checkOnMe, joinedOn: '2026-08-01' });
    const ann = await add('Ann', true);
    const bo = await add('Bo', false);
    const cy = await add('Cy', true);
    const dee = await add('Dee', true);
    await hold(backend, group.id, templateId, TUESDAYS[0] as string, [ann.id, bo.id, cy.id, dee.id]);
    for (const date of TUESDAYS.slice(1, 4)) await hold(backend, group.id, templateId, date, [dee.id]);
    // The clock is 25 November 2026: Cy's break runs past it.
    await ok(backend, 'member.setBreak', { memberId: cy.id, until: '2026-12-31' });
    const past = await backend.call('member.setBreak', { memberId: cy.id, until: '2026-01-01' });
    expect(past.ok ? null : past.error).toMatchObject({ code: 'invalid_input', field: 'until' });

    const list = await ok(backend, 'checkIn.list', { groupId: group.id });
    expect(list.listed.map((e) => [e.displayName, e.missedInARow, e.lastPresent, e.lastReachedOut])).toEqual([['Ann', 3, TUESDAYS[0], null]]);
    expect(list).toMatchObject({ threshold: 3, notOptedIn: 1, onBreak: 1 });

    await ok(backend, 'checkIn.recordReachOut', { memberId: ann.id });
    expect((await ok(backend, 'checkIn.list', { groupId: group.id })).listed[0]?.lastReachedOut).toBe('2026-11-25');
    const notAsked = await backend.call('checkIn.recordReachOut', { memberId: bo.id });
    expect(notAsked.ok ? null : notAsked.error.code).toBe('conflict');

    await ok(backend, 'group.update', { groupId: group.id, checkInAfterMissed: 4 });
    expect((await ok(backend, 'checkIn.list', { groupId: group.id })).listed).toEqual([]);
    await backend.close();
  });

  it('ends a break after its last day: hidden until then, then listed and welcomed back at the next check-in', async () => {
    const dir = await tempDir();
    const backend = await openBackend(dir);
    const { group, templateId } = await groupWithSchedule(backend, 12);
    const ann = await ok(backend, 'member.add', { groupId: group.id, displayName: 'Ann', checkOnMe: true, joinedOn: '2026-08-01' });
    await hold(backend, group.id, templateId, TUESDAYS[0] as string, [ann.id]);
    for (const date of TUESDAYS.slice(1, 4)) await hold(backend, group.id, templateId, date);
    await ok(backend, 'member.setBreak', { memberId: ann.id, until: '2026-11-30' });
    expect(await ok(backend, 'checkIn.list', { groupId: group.id })).toMatchObject({ listed: [], onBreak: 1, welcomeBack: [] });
    await backend.close();

    // A week later the break is over: Ann is listed again, to be welcomed back.
    const later = await openBackend(dir, fixedEdges(Date.UTC(2026, 11, 2, 12)));
    const list = await ok(later, 'checkIn.list', { groupId: group.id });
    expect(list).toMatchObject({ onBreak: 0, welcomeBack: [{ memberId: ann.id, displayName: 'Ann', backOn: '2026-12-01' }] });
    expect(list.listed.map((e) => e.displayName)).toEqual(['Ann']);
    // Any change of status first logs the return on the day after the break.
    const updated = await ok(later, 'member.update', { memberId: ann.id, status: 'active' });
    expect(updated.statusLog).toEqual([
      { date: '2026-11-25', status: 'on_break' },
      { date: '2026-12-01', status: 'active' },
    ]);
    await later.close();
  });
});

describe('personal goals', () => {
  it('are kept only with the member’s agreement, take one-line check-ins, and go when the member is erased', async () => {
    const backend = await openBackend(await tempDir());
    const { group } = await groupWithSchedule(backend);
    const sam = await ok(backend, 'member.add', { groupId: group.id, displayName: 'Sam' });
    const unasked = await backend.call('personalGoal.create', { memberId: sam.id, text: 'Sleep better', memberAgreed: false });
    expect(unasked.ok ? null : unasked.error.message).toContain('agreement');
    const goal = await ok(backend, 'personalGoal.create', { memberId: sam.id, text: 'Sleep better', memberAgreed: true });
    expect(goal).toMatchObject({ agreedOn: '2026-11-25', status: 'open', checkIns: [] });
    const checked = await ok(backend, 'personalGoal.addCheckIn', { personalGoalId: goal.id, text: 'Two good nights  this\nweek' });
    expect(checked.checkIns).toEqual([{ date: '2026-11-25', text: 'Two good nights this week' }]);
    await ok(backend, 'member.update', { memberId: sam.id, status: 'left' });
    await ok(backend, 'member.erase', { memberId: sam.id });
    expect(await ok(backend, 'personalGoal.list', { groupId: group.id })).toEqual([]);
    await backend.close();
  });
});

describe('follow-ups after a conflict', () => {
  it('keep what needs attention and the mediation steps until resolved', async () => {
    const backend = await openBackend(await tempDir());
    const { group } = await groupWithSchedule(backend);
    const followUp = await ok(backend, 'followUp.create', {
      groupId: group.id,
      concern: 'Tension between two members over interruptions',
      steps: [{ text: 'Talk with each of them', who: 'Facilitator', byWhen: '2026-12-01' }],
    });
    expect(followUp).toMatchObject({ openedOn: '2026-11-25', closedOn: null, steps: [{ done: false, who: 'Facilitator' }] });
    const stepId = followUp.steps[0]?.id;
    const resolved = await ok(backend, 'followUp.update', {
      followUpId: followUp.id,
      steps: [{ id: stepId, text: 'Talk with each of them', who: 'Facilitator', byWhen: '2026-12-01', done: true }],
      resolved: true,
    });
    expect(resolved).toMatchObject({ closedOn: '2026-11-25', steps: [{ id: stepId, done: true }] });
    expect(await ok(backend, 'followUp.list', { groupId: group.id })).toHaveLength(1);
    await backend.close();
  });
});
