/**
 * JSON text of immutable records, remembered per object. Commands never
 * change a record in place (they work on immer drafts, which copy what they
 * touch), so an object that was written once has the same text next time:
 * writing the hot file after a key press turns only the changed meeting
 * into text again, not three hundred members.
 */
const remembered = new WeakMap<object, string>();

export function recordJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const known = remembered.get(value);
  if (known !== undefined) return known;
  const text = Array.isArray(value)
    ? `[${value.map((item: unknown) => recordJson(item)).join(',')}]`
    : Object.getPrototypeOf(value) === Object.prototype && Object.values(value).some((inner) => inner !== null && typeof inner === 'object')
      ? `{${Object.entries(value)
          .filter(([, inner]) => inner !== undefined)
          .map(([key, inner]) => `${JSON.stringify(key)}:${recordJson(inner)}`)
          .join(',')}}`
      : JSON.stringify(value);
  remembered.set(value, text);
  return text;
}

const rememberedBytes = new WeakMap<object, Buffer>();

function recordBytes(value: unknown): Buffer {
  if (value === null || typeof value !== 'object') return Buffer.from(recordJson(value));
  let bytes = rememberedBytes.get(value);
  if (!bytes) {
    bytes = Buffer.from(recordJson(value));
    rememberedBytes.set(value, bytes);
  }
  return bytes;
}

/**
 * A file's JSON as pieces, one per top-level field, each remembered as
 * bytes: a write after a key press allocates the changed meeting's text and
 * little else, so the garbage collector has less to do on the live path.
 */
export function jsonChunks(value: object): Buffer[] {
  if (Array.isArray(value)) return [Buffer.from(recordJson(value))];
  const chunks: Buffer[] = [];
  let first = true;
  for (const [key, inner] of Object.entries(value)) {
    if (inner === undefined) continue;
    chunks.push(Buffer.from(`${first ? '{' : ','}${JSON.stringify(key)}:`), recordBytes(inner));
    first = false;
  }
  chunks.push(Buffer.from(first ? '{}' : '}'));
  return chunks;
}
