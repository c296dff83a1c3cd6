import { describe, expect, it } from 'vitest';
import { findClashes, overlaps } from '#shared/partners/partners';

const span = (id: string, startsAt: number, endsAt: number) => ({ id, startsAt, endsAt });

describe('clash detection', () => {
  it('counts an overlap only when each starts before the other ends', () => {
    expect(overlaps(span('a', 10, 20), span('b', 19, 30))).toBe(true);
    expect(overlaps(span('a', 10, 20), span('b', 20, 30))).toBe(false);
    expect(overlaps(span('a', 10, 20), span('b', 0, 10))).toBe(false);
    expect(overlaps(span('a', 10, 20), span('b', 12, 14))).toBe(true);
    expect(overlaps(span('a', 10, 20), span('b', 0, 100))).toBe(true);
  });

  it('pairs every meeting with every event that overlaps it, in time order', () => {
    const meetings = [span('m2', 100, 200), span('m1', 0, 50)];
    const events = [span('late', 190, 300), span('all-day', 0, 1000), span('between', 50, 100), span('early', 40, 60)];
    expect(findClashes(meetings, events).map(({ meeting, event }) => `${meeting.id}:${event.id}`)).toEqual([
      'm1:all-day',
      'm1:early',
      'm2:all-day',
      'm2:late',
    ]);
    expect(findClashes([], events)).toEqual([]);
  });
});
