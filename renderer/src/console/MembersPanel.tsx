import { useId, useState } from 'react';
import { DisplayName } from '../../../shared/domain/names';
import type { Group, Member } from '../../../shared/domain/types';
import { useApi } from '../common/api-context';
import { useQuery } from '../common/use-query';
import { MemberRow } from './MemberRow';
import { NameForm } from './NameForm';
import { UndoBar } from './UndoBar';

/** The roster of the current group: add, rename, archive (with undo). */
export function MembersPanel({ group }: { group: Group }) {
  const api = useApi();
  const [showArchived, setShowArchived] = useState(false);
  const [lastArchived, setLastArchived] = useState<Member | null>(null);
  const members = useQuery('member.list', { groupId: group.id, includeArchived: showArchived }, ['members']);
  const toggleId = useId();
  const list = members.data ?? [];
  const activeCount = list.filter((m) => m.status === 'active').length;

  return (
    <section className="panel" aria-labelledby="members-title">
      <h2 id="members-title">
        Members <span className="count">({activeCount})</span>
      </h2>
      <NameForm
        label="Add a member"
        submitLabel="Add member"
        schema={DisplayName}
        placeholder="First name or alias"
        hint="A display name is all Circlekeeper needs. It is the name the room screen shows."
        clearOnSuccess
        onSubmit={(displayName) => api.call('member.add', { groupId: group.id, displayName })}
      />
      {members.error ? (
        <p className="field-error" role="alert">
          {members.error}
        </p>
      ) : null}
      {members.data && list.length === 0 ? (
        <p className="empty">No members yet. Add the people who come to this group; a first name or an alias is enough.</p>
      ) : null}
      <ul className="member-list" aria-label={`Members of ${group.name}`}>
        {list.map((member) => (
          <MemberRow key={member.id} member={member} onArchived={setLastArchived} />
        ))}
      </ul>
      <div className="checkbox">
        <input id={toggleId} type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
        <label htmlFor={toggleId}>Show archived members</label>
      </div>
      {lastArchived ? (
        <UndoBar
          message={`${lastArchived.displayName} was archived.`}
          onUndo={async () => {
            await api.call('member.restore', { memberId: lastArchived.id });
            setLastArchived(null);
          }}
          onClose={() => setLastArchived(null)}
        />
      ) : null}
    </section>
  );
}
