import { changeTopics, type ChangeTopic } from './events';

const everyTopic: readonly ChangeTopic[] = changeTopics;
import type { MethodName } from './method-names';

/**
 * What each method does to the data, declared once: a query reads some
 * topics (the console fetches it again when one of them changes), a command
 * changes some (the backend announces exactly these after it is written).
 * The backend's announcements and the console's cache both come from here.
 * (A command that changed a past meeting also announces 'history'.)
 */
export type MethodEffect = { kind: 'query'; reads: readonly ChangeTopic[] } | { kind: 'command'; changes: readonly ChangeTopic[] };

const query = (...reads: ChangeTopic[]) => ({ kind: 'query' as const, reads });
const command = (...changes: ChangeTopic[]) => ({ kind: 'command' as const, changes });

export const methodEffects = {
  'app.status': query('notices'),
  'app.dismissNotice': command('notices'),

  'group.list': query('groups'),
  'group.create': command('groups', 'templates', 'room'),
  // A reworded objective takes its goals with it.
  'group.update': command('groups', 'goals'),
  'rules.set': command('groups'),

  'member.list': query('members'),
  'member.add': command('members'),
  'member.update': command('members'),
  'member.recordAgreement': command('members'),
  // Erasing also removes the member's personal goals and care record.
  'member.erase': command('members', 'meetings', 'goals'),
  'member.setBreak': command('members'),
  'member.importMany': command('members'),

  'purpose.versions': query('groups'),
  // The group (interval, reviews) and the meetings held since the last review.
  'review.status': query('groups', 'history'),
  'review.createSurvey': command('feedback'),
  'review.record': command('groups', 'goals'),

  'goal.list': query('goals'),
  'goal.create': command('goals'),
  'goal.update': command('goals'),
  'goal.addNote': command('goals'),
  'goal.delete': command('goals'),
  'personalGoal.list': query('goals'),
  'personalGoal.create': command('goals'),
  'personalGoal.update': command('goals'),
  'personalGoal.addCheckIn': command('goals'),
  'personalGoal.delete': command('goals'),

  // Members (opt-in, status, breaks, reach-outs), the meetings held, and the group's threshold.
  'checkIn.list': query('members', 'history', 'groups'),
  'checkIn.recordReachOut': command('members'),

  'followUp.list': query('followUps'),
  'followUp.create': command('followUps'),
  'followUp.update': command('followUps'),
  'followUp.delete': command('followUps'),

  'template.list': query('templates'),
  'template.create': command('templates'),
  'template.duplicate': command('templates'),
  'template.update': command('templates'),
  'template.delete': command('templates', 'meetings'),

  'meeting.list': query('meetings'),
  'meeting.history': query('history'),
  'meeting.upcomingDates': query('groups', 'meetings', 'history'),
  // Offering the review item notes on the group where it was put.
  'meeting.plan': command('meetings', 'groups'),
  'meeting.updateAgenda': command('meetings'),
  'meeting.suggestRoles': query('meetings', 'members', 'history'),
  'meeting.assignRoles': command('meetings'),
  'meeting.declineRole': command('meetings'),
  'meeting.cancel': command('meetings'),
  'meeting.get': query('meetings', 'history'),
  'meeting.summary': query('history', 'members', 'actionItems'),

  'attendance.mark': command('meetings'),
  'attendance.addGuest': command('meetings'),
  'attendance.seat': command('meetings'),
  'live.start': command('meetings', 'room'),
  // 'live', not 'meetings': the change event carries the meeting, so no list is fetched again on a key press.
  'live.command': command('live'),
  // Ending a meeting may make a review due (the next planned meeting gets its item, noted on the group),
  // and logs the return of members whose break has ended.
  'live.end': command('meetings', 'room', 'groups', 'members'),

  'notes.save': command('meetings'),
  'notes.applyRetention': command('meetings'),
  'actionItem.list': query('actionItems'),
  'actionItem.add': command('actionItems'),
  'actionItem.update': command('actionItems'),
  'checkout.record': command('meetings'),
  'survey.list': query('feedback'),
  'survey.create': command('feedback'),
  'survey.delete': command('feedback'),
  'survey.respond': command('feedback'),
  'survey.results': query('feedback'),
  'suggestion.list': query('feedback'),
  'suggestion.add': command('feedback'),
  'suggestion.update': command('feedback'),
  // Made on demand for a download, never kept: nothing to fetch again.
  'meeting.exportMarkdown': query(),
  'settings.get': query('settings'),
  'settings.update': command('settings'),

  // Past meetings (digests), members (names, statuses), surveys, and the group (its name and time zone).
  'report.compute': query('history', 'members', 'feedback', 'groups'),

  'calendar.export': query(),
  'calendar.clashes': query('partners', 'meetings', 'groups'),
  'partner.list': query('partners'),
  'partner.create': command('partners'),
  'partner.update': command('partners'),
  'partner.delete': command('partners'),
  'partner.importCalendar': command('partners'),

  // Custody: encryption at rest and backups. Unlocking, a restore or a change of
  // passphrase reopens the whole record, so those announce every topic.
  'vault.status': query('custody'),
  'vault.unlock': command(...everyTopic),
  'vault.enable': command('custody'),
  'vault.change': command('custody'),
  'vault.disable': command('custody'),
  'vault.forgetOnThisComputer': command('custody'),
  'backup.list': query('custody'),
  'backup.preview': query('custody'),
  'backup.restore': command(...everyTopic),
  // Saving a copy and moving files in pieces read the record but change nothing stored.
  'copy.save': query(),
  'copy.inspect': query(),
  'copy.open': command(...everyTopic),
  'transfer.begin': query(),
  'transfer.append': query(),
  'transfer.read': query(),
  'partnerEvent.list': query('partners'),
  'event.list': query('partners'),
  'event.create': command('partners'),
  'event.update': command('partners'),
  'event.delete': command('partners'),

  'room.get': query('room', 'groups'),
  'room.selectGroup': command('room'),
  'room.setMode': command('room'),
  'room.toggleBlank': command('room'),
  'room.togglePause': command('room'),
  'room.setMessage': command('room'),
  'room.setTimerDisplay': command('room'),
} satisfies Record<MethodName, MethodEffect>;

type Effects = typeof methodEffects;
export type CommandName = { [M in MethodName]: Effects[M] extends { kind: 'command' } ? M : never }[MethodName];
export type QueryName = Exclude<MethodName, CommandName>;

export function readsOf(method: string): readonly ChangeTopic[] {
  const effect = (methodEffects as Record<string, MethodEffect | undefined>)[method];
  return effect?.kind === 'query' ? effect.reads : [];
}

export function changesOf(method: CommandName): readonly ChangeTopic[] {
  return (methodEffects[method] as { changes: readonly ChangeTopic[] }).changes;
}
