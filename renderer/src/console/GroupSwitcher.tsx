import { useId } from 'react';
import type { Group } from '#shared/domain/types';
import { useApi } from '../common/api-context';
import { useAction } from '../common/use-action';
import { useT } from '../common/i18n/I18nProvider';

/** Chooses the group the console works on; the room screen follows it. */
export function GroupSwitcher({ groups, currentId }: { groups: Group[]; currentId: string | null }) {
  const api = useApi();
  const action = useAction();
  const id = useId();
  const t = useT();
  if (groups.length === 0) return null;
  return (
    <div className="group-switcher">
      <label htmlFor={id}>{t('top.group')}</label>
      <select
        id={id}
        value={currentId ?? ''}
        disabled={action.busy}
        onChange={(event) => void action.run(() => api.call('room.selectGroup', { groupId: event.target.value || null }))}
      >
        {currentId === null ? <option value="">{t('top.chooseGroup')}</option> : null}
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
      {action.error ? (
        <span className="field-error" role="alert">
          {action.error}
        </span>
      ) : null}
    </div>
  );
}
