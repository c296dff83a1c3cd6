import { GroupName } from '#shared/domain/names';
import { useApi } from '../common/api-context';
import { NameForm } from './NameForm';
import { useState } from 'react';
import type { OpenedCopy } from '#shared/custody/copy-transfer';
import { OpenCopyPanel } from './custody/OpenCopyPanel';
import { useLocale, useT } from '../common/i18n/I18nProvider';

/** The empty state: says what Circlekeeper needs first and asks for it. */
export function FirstGroup() {
  const api = useApi();
  const t = useT();
  const { locale } = useLocale();
  const [opened, setOpened] = useState<OpenedCopy | null>(null);
  return (
    <>
      <section className="panel panel--welcome" aria-labelledby="first-group-title">
        <h2 id="first-group-title">{t('top.firstGroup.title')}</h2>
        <p>{t('top.firstGroup.intro')}</p>
        <NameForm
          label={t('top.firstGroup.nameLabel')}
          submitLabel={t('top.firstGroup.create')}
          schema={GroupName}
          placeholder={t('top.firstGroup.placeholder')}
          autoFocus
          onSubmit={(name) => api.call('group.create', { name, language: locale })}
        />
      </section>
      {/* The next facilitator on a new laptop starts from the handover file rather than from nothing. */}
      <OpenCopyPanel opened={opened} onOpened={setOpened} firstGroup />
    </>
  );
}
