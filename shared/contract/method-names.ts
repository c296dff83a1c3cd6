/**
 * Every method of the contract, by name. Kept free of zod so the preload
 * bundle can build one function per method without carrying the schemas;
 * contract.ts is checked against this list by the type system.
 */
export const methodNames = [
  'app.status',
  'app.dismissNotice',
  'group.list',
  'group.create',
  'group.update',
  'rules.set',
  'member.list',
  'member.add',
  'member.update',
  'member.recordAgreement',
  'member.erase',
  'template.list',
  'template.create',
  'template.duplicate',
  'template.update',
  'template.delete',
  'meeting.list',
  'meeting.upcomingDates',
  'meeting.plan',
  'meeting.updateAgenda',
  'meeting.suggestRoles',
  'meeting.assignRoles',
  'meeting.declineRole',
  'meeting.cancel',
  'meeting.get',
  'meeting.summary',
  'attendance.mark',
  'attendance.addGuest',
  'attendance.seat',
  'live.start',
  'live.command',
  'live.end',
  'calendar.export',
  'room.get',
  'room.selectGroup',
  'room.setMode',
  'room.toggleBlank',
  'room.setMessage',
  'room.setTimerDisplay',
  'display.current',
] as const;
export type MethodName = (typeof methodNames)[number];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (methodNames as readonly string[]).includes(value);
}
