import type { QueryClient } from '@tanstack/react-query';
import type { ChangeEvent } from '#shared/contract/events';
import type { AgendaTemplate, Group, Meeting, Member } from '#shared/domain/types';
import type { ActionItem } from '#shared/actions/action-items';
import type { Checkout } from '#shared/feedback/checkout';
import { withMeetingChanges } from '../meetings/meeting-changes';

type Input = Record<string, unknown>;

/** Updates every cached query of `method` whose input passes `match`. */
function updateLists<T>(client: QueryClient, method: string, match: (input: Input) => boolean, update: (list: T) => T): void {
  for (const query of client.getQueryCache().findAll({ queryKey: [method] })) {
    const input = (query.queryKey[1] ?? {}) as Input;
    if (match(input) && query.state.data !== undefined) client.setQueryData(query.queryKey, update(query.state.data as T));
  }
}

function upsert<T extends { id: string }>(list: readonly T[], item: T, order: (a: T, b: T) => number): T[] {
  return [...list.filter((x) => x.id !== item.id), item].sort(order);
}

/** Meetings from an event (or a command's result) into meeting.list and meeting.get, without fetching. */
export function applyMeetings(client: QueryClient, event: Pick<ChangeEvent, 'meetings' | 'leftMeetingIds'>): void {
  updateLists<Meeting[]>(
    client,
    'meeting.list',
    () => true,
    (list) => {
      const groupId = list[0]?.groupId ?? event.meetings?.[0]?.groupId ?? '';
      return withMeetingChanges(groupId)(list, { version: 0, now: 0, topics: [], ...event }) ?? list;
    },
  );
  // An empty list has no group to read from: take it from the query's input.
  for (const query of client.getQueryCache().findAll({ queryKey: ['meeting.list'] })) {
    const groupId = (query.queryKey[1] as Input | undefined)?.groupId;
    if (Array.isArray(query.state.data) && query.state.data.length === 0 && typeof groupId === 'string') {
      client.setQueryData(query.queryKey, withMeetingChanges(groupId)([], { version: 0, now: 0, topics: [], ...event }) ?? []);
    }
  }
  for (const meeting of event.meetings ?? []) client.setQueryData(['meeting.get', { meetingId: meeting.id }], meeting);
}

const isMeeting = (value: unknown): value is Meeting => typeof value === 'object' && value !== null && 'agenda' in value && 'attendance' in value;

/**
 * A command's result goes straight into the queries it answers, so the
 * console shows it without asking again (the change event that follows may
 * still refetch what else it touched).
 */
export function applyResult(client: QueryClient, method: string, input: Input, result: unknown): void {
  if (isMeeting(result)) {
    const left = result.status === 'ended' || result.status === 'cancelled';
    applyMeetings(client, left ? { leftMeetingIds: [result.id] } : { meetings: [result] });
    client.setQueryData(['meeting.get', { meetingId: result.id }], result);
    return;
  }
  const area = method.split('.')[0];
  if (method === 'group.create' || method === 'group.update' || method === 'rules.set') {
    const group = result as Group;
    updateLists<Group[]>(
      client,
      'group.list',
      () => true,
      (list) => upsert(list, group, (a, b) => a.name.localeCompare(b.name)),
    );
  } else if (area === 'member') {
    const member = result as Member;
    updateLists<Member[]>(
      client,
      'member.list',
      (i) => i.groupId === member.groupId,
      (list) => upsert(list, member, (a, b) => a.displayName.localeCompare(b.displayName)),
    );
  } else if (method === 'template.delete') {
    const { deleted } = result as { deleted: AgendaTemplate };
    updateLists<AgendaTemplate[]>(
      client,
      'template.list',
      (i) => i.groupId === deleted.groupId,
      (list) => list.filter((t) => t.id !== deleted.id),
    );
  } else if (area === 'template') {
    const template = result as AgendaTemplate;
    updateLists<AgendaTemplate[]>(
      client,
      'template.list',
      (i) => i.groupId === template.groupId,
      (list) => upsert(list, template, (a, b) => a.name.localeCompare(b.name)),
    );
  } else if (area === 'room') {
    client.setQueryData(['room.get', {}], result);
  } else if (method === 'settings.update') {
    client.setQueryData(['settings.get', {}], result);
  } else if (area === 'actionItem') {
    const item = result as ActionItem;
    updateLists<ActionItem[]>(
      client,
      'actionItem.list',
      (i) => i.groupId === item.groupId && (i.meetingId === undefined || i.meetingId === item.meetingId),
      (list) => (list.some((a) => a.id === item.id) ? list.map((a) => (a.id === item.id ? item : a)) : [...list, item]),
    );
  } else if (method === 'checkout.record') {
    const meetingId = input.meetingId as string;
    client.setQueryData<Meeting>(['meeting.get', { meetingId }], (meeting) => (meeting ? { ...meeting, checkout: result as Checkout } : meeting));
  }
}
