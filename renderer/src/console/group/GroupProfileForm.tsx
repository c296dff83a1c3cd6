import { useId, useState, type FormEvent } from 'react';
import { useDraft } from '../ui/use-draft';
import type { MethodInput } from '#shared/contract/contract';
import type { Group, MeetingFormat } from '#shared/domain/types';
import { describeSchedule, type Schedule } from '#shared/schedule/schedule';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { useApi } from '../../common/api-context';
import { todayIso } from '../../common/dates';
import { useAction } from '../../common/use-action';
import { ErrorText } from '../ui/ErrorText';
import { SavedNote } from '../ui/SavedNote';
import { ObjectivesEditor } from './ObjectivesEditor';
import { ScheduleFields } from './ScheduleFields';

const formats: readonly MeetingFormat[] = ['in_person', 'online', 'hybrid'];

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
  const t = useT();
  const { locale } = useLocale();
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
      <h2 id="profile-title">{t('group.profile.title')}</h2>
      <div className="field">
        <label htmlFor={ids.name}>{t('group.profile.name')}</label>
        <input dir="auto" id={ids.name} value={draft.name} onChange={(e) => set('name', e.target.value)} />
        <ErrorText message={fieldError('name')} />
      </div>
      <div className="field">
        <label htmlFor={ids.purpose}>{t('group.profile.purpose')}</label>
        <textarea
          dir="auto"
          id={ids.purpose}
          rows={3}
          value={draft.purpose}
          placeholder={t('group.profile.purposePlaceholder')}
          onChange={(e) => set('purpose', e.target.value)}
        />
        <ErrorText message={fieldError('purpose')} />
      </div>
      <ObjectivesEditor objectives={draft.objectives} onChange={(objectives) => set('objectives', objectives)} error={fieldError('objectives')} />
      <fieldset className="field">
        <legend>{t('group.profile.format')}</legend>
        <div className="radio-row">
          {formats.map((f) => (
            <label key={f} className="radio">
              <input type="radio" name={ids.format} checked={draft.format === f} onChange={() => set('format', f)} /> {t(`group.profile.format.${f}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={ids.venue}>{t('group.profile.venue')}</label>
        <input
          dir="auto"
          id={ids.venue}
          value={draft.venue}
          placeholder={t('group.profile.venuePlaceholder')}
          onChange={(e) => set('venue', e.target.value)}
        />
        <ErrorText message={fieldError('venue')} />
      </div>
      <fieldset className="field">
        <legend>{t('group.profile.when')}</legend>
        {draft.schedule ? (
          <>
            <ScheduleFields schedule={draft.schedule} onChange={(schedule) => set('schedule', schedule)} />
            <p className="field-hint">{describeSchedule(draft.schedule, t, locale)}</p>
            <button type="button" className="button button--quiet" onClick={() => set('schedule', null)}>
              {t('group.profile.noSchedule')}
            </button>
          </>
        ) : (
          <>
            <p className="empty">{t('group.profile.noScheduleYet')}</p>
            <button type="button" className="button" onClick={() => set('schedule', defaultSchedule())}>
              {t('group.profile.setSchedule')}
            </button>
          </>
        )}
        <ErrorText message={fieldError('schedule')} />
      </fieldset>
      <div className="field field--narrow">
        <label htmlFor={ids.review}>{t('group.profile.reviewEvery')}</label>
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
        <label htmlFor={ids.checkIn}>{t('group.profile.checkInAfter')}</label>
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
          {t('group.profile.checkInHint')}
        </p>
        <ErrorText message={fieldError('checkInAfterMissed')} />
      </div>
      {action.error && !action.errorField ? <ErrorText message={action.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {t('group.profile.save')}
        </button>
        <SavedNote show={saved} text={t('group.profile.saved')} />
      </div>
    </form>
  );
}
