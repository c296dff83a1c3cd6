import type { DisplaySnapshot } from '../display/display-view';
import type { Meeting } from '../domain/types';

/**
 * What changed, so a console can refetch only what it shows. 'meetings' is
 * the meetings not yet held, 'live' the state of the one under way and
 * 'history' the past meetings. A change to meetings not yet held carries
 * them, so a console updates its list from the event instead of refetching.
 */
export const changeTopics = [
  'groups',
  'members',
  'templates',
  'meetings',
  'live',
  'history',
  'actionItems',
  'feedback',
  'settings',
  'room',
  'notices',
  'goals',
  'followUps',
  /** Partners, the group's events and the events imported from partners' calendars. */
  'partners',
  /** Encryption at rest and the list of backups. */
  'custody',
] as const;
export type ChangeTopic = (typeof changeTopics)[number];

export interface ChangeEvent {
  version: number;
  now: number;
  topics: ChangeTopic[];
  /** Meetings not yet held that the change made or changed, as they now are. */
  meetings?: Meeting[];
  /** Meetings that left the list of those not yet held (they ended, or were called off). */
  leftMeetingIds?: string[];
}

export interface EventMap {
  display: DisplaySnapshot;
  changed: ChangeEvent;
}
export type EventName = keyof EventMap;
export type AnyEvent = { [N in EventName]: { name: N; payload: EventMap[N] } }[EventName];

/** Two audiences, two capabilities (DESIGN.md, "One contract, two transports"). */
export type Audience = 'console' | 'display';

export const eventsFor: Record<Audience, readonly EventName[]> = {
  console: ['display', 'changed'],
  display: ['display'],
};

export function mayCall(audience: Audience): boolean {
  return audience === 'console';
}
