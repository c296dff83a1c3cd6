import { useState } from 'react';
import { DisplayName } from '../../../shared/domain/names';
import type { Member } from '../../../shared/domain/types';
import { useApi } from '../common/api-context';
import { useAction } from '../common/use-action';
import { NameForm } from './NameForm';

interface MemberRowProps {
  member: Member;
  onArchived: (member: Member) => void;
}

export function MemberRow({ member, onArchived }: MemberRowProps) {
  const api = useApi();
  const [renaming, setRenaming] = useState(false);
  const action = useAction();
  const archived = member.status === 'archived';

  if (renaming) {
    return (
      <li className="member-row member-row--editing">
        <NameForm
          label={`New display name for ${member.displayName}`}
          submitLabel="Save"
          schema={DisplayName}
          initialValue={member.displayName}
          autoFocus
          onSubmit={async (displayName) => {
            const renamed = await api.call('member.rename', { memberId: member.id, displayName });
            setRenaming(false);
            return renamed;
          }}
          onCancel={() => setRenaming(false)}
        />
      </li>
    );
  }

  return (
    <li className={`member-row${archived ? ' member-row--archived' : ''}`}>
      <span className="member-row__name">{member.displayName}</span>
      {archived ? <span className="tag">Archived</span> : null}
      <span className="member-row__actions">
        {archived ? (
          <button
            type="button"
            className="button"
            aria-label={`Restore ${member.displayName}`}
            disabled={action.busy}
            onClick={() => void action.run(() => api.call('member.restore', { memberId: member.id }))}
          >
            Restore
          </button>
        ) : (
          <>
            <button type="button" className="button" aria-label={`Rename ${member.displayName}`} onClick={() => setRenaming(true)}>
              Rename
            </button>
            <button
              type="button"
              className="button"
              aria-label={`Archive ${member.displayName}`}
              disabled={action.busy}
              onClick={() =>
                void action.run(async () => {
                  const result = await api.call('member.archive', { memberId: member.id });
                  onArchived(result);
                  return result;
                })
              }
            >
              Archive
            </button>
          </>
        )}
      </span>
      {action.error ? (
        <p className="field-error" role="alert">
          {action.error}
        </p>
      ) : null}
    </li>
  );
}
