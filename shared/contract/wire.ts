import { z } from 'zod';

/**
 * Messages on the browser host's WebSocket. Method names and inputs are only
 * shaped here; the contract validates them properly before any domain code.
 */
export const ClientMessage = z.strictObject({
  type: z.literal('call'),
  id: z.number().int().nonnegative(),
  method: z.string().max(100),
  input: z.unknown(),
});
export type ClientMessage = z.infer<typeof ClientMessage>;

export type ServerMessage =
  | { type: 'hello'; audience: 'console' | 'display' }
  | { type: 'result'; id: number; envelope: unknown }
  | { type: 'event'; name: string; payload: unknown };

export { MAX_MESSAGE_BYTES } from './message-limit';
