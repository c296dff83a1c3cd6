import { describe, expect, it } from 'vitest';
import { DisplayView } from '../../../shared/display/display-view';
import { projectDisplayView } from '../../../shared/display/project-display-view';
import { emptyDatabase, type Database } from '../../../shared/storage/database';
import { testGroup, testMember } from './fixtures';

function withGroup(mode: 'welcome' | 'blank'): Database {
  return {
    ...emptyDatabase(),
    groups: [testGroup('g1', 'Circle')],
    members: [testMember('m1', 'g1', 'Sam')],
    room: { groupId: 'g1', mode },
  };
}

describe('projectDisplayView', () => {
  it('shows the welcome screen with the group name and nothing about members', () => {
    const view = projectDisplayView(withGroup('welcome'));
    expect(view).toEqual({ screen: 'welcome', groupName: 'Circle' });
    expect(JSON.stringify(view)).not.toContain('Sam');
  });

  it('blank wins over everything', () => {
    expect(projectDisplayView(withGroup('blank'))).toEqual({ screen: 'blank' });
  });

  it('is idle until a group is chosen, or when the chosen group is gone', () => {
    expect(projectDisplayView(emptyDatabase())).toEqual({ screen: 'idle' });
    expect(projectDisplayView({ ...withGroup('welcome'), groups: [] })).toEqual({ screen: 'idle' });
  });

  it('rejects a view that carries an extra field, so nothing private can ride along', () => {
    expect(DisplayView.safeParse({ screen: 'welcome', groupName: 'Circle', notes: 'private' }).success).toBe(false);
  });
});
