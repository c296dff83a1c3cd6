import type { DisplaySnapshot } from '../display/display-view';
import type { Meeting } from '../domain/types';

/**
 * What changed, so a console can refetch only what it shows. 'meetings' is
 * the meetings not yet held, 'live' the state of the one under way (its
 * event carries the meeting, so nothing is refetched on a key press) and
 * 'history' the past meetings.
 */
export const changeTopics = ['groups', 'members', 'templates', 'meetings', 'live', 'history', 'actionItems', 'feedback', 'settings', 'room', 'notices'] as const;
export type ChangeTopic = (typeof changeTopics)[number];

export interface ChangeEvent {
  version: number;
  now: number;
  topics: ChangeTopic[];
  /** With the 'live' topic: the meeting under way as it now is. */
  live?: Meeting;
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
