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
  const values = shape.values;
  if (values === undefined) return { messageId: shape.messageId };
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return {};
  const entries = Object.entries(values as Record<string, unknown>);
  if (entries.length > VALUES_MAX) return {};
  if (!entries.every(([, value]) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) return {};
  return { messageId: shape.messageId, values: Object.fromEntries(entries) as ErrorValues };
}
