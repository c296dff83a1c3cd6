import { z } from 'zod';
import type { BundleSummary, ReplacementLine } from './describe-bundle';
import { CopyKind } from './copy-file';
import { idOf } from '../domain/names';
import { choice, fieldsOf, yesOrNo } from '../domain/fields';

/** A file on its way in pieces (see electron/backend/custody/transfers.ts). */
export const TransferId = z.string({ error: 'Choose the file again.' }).uuid({ error: 'Choose the file again.' });
/** A piece of a file, base64: at most 512 KB of bytes, so a message stays under the socket's 1 MB. */
export const TransferPiece = z.string({ error: 'Send the file as text.' }).max(700_000, { error: 'A piece of the file is too long.' });

export interface SavedCopy {
  transferId: string;
  fileName: string;
  bytes: number;
}

/** One group of a copy being opened: what it holds, and the group here it may replace. */
export interface CopyGroupPreview {
  /** The group's id in the file (choices refer to it). */
  fileGroupId: string;
  summary: BundleSummary;
  /** A group here with the same id (this group, copied earlier), or null. */
  sameGroupHere: { groupId: string; name: string } | null;
  /** What replacing `sameGroupHere` would change, line by line; empty when there is none. */
  replacing: ReplacementLine[];
}

export interface CopyPreview {
  kind: z.infer<typeof CopyKind>;
  createdAt: number;
  include: { privateNotes: boolean; contacts: boolean };
  encrypted: boolean;
  groups: CopyGroupPreview[];
}

export interface OpenedCopy {
  added: string[];
  replaced: string[];
  /** The backup made just before: restoring it undoes the opening. */
  undoWith: string;
}

export const CopyChoice = fieldsOf('a choice for a group of the copy', {
  fileGroupId: idOf('group in the file'),
  action: choice(['add', 'replace', 'skip'], 'Choose what to do with the group', {
    add: 'add it',
    replace: 'replace one here',
    skip: 'leave it out',
  }),
  /** For 'replace': which group here. */
  replaceGroupId: idOf('group to replace').optional(),
});

export const SaveCopyInput = {
  kind: choice(['everything', 'group', 'handover'] as const, 'Choose what to save', {
    everything: 'everything',
    group: 'one group',
    handover: 'a handover file',
  }),
  groupId: idOf('group').optional(),
  privateNotes: yesOrNo('Say whether private notes go in the file').optional(),
  contacts: yesOrNo('Say whether contact details go in the file').optional(),
};
