import { z } from 'zod';
import { choice } from '../domain/fields';

export const HeardAnswer = choice(['yes', 'somewhat', 'no'], 'Choose whether they felt heard');
export type HeardAnswer = z.infer<typeof HeardAnswer>;

/**
 * A meeting's check-out, kept only as counts: who said what is never stored.
 * ratings[0] counts the 1s, ratings[4] the 5s.
 */
export const Checkout = z.strictObject({
  ratings: z.array(z.number().int().nonnegative()).length(5),
  heard: z.strictObject({ yes: z.number().int().nonnegative(), somewhat: z.number().int().nonnegative(), no: z.number().int().nonnegative() }),
});
export type Checkout = z.infer<typeof Checkout>;
export const emptyCheckout = (): Checkout => ({ ratings: [0, 0, 0, 0, 0], heard: { yes: 0, somewhat: 0, no: 0 } });
