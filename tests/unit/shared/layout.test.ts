import { describe, expect, it } from 'vitest';
import type { Meeting } from '#shared/domain/types';
import type { ActionItem } from '#shared/actions/action-items';
import { CURRENT_SCHEMA_VERSION, emptyDatabase } from '#shared/storage/database';
import { partition } from '#shared/storage/layout';
import { generateHistory } from '../../bench/scale/history-generator';

const history = generateHistory({ years: 1, members: 40, seed: 3 });
const planned = history.meetings.find((m) => m.status === 'planned') as Meeting;
const ended = history.meetings.filter((m) => m.status === 'ended');
const item = (id: string, meetingId: string, status: 'open' | 'done'): ActionItem => ({
  id,
  groupId: planned.groupId,
  meetingId,
  text: 'Do it',
  ownerId: null,
  due: null,
  status,
});

describe('partition', () => {
  it('keeps meetings not yet held hot and files past ones under their group and year', () => {
    const { hot, archives } = partition(
      {
        ...emptyDatabase(),
        ...history,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        groups: history.groups.map((g) => ({
          ...g,
          purposeVersions: [],
          reviews: [],
          reviewOffered: null,
          checkInAfterMissed: 3,
          roomLocale: 'en' as const,
        })),
        members: history.members.map((m) => ({ ...m, statusLog: [] })),
        room: { ...history.room, modeBeforePause: 'auto' },
      },
      () => null,
    );
    expect(hot.meetings).toEqual([planned]);
    const years = [...new Set(history.meetings.filter((m) => m.status !== 'planned').map((m) => m.date.slice(0, 4)))];
    expect([...archives.keys()].sort()).toEqual(years.map((y) => `${planned.groupId}/${y}`).sort());
    expect([...archives.values()].flatMap((a) => a.meetings)).toHaveLength(history.meetings.length - 1);
  });

  it('keeps an action item hot while it is open or its meeting is not yet held', () => {
    const last = ended.at(-1) as Meeting;
    const data = {
      ...emptyDatabase(),
      meetings: [planned, last],
      actionItems: [item('open-old', last.id, 'open'), item('done-old', last.id, 'done'), item('done-new', planned.id, 'done')],
    };
    const { hot, archives } = partition(data, () => null);
    expect(hot.actionItems.map((a) => a.id)).toEqual(['open-old', 'done-new']);
    expect(archives.get(`${last.groupId}/${last.date.slice(0, 4)}`)?.actionItems.map((a) => a.id)).toEqual(['done-old']);
  });

  it('files a done item of a past meeting that is not in hand by asking where that meeting lives', () => {
    const data = { ...emptyDatabase(), actionItems: [item('done-elsewhere', 'm-2019', 'done'), item('unknown', 'm-none', 'done')] };
    const { hot, archives } = partition(data, (id) => (id === 'm-2019' ? 'g1/2019' : null));
    expect(archives.get('g1/2019')?.actionItems.map((a) => a.id)).toEqual(['done-elsewhere']);
    // A meeting nobody can place: the item stays where it can always be read.
    expect(hot.actionItems.map((a) => a.id)).toEqual(['unknown']);
  });

  it('returns the same object when nothing needs to move, so nothing is rewritten', () => {
    const data = { ...emptyDatabase(), meetings: [planned] };
    expect(partition(data, () => null).hot).toBe(data);
  });
});
