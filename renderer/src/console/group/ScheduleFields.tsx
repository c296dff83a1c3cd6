import { useId } from 'react';
import type { Frequency, Schedule } from '#shared/schedule/schedule';
import { useLocale, useT } from '../../common/i18n/I18nProvider';
import { localeWeekdays } from './weekdays';

const weeksOfMonth = [1, 2, 3, 4, -1] as const;

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** Frequency, weekday, time, length, time zone and first date of a schedule. */
export function ScheduleFields({ schedule, onChange }: { schedule: Schedule; onChange: (next: Schedule) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const ids = {
    frequency: useId(),
    weekday: useId(),
    week: useId(),
    time: useId(),
    duration: useId(),
    zone: useId(),
    zones: useId(),
    start: useId(),
  };
  const set = <K extends keyof Schedule>(key: K, value: Schedule[K]) => onChange({ ...schedule, [key]: value });
  return (
    <div className="schedule-grid">
      <div className="field">
        <label htmlFor={ids.frequency}>{t('group.schedule.frequency')}</label>
        <select id={ids.frequency} value={schedule.frequency} onChange={(e) => set('frequency', e.target.value as Frequency)}>
          <option value="weekly">{t('group.schedule.weekly')}</option>
          <option value="fortnightly">{t('group.schedule.fortnightly')}</option>
          <option value="monthly">{t('group.schedule.monthly')}</option>
        </select>
      </div>
      {schedule.frequency === 'monthly' ? (
        <div className="field">
          <label htmlFor={ids.week}>{t('group.schedule.week')}</label>
          <select id={ids.week} value={schedule.weekOfMonth} onChange={(e) => set('weekOfMonth', Number(e.target.value) as Schedule['weekOfMonth'])}>
            {weeksOfMonth.map((w) => (
              <option key={w} value={w}>
                {t('group.schedule.weekOfMonth', { week: w === -1 ? 'last' : String(w) })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={ids.weekday}>{t('group.schedule.day')}</label>
        <select id={ids.weekday} value={schedule.weekday} onChange={(e) => set('weekday', Number(e.target.value))}>
          {localeWeekdays(locale).map((day) => (
            <option key={day.value} value={day.value}>
              {day.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.time}>{t('group.schedule.startTime')}</label>
        <input id={ids.time} type="time" value={schedule.startTime} onChange={(e) => set('startTime', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.duration}>{t('group.schedule.length')}</label>
        <input
          id={ids.duration}
          type="number"
          min={15}
          max={480}
          step={5}
          value={Number.isNaN(schedule.durationMinutes) ? '' : schedule.durationMinutes}
          onChange={(e) => set('durationMinutes', e.target.valueAsNumber)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.start}>{t('group.schedule.firstMeeting')}</label>
        <input id={ids.start} type="date" value={schedule.startDate} onChange={(e) => set('startDate', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.zone}>{t('group.schedule.timeZone')}</label>
        <input dir="auto" id={ids.zone} list={ids.zones} value={schedule.timeZone} onChange={(e) => set('timeZone', e.target.value)} />
        <datalist id={ids.zones}>
          {timeZones().map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </div>
    </div>
  );
}
