import type { Group } from '#shared/domain/types';
import { GoalsPanel } from './GoalsPanel';
import { GroundRulesEditor } from './GroundRulesEditor';
import { GroupProfileForm } from './GroupProfileForm';
import { NewGroupPanel } from './NewGroupPanel';
import { PurposeReviewPanel } from './PurposeReviewPanel';
import { RetentionPanel } from './RetentionPanel';
import { RoomLanguagePanel } from './RoomLanguagePanel';

export function GroupPage({ group }: { group: Group }) {
  return (
    <div className="console-columns">
      <div className="console-side">
        <GroupProfileForm group={group} />
        <RoomLanguagePanel group={group} />
        <PurposeReviewPanel group={group} />
      </div>
      <div className="console-side">
        <GoalsPanel group={group} />
        <GroundRulesEditor group={group} />
        <RetentionPanel />
        <NewGroupPanel />
      </div>
    </div>
  );
}
