import { z } from 'zod';

/** A backup folder's name, as backup.list gives it: never a path. A backup made just before a restore ends in -before-restore. */
export const BackupName = z
  .string({ error: 'Choose a backup from the list.' })
  .regex(/^circlekeeper-[0-9TZ-]{10,40}?(-before-restore|\.json)?$/, { error: 'That is not the name of a backup; choose one from the list.' });

/** What one group holds, in a backup or in the record now. */
export interface GroupHolding {
  groupId: string;
  name: string;
  members: number;
  meetingsHeld: number;
  /** ISO date of the last meeting held, or null. */
  lastMeeting: string | null;
}

export interface BackupSummary {
  name: string;
  /** When the backup was made (epoch ms). */
  madeAt: number;
  /** Why: at a start of the app, or just before a restore (so that restore can be undone). */
  reason: 'start' | 'before_restore';
  groups: GroupHolding[];
  /** False when the backup cannot be read; `problem` says why. */
  readable: boolean;
  problem: string | null;
}

export interface BackupPreview {
  backup: BackupSummary;
  /** The same groups as the record holds them now, for comparison. */
  now: GroupHolding[];
  /** Lines for the confirmation: what a restore would change. */
  changes: string[];
}

export interface RestoreOutcome {
  restored: string;
  /** The backup of the record as it was just before: restoring it undoes this restore. */
  undoWith: string;
}
