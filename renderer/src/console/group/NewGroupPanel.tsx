import { useState } from 'react';
import { GroupName } from '#shared/domain/names';
import { useApi } from '../../common/api-context';
import { NameForm } from '../NameForm';
import { useLocale, useT } from '../../common/i18n/I18nProvider';

/** Starts another group beside this one; the console switches to it. */
export function NewGroupPanel() {
  const t = useT();
  const { locale } = useLocale();
  const api = useApi();
  const [open, setOpen] = useState(false);
  return (
    <section className="panel" aria-labelledby="new-group-title">
      <h2 id="new-group-title">{t('group.newGroup.title')}</h2>
      {open ? (
        <NameForm
          label={t('group.newGroup.name')}
          submitLabel={t('group.newGroup.create')}
          schema={GroupName}
          autoFocus
          onSubmit={async (name) => {
            const created = await api.call('group.create', { name, language: locale });
            await api.call('room.selectGroup', { groupId: created.id });
            setOpen(false);
            return created;
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('group.newGroup.open')}
        </button>
      )}
    </section>
  );
}
