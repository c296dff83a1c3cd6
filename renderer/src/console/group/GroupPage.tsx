import type { Group } from '../../../../shared/domain/types';
import { GroundRulesEditor } from './GroundRulesEditor';
import { GroupProfileForm } from './GroupProfileForm';
import { NewGroupPanel } from './NewGroupPanel';

export function GroupPage({ group }: { group: Group }) {
  return (
    <div className="console-columns">
      <GroupProfileForm group={group} />
      <div className="console-side">
        <GroundRulesEditor group={group} />
        <NewGroupPanel />
      </div>
    </div>
  );
}
