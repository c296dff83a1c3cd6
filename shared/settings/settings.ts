import { z } from 'zod';

export const Settings = z.strictObject({
  /** Private notes older than this many months are deleted; null keeps them. */
  privateNoteRetentionMonths: z.number().int().min(1).max(120).nullable(),
});
export type Settings = z.infer<typeof Settings>;
