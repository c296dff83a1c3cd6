import { z } from 'zod';
import type { Timer as TimerFacts } from './timer';

/** What a stored timer must look like (see timer.ts for what it means). */
export const Timer = z.strictObject({
  startedAt: z.number().nullable(),
  elapsedBeforeMs: z.number().nonnegative(),
}) satisfies z.ZodType<TimerFacts>;
