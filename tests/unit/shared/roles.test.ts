import { describe, expect, it } from 'vitest';
import { isNewcomer, suggestRoles, type PastRoles, type RoleCandidate } from '#shared/roles/roles';

const member = (id: string, meetings = 10, volunteers = false): RoleCandidate => ({ id, name: id, newcomer: isNewcomer(meetings, 10), volunteers });
const past = (date: string, facilitator: string | null, timekeeper: string | null, note_taker: string | null): PastRoles => ({
  date,
  roles: { facilitator, timekeeper, note_taker },
});

describe('suggestRoles', () => {
  it('gives each role to whoever held it least recently, never twice in one meeting', () => {
    const members = ['ana', 'ben', 'cai', 'dee'].map((id) => member(id));
    const history = [past('2026-10-06', 'ana', 'ben', 'cai'), past('2026-10-13', 'ben', 'cai', 'dee')];
    // dee and cai never facilitated: cai by name; then timekeeper: never held by ana or dee, ana by name.
    expect(suggestRoles(members, history)).toEqual({ facilitator: 'cai', timekeeper: 'ana', note_taker: 'ben' });
  });

  it('rotates through everyone over several meetings', () => {
    const members = ['ana', 'ben', 'cai', 'dee'].map((id) => member(id));
    const history: PastRoles[] = [];
    const facilitators: (string | null)[] = [];
    for (let week = 1; week <= 4; week += 1) {
      const roles = suggestRoles(members, history);
      facilitators.push(roles.facilitator);
      history.push({ date: `2026-11-0${String(week)}`, roles });
    }
    expect(new Set(facilitators).size).toBe(4);
  });

  it('passes over newcomers of fewer than three meetings unless they volunteer', () => {
    const members = [member('new', 1), member('eager', 0, true), member('old', 5)];
    const roles = suggestRoles(members, []);
    expect(Object.values(roles)).not.toContain('new');
    expect(Object.values(roles)).toContain('eager');
    expect(roles.note_taker).toBeNull();
  });

  it('treats everyone as a founding member in a group’s first three meetings', () => {
    expect(isNewcomer(0, 0)).toBe(false);
    expect(isNewcomer(2, 2)).toBe(false);
    expect(isNewcomer(2, 3)).toBe(true);
    expect(isNewcomer(3, 30)).toBe(false);
  });

  it('skips someone who declined, who then keeps their place for next time', () => {
    const members = ['ana', 'ben', 'cai'].map((id) => member(id));
    const declined = suggestRoles(members, [], [{ role: 'facilitator', memberId: 'ana' }]);
    expect(declined.facilitator).toBe('ben');
    const history = [{ date: '2026-11-03', roles: declined }];
    expect(suggestRoles(members, history).facilitator).toBe('ana');
  });

  it('counts a swap as who actually held the role', () => {
    const members = ['ana', 'ben'].map((id) => member(id));
    // Suggested ana/ben, but they swapped: ben facilitated.
    const history = [past('2026-11-03', 'ben', 'ana', null)];
    expect(suggestRoles(members, history)).toMatchObject({ facilitator: 'ana', timekeeper: 'ben' });
  });
});
