/*
 * The id and values an error carries beside its English sentence, as they
 * cross IPC or a socket. Kept apart from error-message.ts, which holds the
 * English catalog: the room display's transport reads errors too, and must
 * not carry every refusal's wording.
 */

export type ErrorValues = Readonly<Record<string, string | number>>;

const ID = /^errors\.[A-Za-z0-9_.-]{1,120}$/;
const VALUES_MAX = 20;

/**
 * The id and values of an error that crossed a boundary (IPC, WebSocket),
 * kept only when they have the shape this side expects: an id of the errors
 * catalog, and a few values that are text or numbers. Anything else is
 * dropped and the English sentence is shown.
 */
export function readErrorDetails(shape: { messageId?: unknown; values?: unknown }): { messageId?: string; values?: ErrorValues } {
  if (typeof shape.messageId !== 'string' || !ID.test(shape.messageId)) return {};
  if (shape.values === undefined) return { messageId: shape.messageId };
  const values = readMessageValues(shape.values);
  return values === null ? {} : { messageId: shape.messageId, values };
}

/** A message's values as they crossed a boundary: a few named texts or finite numbers, else null (the English is shown). */
export function readMessageValues(values: unknown): ErrorValues | null {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return null;
  const entries = Object.entries(values as Record<string, unknown>);
  if (entries.length > VALUES_MAX) return null;
  if (!entries.every(([, value]) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) return null;
  return Object.fromEntries(entries) as ErrorValues;
}
