import { useState } from 'react';
import { GroupName } from '../../../shared/domain/names';
import type { Group } from '../../../shared/domain/types';
import { useApi } from '../common/api-context';
import { NameForm } from './NameForm';

/** Renames the current group, or starts another one beside it. */
export function GroupPanel({ group }: { group: Group }) {
  const api = useApi();
  const [editing, setEditing] = useState<'rename' | 'create' | null>(null);
  return (
    <section className="panel" aria-labelledby="group-panel-title">
      <h2 id="group-panel-title">Group</h2>
      {editing === 'rename' ? (
        <NameForm
          key={`rename-${group.id}`}
          label="New name for this group"
          submitLabel="Save name"
          schema={GroupName}
          initialValue={group.name}
          autoFocus
          onSubmit={async (name) => {
            const renamed = await api.call('group.rename', { groupId: group.id, name });
            setEditing(null);
            return renamed;
          }}
          onCancel={() => setEditing(null)}
        />
      ) : editing === 'create' ? (
        <NameForm
          label="Name of the new group"
          submitLabel="Create group"
          schema={GroupName}
          autoFocus
          onSubmit={async (name) => {
            const created = await api.call('group.create', { name });
            await api.call('room.selectGroup', { groupId: created.id });
            setEditing(null);
            return created;
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setEditing('rename')}>
            Rename group
          </button>
          <button type="button" className="button" onClick={() => setEditing('create')}>
            New group
          </button>
        </div>
      )}
    </section>
  );
}
