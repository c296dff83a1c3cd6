import type { Meeting, Member } from '#shared/domain/types';

export interface Participant {
  id: string;
  name: string;
  guest: boolean;
  late: boolean;
}

/** The people present, in seating order, with the names the console shows. */
export function presentParticipants(meeting: Meeting, members: readonly Member[]): Participant[] {
  const byId = new Map(meeting.attendance.filter((a) => a.status === 'present').map((a) => [a.participantId, a]));
  return meeting.seating
    .filter((id) => byId.has(id))
    .map((id) => {
      const entry = byId.get(id);
      const member = members.find((m) => m.id === entry?.memberId);
      return { id, name: entry?.guestName ?? member?.displayName ?? 'Guest', guest: entry?.memberId === null, late: entry?.late ?? false };
    });
}

/** A present person's name; \`unknown\` (in the facilitator's language) for someone no longer listed. */
export function nameIn(participants: readonly Participant[], id: string | undefined, unknown = 'someone'): string {
  return participants.find((p) => p.id === id)?.name ?? unknown;
}
