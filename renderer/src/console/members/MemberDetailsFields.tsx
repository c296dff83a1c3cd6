import { useId } from 'react';
import type { HeardFrom } from '#shared/domain/types';
import { HEARD_FROM } from './labels';
import { useT } from '../../common/i18n/I18nProvider';

export interface MemberDetails {
  fullName: string;
  contact: string;
  heardFrom: HeardFrom | null;
  joinedOn: string;
  checkOnMe: boolean;
  volunteersForRoles: boolean;
}

/** The optional part of a member record. Full name and contact are private and never leave this console. */
export function MemberDetailsFields({ details, onChange }: { details: MemberDetails; onChange: (next: MemberDetails) => void }) {
  const t = useT();
  const ids = { fullName: useId(), contact: useId(), heard: useId(), joined: useId(), check: useId(), volunteer: useId() };
  const set = <K extends keyof MemberDetails>(key: K, value: MemberDetails[K]) => onChange({ ...details, [key]: value });
  return (
    <div className="details-grid">
      <div className="field">
        <label htmlFor={ids.fullName}>
          {t('members.details.fullName')} <span className="private-tag">{t('members.details.private')}</span>
        </label>
        <input dir="auto" id={ids.fullName} value={details.fullName} onChange={(e) => set('fullName', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.contact}>
          {t('members.details.contact')} <span className="private-tag">{t('members.details.private')}</span>
        </label>
        <input
          dir="auto"
          id={ids.contact}
          value={details.contact}
          placeholder={t('members.details.contactPlaceholder')}
          onChange={(e) => set('contact', e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.heard}>{t('members.details.heardFrom')}</label>
        <select id={ids.heard} value={details.heardFrom ?? ''} onChange={(e) => set('heardFrom', (e.target.value || null) as HeardFrom | null)}>
          <option value="">{t('members.details.notRecorded')}</option>
          {HEARD_FROM.map((value) => (
            <option key={value} value={value}>
              {t(`members.heardFrom.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.joined}>{t('members.details.joinedOn')}</label>
        <input id={ids.joined} type="date" value={details.joinedOn} onChange={(e) => set('joinedOn', e.target.value)} />
      </div>
      <div className="checkbox">
        <input id={ids.check} type="checkbox" checked={details.checkOnMe} onChange={(e) => set('checkOnMe', e.target.checked)} />
        <label htmlFor={ids.check}>{t('members.details.checkOnMe')}</label>
      </div>
      <div className="checkbox">
        <input
          id={ids.volunteer}
          type="checkbox"
          checked={details.volunteersForRoles}
          onChange={(e) => set('volunteersForRoles', e.target.checked)}
        />
        <label htmlFor={ids.volunteer}>{t('members.details.volunteers')}</label>
      </div>
    </div>
  );
}
