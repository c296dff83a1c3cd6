import { DomainError } from '#shared/contract/errors';
import { msg } from '#shared/contract/error-message';
import type { AgendaTemplate, Group, Meeting, Member } from '#shared/domain/types';
import type { Database } from '#shared/storage/database';
import { civilAt, formatDate } from '#shared/schedule/zoned-time';

export function findGroup(data: Readonly<Database>, groupId: string): Group {
  const group = data.groups.find((g) => g.id === groupId);
  if (!group) throw new DomainError('not_found', msg('group.notFound'), 'groupId');
  return group;
}

export function findMember(data: Readonly<Database>, memberId: string): Member {
  const member = data.members.find((m) => m.id === memberId);
  if (!member) throw new DomainError('not_found', msg('member.notFound'), 'memberId');
  return member;
}

export function findTemplate(data: Readonly<Database>, templateId: string): AgendaTemplate {
  const template = data.templates.find((t) => t.id === templateId);
  if (!template) throw new DomainError('not_found', msg('template.notFound'), 'templateId');
  return template;
}

export function findMeeting(data: Readonly<Database>, meetingId: string): Meeting {
  const meeting = data.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new DomainError('not_found', msg('meeting.notFound'), 'meetingId');
  return meeting;
}

/** Today's date where the group meets (or on this machine when it has no schedule). */
export function today(group: Group | undefined, now: number, fallbackZone: string): string {
  return formatDate(civilAt(now, group?.schedule?.timeZone ?? fallbackZone));
}
