import { z } from 'zod';
import { choice } from '../domain/fields';

const roleNames = ['facilitator', 'timekeeper', 'note_taker'] as const;

export const roleLabels: Record<(typeof roleNames)[number], string> = {
  facilitator: 'Facilitator',
  timekeeper: 'Timekeeper',
  note_taker: 'Note-taker',
};

export const Role = choice(roleNames, 'Choose a role', { note_taker: 'note-taker' });
export type Role = z.infer<typeof Role>;
export const ROLES: readonly Role[] = Role.options;

export type RoleAssignment = Record<Role, string | null>;

export const NEWCOMER_MEETINGS = 3;

export interface RoleCandidate {
  id: string;
  name: string;
  /** See isNewcomer. */
  newcomer: boolean;
  /** Newcomers may take a role when they offer to. */
  volunteers: boolean;
}

/**
 * A newcomer has been to fewer than three meetings. In a group's own first
 * three meetings everyone is a founding member rather than a newcomer;
 * otherwise a new group could never fill its roles.
 */
export function isNewcomer(meetingsSinceJoining: number, groupMeetingsBefore: number): boolean {
  return groupMeetingsBefore >= NEWCOMER_MEETINGS && meetingsSinceJoining < NEWCOMER_MEETINGS;
}

export interface PastRoles {
  /** Sortable: ISO date of the meeting. */
  date: string;
  roles: RoleAssignment;
}

export interface RoleDecline {
  role: Role;
  memberId: string;
}

/**
 * Suggests who holds each role: whoever held it least recently (never comes
 * first), then whoever held it fewest times, then by name so the answer is
 * stable. Newcomers of fewer than three meetings are passed over unless they
 * volunteer; a member who declined a role for this meeting is skipped, and
 * keeps their place for next time because they did not hold it.
 */
export function suggestRoles(
  candidates: readonly RoleCandidate[],
  history: readonly PastRoles[],
  declines: readonly RoleDecline[] = [],
): RoleAssignment {
  const lastHeld = (memberId: string, role: Role) =>
    history.reduce((latest, past) => (past.roles[role] === memberId && past.date > latest ? past.date : latest), '');
  const timesHeld = (memberId: string, role: Role) => history.filter((past) => past.roles[role] === memberId).length;

  const eligible = candidates.filter((c) => !c.newcomer || c.volunteers);
  const assignment: RoleAssignment = { facilitator: null, timekeeper: null, note_taker: null };
  const taken = new Set<string>();
  for (const role of ROLES) {
    const pick = eligible
      .filter((c) => !taken.has(c.id) && !declines.some((d) => d.role === role && d.memberId === c.id))
      .sort(
        (a, b) =>
          lastHeld(a.id, role).localeCompare(lastHeld(b.id, role)) ||
          timesHeld(a.id, role) - timesHeld(b.id, role) ||
          a.name.localeCompare(b.name) ||
          a.id.localeCompare(b.id),
      )[0];
    if (pick) {
      assignment[role] = pick.id;
      taken.add(pick.id);
    }
  }
  return assignment;
}
