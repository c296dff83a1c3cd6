/**
 * The most one message on the browser host's WebSocket may carry. Kept apart
 * from wire.ts (which needs zod) so the room display's client can read it
 * without loading zod.
 */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
