import type { Group } from '#shared/domain/types';
import { GroundRulesEditor } from './GroundRulesEditor';
import { GroupProfileForm } from './GroupProfileForm';
import { NewGroupPanel } from './NewGroupPanel';
import { RetentionPanel } from './RetentionPanel';

export function GroupPage({ group }: { group: Group }) {
  return (
    <div className="console-columns">
      <GroupProfileForm group={group} />
      <div className="console-side">
        <GroundRulesEditor group={group} />
        <RetentionPanel />
        <NewGroupPanel />
      </div>
    </div>
  );
}
