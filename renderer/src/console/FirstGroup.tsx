import { GroupName } from '#shared/domain/names';
import { useApi } from '../common/api-context';
import { NameForm } from './NameForm';
import { useState } from 'react';
import type { OpenedCopy } from '#shared/custody/copy-transfer';
import { OpenCopyPanel } from './custody/OpenCopyPanel';

/** The empty state: says what Circlekeeper needs first and asks for it. */
export function FirstGroup() {
  const api = useApi();
  const [opened, setOpened] = useState<OpenedCopy | null>(null);
  return (
    <>
      <section className="panel panel--welcome" aria-labelledby="first-group-title">
        <h2 id="first-group-title">Start your first group</h2>
        <p>Give your group a name. It appears on the room screen when people arrive; you can change it at any time.</p>
        <NameForm
          label="Group name"
          submitLabel="Create group"
          schema={GroupName}
          placeholder="For example: Tuesday Evening Circle"
          autoFocus
          onSubmit={(name) => api.call('group.create', { name })}
        />
      </section>
      {/* The next facilitator on a new laptop starts from the handover file rather than from nothing. */}
      <OpenCopyPanel opened={opened} onOpened={setOpened} firstGroup />
    </>
  );
}
