import type { DisplaySnapshot } from '../display/display-view';

/** What changed, so a console can refetch only what it shows. */
export const changeTopics = ['groups', 'members', 'templates', 'meetings', 'room', 'notices'] as const;
export type ChangeTopic = (typeof changeTopics)[number];

export interface ChangeEvent {
  version: number;
  now: number;
  topics: ChangeTopic[];
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
