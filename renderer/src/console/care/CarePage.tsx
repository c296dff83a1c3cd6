import type { Group } from '#shared/domain/types';
import { CheckInWithPanel } from './CheckInWithPanel';
import { FollowUpsPanel } from './FollowUpsPanel';
import { PersonalGoalsPanel } from './PersonalGoalsPanel';
import { useT } from '../../common/i18n/I18nProvider';
import './care.css';

/**
 * Looking after the group between meetings: who to check in with, follow-ups
 * after a conflict, and personal goals members chose to share. All of it is
 * the facilitator's alone: none of it reaches the room display or an export.
 */
export function CarePage({ group }: { group: Group }) {
  const t = useT();
  return (
    <div className="care">
      <p className="care__private" id="care-private">
        <span className="private-tag">{t('care.private')}</span> {t('care.privateNote')}
      </p>
      <CheckInWithPanel group={group} />
      <div className="care__columns">
        <FollowUpsPanel group={group} />
        <PersonalGoalsPanel group={group} />
      </div>
    </div>
  );
}
