import type { Group } from '#shared/domain/types';
import { CheckInWithPanel } from './CheckInWithPanel';
import { FollowUpsPanel } from './FollowUpsPanel';
import { PersonalGoalsPanel } from './PersonalGoalsPanel';
import './care.css';

/**
 * Looking after the group between meetings: who to check in with, follow-ups
 * after a conflict, and personal goals members chose to share. All of it is
 * the facilitator's alone: none of it reaches the room display or an export.
 */
export function CarePage({ group }: { group: Group }) {
  return (
    <div className="care">
      <p className="care__private" id="care-private">
        <span className="private-tag">private</span> Only you see this page. Nothing here is shown on the room’s screen or put in an export.
      </p>
      <CheckInWithPanel group={group} />
      <div className="care__columns">
        <FollowUpsPanel group={group} />
        <PersonalGoalsPanel group={group} />
      </div>
    </div>
  );
}
