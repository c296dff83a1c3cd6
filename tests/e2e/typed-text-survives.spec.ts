import { connectApi, groupWithPlannedMeeting } from '../support/api-client';
import { expect, test } from './fixtures';

/**
 * What the facilitator is typing stays put when other data changes and the
 * console fetches it again: a form's draft follows its record only while
 * nothing is typed into it, or when it is given another record.
 */
test('text typed into each form survives a change made elsewhere', async ({ page, host }) => {
  const api = await connectApi(host.consoleUrl);
  const { group, members } = await groupWithPlannedMeeting(api);
  await page.goto(host.consoleUrl.replace('#/console', '#/console/group'));

  // Group page: a venue typed, not saved; the ground rules saved meanwhile (the group is fetched again).
  const venue = page.getByLabel('Venue', { exact: true });
  await venue.fill('The new hall, upstairs');
  await page.getByLabel('Ground rule 2', { exact: true }).fill('Listen without interrupting, please.');
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await expect(page.getByText('Ground rules saved.')).toBeVisible();
  await expect(venue).toHaveValue('The new hall, upstairs');
  // …and the other way round: a rule typed, the profile saved.
  await page.getByLabel('Ground rule 3', { exact: true }).fill('Phones on silent, half typed');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('✓ Profile saved.')).toBeVisible();
  await expect(page.getByLabel('Ground rule 3', { exact: true })).toHaveValue('Phones on silent, half typed');
  await expect(venue).toHaveValue('The new hall, upstairs');

  // Retention months typed; the setting changed from another window meanwhile.
  const months = page.getByLabel(/^Delete private notes older than/);
  await months.fill('18');
  await api.call('settings.update', { privateNoteRetentionMonths: 6 });
  await api.call('group.update', { groupId: group.id, purpose: 'Changed elsewhere' });
  await expect(page.getByLabel('Purpose', { exact: true })).toHaveValue('Changed elsewhere');
  await expect(months).toHaveValue('18');

  // Agendas page: an item retitled, not saved; the template renamed meanwhile.
  await page.getByRole('link', { name: 'Agendas' }).click();
  await page.getByLabel('Title of item 2', { exact: true }).fill('Check-in, slowly');
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name for this template', { exact: true }).fill('Our usual evening');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByLabel('Template', { exact: true }).locator('option:checked')).toHaveText('Our usual evening');
  await expect(page.getByLabel('Title of item 2', { exact: true })).toHaveValue('Check-in, slowly');

  // Meetings page: the meeting's agenda edited, not saved; a role assigned meanwhile.
  await page.getByRole('link', { name: 'Meetings' }).click();
  const card = page.getByRole('article', { name: /^Meeting on / });
  await card.getByText(/^Agenda for this meeting/).click();
  await card.getByLabel('Title of item 1', { exact: true }).fill('Welcome, and tea first');
  await card.getByLabel('Facilitator', { exact: true }).selectOption({ label: members[1]?.displayName ?? '' });
  await expect(card.getByLabel('Facilitator', { exact: true }).locator('option:checked')).toHaveText(members[1]?.displayName ?? '');
  await expect(card.getByLabel('Title of item 1', { exact: true })).toHaveValue('Welcome, and tea first');
  api.close();
});
