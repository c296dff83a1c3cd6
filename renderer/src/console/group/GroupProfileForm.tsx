import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '../ui/use-draft';
import type { MethodInput } from '#shared/contract/contract';
import type { Group, MeetingFormat } from '#shared/domain/types';
import { describeSchedule, type Schedule } from '#shared/schedule/schedule';
import { useApi } from '../../common/api-context';
import { todayIso } from '../../common/dates';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';
import { SavedNote } from '../ui/SavedNote';
import { ObjectivesEditor } from './ObjectivesEditor';
import { ScheduleFields } from './ScheduleFields';

const formats: { value: MeetingFormat; label: string }[] = [
  { value: 'in_person', label: 'In person' },
  { value: 'online', label: 'Online' },
  { value: 'hybrid', label: 'Hybrid' },
];

function defaultSchedule(): Schedule {
  const now = new Date();
  const iso = todayIso();
  return {
    frequency: 'weekly',
    weekday: now.getDay() === 0 ? 7 : now.getDay(),
    weekOfMonth: 1,
    startTime: '19:00',
    durationMinutes: 90,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    startDate: iso,
  };
}

/** The room's language is saved on its own, as soon as it is chosen (RoomLanguagePanel). */
type UpdateInput = Omit<MethodInput<'group.update'>, 'groupId' | 'roomLocale'>;
type Draft = { [K in keyof UpdateInput]-?: Exclude<UpdateInput[K], undefined> };

function draftOf(group: Group): Draft {
  return {
    name: group.name,
    purpose: group.purpose,
    objectives: group.objectives,
    format: group.format,
    venue: group.venue,
    schedule: group.schedule,
    reviewEveryMeetings: group.reviewEveryMeetings,
    checkInAfterMissed: group.checkInAfterMissed,
  };
}

/** The group's profile: who it is for, what it hopes for, and when and where it meets. */
export function GroupProfileForm({ group }: { group: Group }) {
  const api = useApi();
  const action = useAction();
  const { draft, setDraft, markSaved } = useDraft(group, group.id, draftOf);
  const [saved, setSaved] = useState(false);
  const ids = { name: useId(), purpose: useId(), venue: useId(), review: useId(), format: useId(), checkIn: useId(), checkInHint: useId() };

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await action.run(() => api.call('group.update', { groupId: group.id, ...draft }));
    if (result) {
      markSaved();
      setSaved(true);
    }
  }

  const fieldError = (field: string) => (action.errorField?.startsWith(field) ? action.error : null);

  return (
    <form className="panel form-grid" onSubmit={(e) => void save(e)} aria-labelledby="profile-title" noValidate>
      <h2 id="profile-title">Group profile</h2>
      <div className="field">
        <label htmlFor={ids.name}>Name</label>
        <input id={ids.name} value={draft.name} onChange={(e) => set('name', e.target.value)} />
        <ErrorText message={fieldError('name')} />
      </div>
      <div className="field">
        <label htmlFor={ids.purpose}>Purpose</label>
        <textarea
          id={ids.purpose}
          rows={3}
          value={draft.purpose}
          placeholder="Who the group is for and what it offers, in a sentence or two."
          onChange={(e) => set('purpose', e.target.value)}
        />
        <ErrorText message={fieldError('purpose')} />
      </div>
      <ObjectivesEditor objectives={draft.objectives} onChange={(objectives) => set('objectives', objectives)} error={fieldError('objectives')} />
      <fieldset className="field">
        <legend>Format</legend>
        <div className="radio-row">
          {formats.map((f) => (
            <label key={f.value} className="radio">
              <input type="radio" name={ids.format} checked={draft.format === f.value} onChange={() => set('format', f.value)} /> {f.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={ids.venue}>Venue</label>
        <input id={ids.venue} value={draft.venue} placeholder="For example: St Mary’s Hall, Room 2" onChange={(e) => set('venue', e.target.value)} />
        <ErrorText message={fieldError('venue')} />
      </div>
      <fieldset className="field">
        <legend>When the group meets</legend>
        {draft.schedule ? (
          <>
            <ScheduleFields schedule={draft.schedule} onChange={(schedule) => set('schedule', schedule)} />
            <p className="field-hint">{describeSchedule(draft.schedule)}</p>
            <button type="button" className="button button--quiet" onClick={() => set('schedule', null)}>
              No regular schedule
            </button>
          </>
        ) : (
          <>
            <p className="empty">No regular schedule yet. Meetings are planned from it.</p>
            <button type="button" className="button" onClick={() => set('schedule', defaultSchedule())}>
              Set a schedule
            </button>
          </>
        )}
        <ErrorText message={fieldError('schedule')} />
      </fieldset>
      <div className="field field--narrow">
        <label htmlFor={ids.review}>Review purpose and goals every … meetings</label>
        <input
          id={ids.review}
          type="number"
          min={1}
          max={104}
          value={Number.isNaN(draft.reviewEveryMeetings) ? '' : draft.reviewEveryMeetings}
          onChange={(e) => set('reviewEveryMeetings', e.target.valueAsNumber)}
        />
        <ErrorText message={fieldError('reviewEveryMeetings')} />
      </div>
      <div className="field field--narrow">
        <label htmlFor={ids.checkIn}>Suggest checking in after … missed meetings in a row</label>
        <input
          id={ids.checkIn}
          type="number"
          min={1}
          max={52}
          aria-describedby={ids.checkInHint}
          value={Number.isNaN(draft.checkInAfterMissed) ? '' : draft.checkInAfterMissed}
          onChange={(e) => set('checkInAfterMissed', e.target.valueAsNumber)}
        />
        <p id={ids.checkInHint} className="field-hint">
          Only members who asked to be checked on are listed (Care page). Meetings missed on a break or excused do not count.
        </p>
        <ErrorText message={fieldError('checkInAfterMissed')} />
      </div>
      {action.error && !action.errorField ? <ErrorText message={action.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          Save profile
        </button>
        <SavedNote show={saved} text="Profile saved." />
      </div>
    </form>
  );
}
