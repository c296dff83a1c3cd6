import type { ChangeEvent } from '#shared/contract/events';
import type { Meeting } from '#shared/domain/types';

/**
 * Applies what a change event says about meetings not yet held to a list of
 * them (meeting.list): the meetings it carries replace or join the list, and
 * those that ended or were called off leave it. Undefined when the event
 * says nothing about meetings, so the list is fetched again only when it
 * must be. The list is kept in time order.
 */
export function withMeetingChanges(groupId: string): (list: Meeting[], event: ChangeEvent) => Meeting[] | undefined {
  return (list, event) => {
    if (!event.meetings && !event.leftMeetingIds) return undefined;
    const left = new Set(event.leftMeetingIds ?? []);
    const changed = new Map((event.meetings ?? []).filter((m) => m.groupId === groupId).map((m) => [m.id, m]));
    const kept = list.filter((m) => !left.has(m.id)).map((m) => changed.get(m.id) ?? m);
    const added = [...changed.values()].filter((m) => !list.some((old) => old.id === m.id));
    return [...kept, ...added].sort((a, b) => a.startsAt - b.startsAt);
  };
}
