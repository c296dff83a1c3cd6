import { useId } from 'react';
import type { HeardFrom } from '#shared/domain/types';
import { heardFromLabels } from './labels';

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
  const ids = { fullName: useId(), contact: useId(), heard: useId(), joined: useId(), check: useId(), volunteer: useId() };
  const set = <K extends keyof MemberDetails>(key: K, value: MemberDetails[K]) => onChange({ ...details, [key]: value });
  return (
    <div className="details-grid">
      <div className="field">
        <label htmlFor={ids.fullName}>
          Full name <span className="private-tag">private</span>
        </label>
        <input id={ids.fullName} value={details.fullName} onChange={(e) => set('fullName', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.contact}>
          Contact <span className="private-tag">private</span>
        </label>
        <input id={ids.contact} value={details.contact} placeholder="Phone or email" onChange={(e) => set('contact', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.heard}>How they heard of the group</label>
        <select id={ids.heard} value={details.heardFrom ?? ''} onChange={(e) => set('heardFrom', (e.target.value || null) as HeardFrom | null)}>
          <option value="">Not recorded</option>
          {Object.entries(heardFromLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.joined}>Joined on</label>
        <input id={ids.joined} type="date" value={details.joinedOn} onChange={(e) => set('joinedOn', e.target.value)} />
      </div>
      <div className="checkbox">
        <input id={ids.check} type="checkbox" checked={details.checkOnMe} onChange={(e) => set('checkOnMe', e.target.checked)} />
        <label htmlFor={ids.check}>Check on me if I miss meetings</label>
      </div>
      <div className="checkbox">
        <input
          id={ids.volunteer}
          type="checkbox"
          checked={details.volunteersForRoles}
          onChange={(e) => set('volunteersForRoles', e.target.checked)}
        />
        <label htmlFor={ids.volunteer}>Happy to take a role (facilitator, timekeeper, note-taker)</label>
      </div>
    </div>
  );
}
