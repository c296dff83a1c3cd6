import { z } from 'zod';
import { DisplayName, EntityId, GroupName } from '../domain/names';
import type { Group, Member, RoomState } from '../domain/types';
import { ScreenMode } from '../domain/types';
import type { DisplaySnapshot } from '../display/display-view';
import type { MethodName } from './method-names';

export interface Notice {
  id: string;
  level: 'info' | 'warning';
  title: string;
  detail: string;
}

export interface AppStatus {
  dataFile: string;
  notices: Notice[];
}

/** Pairs an input schema with the result type; the result exists only in types. */
function returns<R>() {
  return <I extends z.ZodType>(input: I) => ({ input, result: undefined as unknown as R });
}

const none = z.strictObject({});
const groupRef = { groupId: EntityId };
const memberRef = { memberId: EntityId };

/**
 * The API both transports carry. Input schemas are strict: an unknown field is
 * an error, so a typo in a caller is found rather than silently ignored.
 */
export const contract = {
  'app.status': returns<AppStatus>()(none),
  'app.dismissNotice': returns<AppStatus>()(z.strictObject({ noticeId: z.string().min(1).max(100) })),
  'group.list': returns<Group[]>()(none),
  'group.create': returns<Group>()(z.strictObject({ name: GroupName })),
  'group.rename': returns<Group>()(z.strictObject({ ...groupRef, name: GroupName })),
  'member.list': returns<Member[]>()(
    z.strictObject({ ...groupRef, includeArchived: z.boolean().optional() }),
  ),
  'member.add': returns<Member>()(z.strictObject({ ...groupRef, displayName: DisplayName })),
  'member.rename': returns<Member>()(z.strictObject({ ...memberRef, displayName: DisplayName })),
  'member.archive': returns<Member>()(z.strictObject(memberRef)),
  'member.restore': returns<Member>()(z.strictObject(memberRef)),
  'room.get': returns<RoomState>()(none),
  'room.selectGroup': returns<RoomState>()(z.strictObject({ groupId: EntityId.nullable() })),
  'room.setMode': returns<RoomState>()(z.strictObject({ mode: ScreenMode })),
  'display.current': returns<DisplaySnapshot>()(none),
} satisfies Record<MethodName, { input: z.ZodType; result: unknown }>;

export type Contract = typeof contract;
/** What a caller sends (before trimming and defaults). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What the domain code receives, after parsing. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];
