import { describe, expect, it } from 'vitest';
import { withMeetingChanges } from '../../../renderer/src/console/meetings/meeting-changes';
import type { Meeting } from '#shared/domain/types';

const meeting = (id: string, startsAt: number, groupId = 'g1') => ({ id, groupId, startsAt, status: 'planned' }) as Meeting;
const event = (extra: object) => ({ version: 1, now: 0, topics: ['meetings' as const], ...extra });

describe('withMeetingChanges', () => {
  const patch = withMeetingChanges('g1');
  const list = [meeting('a', 1), meeting('b', 3)];

  it('replaces a changed meeting, adds a new one in time order, and drops one that ended', () => {
    const changedA = { ...meeting('a', 1), status: 'live' } as Meeting;
    const out = patch(list, event({ meetings: [changedA, meeting('c', 2)], leftMeetingIds: ['b'] }));
    expect(out?.map((m) => [m.id, m.status])).toEqual([
      ['a', 'live'],
      ['c', 'planned'],
    ]);
  });

  it('ignores another group’s meetings, and says nothing when the event carries no meetings', () => {
    expect(patch(list, event({ meetings: [meeting('x', 2, 'g2')] }))).toEqual(list);
    expect(patch(list, event({}))).toBeUndefined();
  });
});
