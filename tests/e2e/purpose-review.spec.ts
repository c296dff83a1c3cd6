import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { connectApi, TEST_SCHEDULE } from '../support/api-client';
import { expect, test } from './fixtures';

const SHOTS = fileURLToPath(new URL('../output/screenshots/', import.meta.url));
const REVIEW_ITEM = 'Review our purpose and goals';

/**
 * A group that reviews its purpose every 4 meetings: after four meetings the
 * fifth gets the review item, three people answer the review questionnaire
 * by passing the laptop, the purpose is reworded, and the Group page shows
 * the old and new versions. Goals are added and noted on the way.
 */
test('the purpose reviewed after four meetings: the item on the fifth, the questionnaire, a new version', async ({ browser, host }) => {
  await mkdir(SHOTS, { recursive: true });
  const api = await connectApi(host.consoleUrl);
  const group = await api.call('group.create', { name: 'Tuesday Circle' });
  await api.call('group.update', {
    groupId: group.id,
    schedule: TEST_SCHEDULE,
    purpose: 'Peer support for carers.',
    objectives: ['Feel less alone', 'Share what helps'],
    reviewEveryMeetings: 4,
  });
  const ana = await api.call('member.add', { groupId: group.id, displayName: 'Ana' });
  const [template] = await api.call('template.list', { groupId: group.id });
  for (const date of ['2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22']) {
    const meeting = await api.call('meeting.plan', { groupId: group.id, date, templateId: template?.id ?? null });
    await api.call('attendance.mark', { meetingId: meeting.id, memberId: ana.id, status: 'present' });
    await api.call('live.start', { meetingId: meeting.id });
    await api.call('live.end', { meetingId: meeting.id });
  }
  const fifth = await api.call('meeting.plan', { groupId: group.id, date: '2026-12-01', templateId: template?.id ?? null });
  expect(fifth.agenda.filter((item) => item.title === REVIEW_ITEM)).toHaveLength(1);
  api.close();

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(host.consoleUrl);
  // The fifth meeting's agenda holds the review, once.
  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  await page
    .getByText(/^Agenda for this meeting/)
    .first()
    .click();
  await expect(page.locator(`input[value="${REVIEW_ITEM}"]`)).toHaveCount(1);

  await page.getByRole('link', { name: 'Group', exact: true }).click();
  const review = page.getByRole('region', { name: 'Reviewing our purpose' });
  await expect(review.getByRole('status')).toContainText('A review is due: 4 meetings since the group began');

  // A goal for an objective, and a progress note.
  const goals = page.getByRole('region', { name: 'Goals' });
  await goals.getByLabel('For the objective').selectOption('Share what helps');
  await goals.getByLabel('What', { exact: true }).fill('A list of what helps, made together');
  await goals.getByLabel('How we will know').fill('Printed and handed out');
  await goals.getByRole('button', { name: 'Add goal' }).click();
  const goal = goals.getByRole('article', { name: 'A list of what helps, made together' });
  await goal.getByLabel('Progress note').fill('First ideas collected');
  await goal.getByRole('button', { name: 'Add note' }).click();
  await expect(goal.getByRole('list', { name: /^Progress on/ })).toContainText('First ideas collected');
  await goal.getByLabel('Where it stands').selectOption('stuck');
  await expect(goal.locator('.goal-status')).toHaveText('Stuck');

  // The questionnaire, passed round to three people.
  await review.getByRole('button', { name: 'Make the review questionnaire' }).click();
  await review.getByRole('button', { name: 'Pass the laptop round now' }).click();
  const laptop = page.getByRole('dialog', { name: /^Anonymous survey/ });
  for (const [rating, still] of [
    ['4', 'Yes'],
    ['3', 'No'],
    ['5', 'Yes'],
  ] as const) {
    await laptop
      .getByRole('group', { name: /meeting its purpose/ })
      .getByRole('radio', { name: rating, exact: true })
      .check();
    await laptop
      .getByRole('group', { name: /still the right one/ })
      .getByRole('radio', { name: still, exact: true })
      .check();
    await laptop.getByRole('radio', { name: 'Share what helps' }).check();
    await laptop.getByRole('textbox', { name: 'What should change?' }).fill('Meet in the library');
    await laptop.getByRole('button', { name: 'Send my answers' }).click();
    await laptop.getByRole('button', { name: 'I am the next person' }).click();
  }
  await expect(laptop.getByText('3 answered so far')).toBeVisible();
  await laptop.getByRole('button', { name: 'Finish (facilitator)' }).click();
  await laptop.getByLabel(/type “unlock”/).fill('unlock');
  await laptop.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('link', { name: 'Feedback', exact: true }).click();
  await expect(page.getByLabel('Results of Review of our purpose and goals')).toContainText('3 answers.');

  // The outcome: the purpose reworded.
  await page.getByRole('link', { name: 'Group', exact: true }).click();
  await review.getByRole('button', { name: 'Record a review' }).click();
  await review.getByLabel('Purpose, as the group now words it').fill('Peer support for carers and former carers.');
  await review.getByRole('button', { name: 'Save the review' }).click();
  await expect(review.getByRole('status')).toContainText('Last reviewed');
  const versions = review.getByRole('listitem', { name: /^Version \d$/ });
  await expect(versions).toHaveCount(2);
  await expect(review.getByRole('listitem', { name: 'Version 2' })).toContainText('Peer support for carers and former carers.');
  await expect(review.getByRole('listitem', { name: 'Version 2' })).toContainText('Changed the purpose.');
  await expect(review.getByRole('listitem', { name: 'Version 1' })).toContainText('Peer support for carers.');

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await review.screenshot({ path: `${SHOTS}group-purpose-review-1440x900.png` });
  await goals.screenshot({ path: `${SHOTS}group-goals-1440x900.png` });

  // The reports name the review (the charts mark it at the meeting that held it).
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page.getByText(/Reviews of the purpose \(dashed lines\): /)).toBeVisible();
  await context.close();
});
