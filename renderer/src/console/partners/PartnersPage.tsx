import type { Group } from '#shared/domain/types';
import { CalendarPanel } from './CalendarPanel';
import { EventsPanel } from './EventsPanel';
import { PartnersPanel } from './PartnersPanel';
import './partners.css';

/** Partners and events: who the group works with, what is on beside the meetings, and where they clash. */
export function PartnersPage({ group }: { group: Group }) {
  return (
    <div className="console-columns">
      <div className="console-side">
        <CalendarPanel group={group} />
        <EventsPanel group={group} />
      </div>
      <PartnersPanel group={group} />
    </div>
  );
}
