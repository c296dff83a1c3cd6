import { describe, expect, it } from 'vitest';
import { DisplayView } from '#shared/display/display-view';
import { projectDisplayView } from '#shared/display/project-display-view';
import { emptyDatabase, type Database } from '#shared/storage/database';
import { testGroup, testMember } from './fixtures';

function withGroup(mode: 'auto' | 'welcome' | 'blank'): Database {
  return {
    ...emptyDatabase(),
    groups: [testGroup('g1', 'Circle')],
    members: [testMember('m1', 'g1', 'Sam')],
    room: { groupId: 'g1', mode, modeBeforeBlank: 'auto', modeBeforePause: 'auto', message: '', timerDisplay: 'numbers' },
  };
}

describe('projectDisplayView', () => {
  it('shows the welcome screen with the group name and nothing about members', () => {
    const view = projectDisplayView(withGroup('welcome'), 0);
    expect(view).toEqual({ screen: 'welcome', groupName: 'Circle' });
    expect(JSON.stringify(view)).not.toContain('Sam');
  });

  it('blank wins over everything', () => {
    expect(projectDisplayView(withGroup('blank'), 0)).toEqual({ screen: 'blank' });
  });

  it('is idle until a group is chosen, or when the chosen group is gone', () => {
    expect(projectDisplayView(emptyDatabase(), 0)).toEqual({ screen: 'idle' });
    expect(projectDisplayView({ ...withGroup('welcome'), groups: [] }, 0)).toEqual({ screen: 'idle' });
  });

  it('rejects a view that carries an extra field, so nothing private can ride along', () => {
    expect(DisplayView.safeParse({ screen: 'welcome', groupName: 'Circle', notes: 'private' }).success).toBe(false);
  });
});
