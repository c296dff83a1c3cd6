import { z } from 'zod';
import { DisplayName, EntityId, GroupName } from './names';

/** Epoch milliseconds. Stored as a number so the data file stays plain JSON. */
export const EpochMs = z.number().int().nonnegative();

export const Group = z.object({
  id: EntityId,
  name: GroupName,
  createdAt: EpochMs,
});
export type Group = z.infer<typeof Group>;

export const MemberStatus = z.enum(['active', 'archived']);
export type MemberStatus = z.infer<typeof MemberStatus>;

/**
 * A member needs only a display name; everything else about a person is
 * optional and private (DESIGN.md, "Privacy is the product").
 */
export const Member = z.object({
  id: EntityId,
  groupId: EntityId,
  displayName: DisplayName,
  status: MemberStatus,
  joinedAt: EpochMs,
  archivedAt: EpochMs.nullable(),
});
export type Member = z.infer<typeof Member>;

export const ScreenMode = z.enum(['welcome', 'blank']);
export type ScreenMode = z.infer<typeof ScreenMode>;

/** What the room screen is set to: which group it speaks for and how. */
export const RoomState = z.object({
  groupId: EntityId.nullable(),
  mode: ScreenMode,
});
export type RoomState = z.infer<typeof RoomState>;
