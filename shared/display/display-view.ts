import { z } from 'zod';

/**
 * The only thing the room screen ever receives. It is built by the backend
 * from public facts alone (DESIGN.md: the display may only subscribe to
 * display events), and the schemas are strict so that a stray private field
 * is a validation error rather than a leak.
 */
export const DisplayView = z.discriminatedUnion('screen', [
  z.strictObject({ screen: z.literal('idle') }),
  z.strictObject({ screen: z.literal('welcome'), groupName: z.string() }),
  z.strictObject({ screen: z.literal('blank') }),
]);
export type DisplayView = z.infer<typeof DisplayView>;

export const DisplaySnapshot = z.strictObject({
  /** Grows with every change, so a window can ignore an older snapshot. */
  version: z.number().int().nonnegative(),
  /** The backend's clock when the snapshot was made; windows keep the offset. */
  now: z.number(),
  view: DisplayView,
});
export type DisplaySnapshot = z.infer<typeof DisplaySnapshot>;
