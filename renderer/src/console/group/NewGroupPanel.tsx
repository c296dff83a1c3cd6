import { useState } from 'react';
import { GroupName } from '#shared/domain/names';
import { useApi } from '../../common/api-context';
import { NameForm } from '../NameForm';

/** Starts another group beside this one; the console switches to it. */
export function NewGroupPanel() {
  const api = useApi();
  const [open, setOpen] = useState(false);
  return (
    <section className="panel" aria-labelledby="new-group-title">
      <h2 id="new-group-title">Another group</h2>
      {open ? (
        <NameForm
          label="Name of the new group"
          submitLabel="Create group"
          schema={GroupName}
          autoFocus
          onSubmit={async (name) => {
            const created = await api.call('group.create', { name });
            await api.call('room.selectGroup', { groupId: created.id });
            setOpen(false);
            return created;
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          New group
        </button>
      )}
    </section>
  );
}
