import { describe, expect, it } from 'vitest';
import { withStatusChange } from '#shared/domain/status-log';
import { STATUS_LOG_MAX, type StatusChange } from '#shared/domain/types';

describe('withStatusChange', () => {
  it('adds a dated entry for each change, oldest first', () => {
    const once = withStatusChange([], 'active', 'on_break', '2026-02-03');
    const twice = withStatusChange(once, 'on_break', 'active', '2026-04-07');
    expect(twice).toEqual([
      { date: '2026-02-03', status: 'on_break' },
      { date: '2026-04-07', status: 'active' },
    ]);
  });

  it('records nothing when the status does not change', () => {
    expect(withStatusChange([{ date: '2026-01-01', status: 'on_break' }], 'on_break', 'on_break', '2026-02-01')).toEqual([
      { date: '2026-01-01', status: 'on_break' },
    ]);
  });

  it('keeps only the last change of a day, and none when the day ends where it began', () => {
    const slip = withStatusChange([], 'active', 'left', '2026-05-05');
    expect(withStatusChange(slip, 'left', 'on_break', '2026-05-05')).toEqual([{ date: '2026-05-05', status: 'on_break' }]);
    expect(withStatusChange(slip, 'left', 'active', '2026-05-05')).toEqual([]);
    const earlier: StatusChange[] = [{ date: '2026-01-10', status: 'on_break' }];
    const back = withStatusChange(earlier, 'on_break', 'active', '2026-05-05');
    expect(withStatusChange(back, 'active', 'on_break', '2026-05-05')).toEqual(earlier);
  });

  it(`keeps the newest ${String(STATUS_LOG_MAX)} changes`, () => {
    let log: StatusChange[] = [];
    for (let day = 0; day < STATUS_LOG_MAX + 5; day += 1) {
      const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
      log = withStatusChange(log, day % 2 === 0 ? 'active' : 'on_break', day % 2 === 0 ? 'on_break' : 'active', date);
    }
    expect(log).toHaveLength(STATUS_LOG_MAX);
    expect(log[0]?.date).toBe('2020-01-06');
  });
});
