import { useId } from 'react';
import type { Frequency, Schedule } from '#shared/schedule/schedule';

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const weeksOfMonth = [
  { value: 1, label: 'First' },
  { value: 2, label: 'Second' },
  { value: 3, label: 'Third' },
  { value: 4, label: 'Fourth' },
  { value: -1, label: 'Last' },
] as const;

function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** Frequency, weekday, time, length, time zone and first date of a schedule. */
export function ScheduleFields({ schedule, onChange }: { schedule: Schedule; onChange: (next: Schedule) => void }) {
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
        <label htmlFor={ids.frequency}>How often</label>
        <select id={ids.frequency} value={schedule.frequency} onChange={(e) => set('frequency', e.target.value as Frequency)}>
          <option value="weekly">Every week</option>
          <option value="fortnightly">Every two weeks</option>
          <option value="monthly">Once a month</option>
        </select>
      </div>
      {schedule.frequency === 'monthly' ? (
        <div className="field">
          <label htmlFor={ids.week}>Which week</label>
          <select id={ids.week} value={schedule.weekOfMonth} onChange={(e) => set('weekOfMonth', Number(e.target.value) as Schedule['weekOfMonth'])}>
            {weeksOfMonth.map((w) => (
              <option key={w.value} value={w.value}>
                {w.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={ids.weekday}>Day</label>
        <select id={ids.weekday} value={schedule.weekday} onChange={(e) => set('weekday', Number(e.target.value))}>
          {weekdays.map((day, index) => (
            <option key={day} value={index + 1}>
              {day}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.time}>Start time</label>
        <input id={ids.time} type="time" value={schedule.startTime} onChange={(e) => set('startTime', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.duration}>Length (minutes)</label>
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
        <label htmlFor={ids.start}>First meeting</label>
        <input id={ids.start} type="date" value={schedule.startDate} onChange={(e) => set('startDate', e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.zone}>Time zone</label>
        <input id={ids.zone} list={ids.zones} value={schedule.timeZone} onChange={(e) => set('timeZone', e.target.value)} />
        <datalist id={ids.zones}>
          {timeZones().map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
      </div>
    </div>
  );
}
