import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, emptyDatabase } from '../../../shared/storage/database';
import { migrateToCurrent } from '../../../shared/storage/migrations';

describe('migrateToCurrent', () => {
  it('accepts a current file as it is', () => {
    const data = { ...emptyDatabase(), groups: [{ id: 'g1', name: 'Circle', createdAt: 1 }] };
    expect(migrateToCurrent(data)).toEqual({ ok: true, data, migratedFrom: null });
  });

  it.each([
    [null, 'does not hold a Circlekeeper data object'],
    [[1, 2], 'does not hold a Circlekeeper data object'],
    [{ groups: [] }, 'no valid schemaVersion'],
    [{ schemaVersion: 0 }, 'no valid schemaVersion'],
    [{ schemaVersion: CURRENT_SCHEMA_VERSION + 1 }, 'newer Circlekeeper'],
    [{ ...emptyDatabase(), members: [{ id: 'm1' }] }, 'members.0.groupId'],
  ])('refuses %j with a reason a person can read', (raw, reason) => {
    const outcome = migrateToCurrent(raw);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.reason).toContain(reason);
  });
});
