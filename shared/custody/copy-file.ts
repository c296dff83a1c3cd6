import { z } from 'zod';
import { EpochMs } from '../domain/types';
import { Settings } from '../settings/settings';
import { CURRENT_SCHEMA_VERSION } from '../storage/database';
import { extractGroup, FULL_INCLUDE, GroupBundle, type CopyInclude, type WholeRecord } from './group-bundle';

/**
 * What a copy file holds once opened (the codec in electron/backend/custody
 * wraps it in a header, gzip and, with a passphrase, a seal):
 * - 'everything': every group and the settings — a spare of the whole record;
 * - 'group': one group, to keep or to open beside the others;
 * - 'handover': one group, for a new facilitator to take over on their computer.
 * `include` says what the maker chose to put in, so the opener can say so.
 */
export const COPY_FORMAT = 'circlekeeper-copy';

export const CopyKind = z.enum(['everything', 'group', 'handover']);
export type CopyKind = z.infer<typeof CopyKind>;

export const CopyIncludeSchema = z.strictObject({ privateNotes: z.boolean(), contacts: z.boolean() });

export const CopyContent = z
  .strictObject({
    format: z.literal(COPY_FORMAT),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    kind: CopyKind,
    createdAt: EpochMs,
    include: CopyIncludeSchema,
    groups: z.array(GroupBundle),
    /** Only in a copy of everything: settings belong to the computer, not to one group. */
    settings: Settings.optional(),
  })
  .refine((c) => (c.kind === 'everything') === (c.settings !== undefined), {
    error: 'Only a copy of everything carries the settings, and it always does.',
  })
  .refine((c) => c.kind === 'everything' || c.groups.length === 1, { error: 'A copy of one group holds exactly one group.' });
export type CopyContent = z.infer<typeof CopyContent>;

/** Every group and the settings. Private notes and contacts are in unless left out: this is the facilitator's own spare. */
export function copyOfEverything(record: WholeRecord, createdAt: number, include: CopyInclude = FULL_INCLUDE): CopyContent {
  return {
    format: COPY_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    kind: 'everything',
    createdAt,
    include: { ...include },
    groups: record.groups.map((g) => extractGroup(record, g.id, include)),
    settings: { ...record.settings },
  };
}

function copyOfOne(kind: 'group' | 'handover', record: WholeRecord, groupId: string, createdAt: number, include: CopyInclude): CopyContent {
  return {
    format: COPY_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    kind,
    createdAt,
    include: { ...include },
    groups: [extractGroup(record, groupId, include)],
  };
}

/** One group, as a spare. Throws NoSuchGroup. */
export function copyOfGroup(record: WholeRecord, groupId: string, createdAt: number, include: CopyInclude = FULL_INCLUDE): CopyContent {
  return copyOfOne('group', record, groupId, createdAt, include);
}

/**
 * One group for a new facilitator. Nothing private goes unless the caller
 * asks: the notes and contacts were given to the old facilitator, not to
 * whoever comes next. Throws NoSuchGroup.
 */
export function handoverOf(
  record: WholeRecord,
  groupId: string,
  createdAt: number,
  include: CopyInclude = { privateNotes: false, contacts: false },
): CopyContent {
  return copyOfOne('handover', record, groupId, createdAt, include);
}
