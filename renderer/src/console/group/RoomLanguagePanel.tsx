import { useId, useState } from 'react';
import type { Group } from '#shared/domain/types';
import { isLocale, LOCALE_INFO, LOCALES } from '#shared/i18n/locales';
import { useApi } from '../../common/api-context';
import { useT } from '../../common/i18n/I18nProvider';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';
import { SavedNote } from '../ui/SavedNote';

/**
 * The language of the room's screen while this group meets: the group's
 * own, not the facilitator's. Saved as soon as it is chosen, and the room
 * switches at once. Each language is named in itself; unreviewed ones say so.
 */
export function RoomLanguagePanel({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
  const t = useT();
  const [saved, setSaved] = useState(false);
  const id = useId();

  function choose(value: string) {
    if (!isLocale(value)) return;
    setSaved(false);
    void action.run(async () => {
      const result = await api.call('group.update', { groupId: group.id, roomLocale: value });
      setSaved(true);
      return result;
    });
  }

  return (
    <section className="panel" aria-labelledby="room-language-title">
      <h2 id="room-language-title">{t('group.roomLanguage.title')}</h2>
      <div className="inline-form">
        <label htmlFor={id}>{t('group.roomLanguage.label')}</label>
        <select id={id} value={group.roomLocale} disabled={action.busy} onChange={(e) => choose(e.target.value)}>
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALE_INFO[code].nativeReviewed
                ? LOCALE_INFO[code].endonym
                : t('shell.language.notReviewed', { language: LOCALE_INFO[code].endonym })}
            </option>
          ))}
        </select>
      </div>
      <SavedNote show={saved} text={t('group.roomLanguage.saved')} />
      <ErrorText message={action.error} />
    </section>
  );
}
