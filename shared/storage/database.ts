import { z } from 'zod';
import { Group, Member, RoomState } from '../domain/types';

export const CURRENT_SCHEMA_VERSION = 1;

/** The whole data file. Everything written to disk passes this schema first. */
export const Database = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  groups: z.array(Group),
  members: z.array(Member),
  room: RoomState,
});
export type Database = z.infer<typeof Database>;

export function emptyDatabase(): Database {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    groups: [],
    members: [],
    room: { groupId: null, mode: 'welcome' },
  };
}
