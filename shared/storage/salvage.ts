import type { z } from 'zod';

/** A record that could not be read, kept aside (never deleted) with why. */
export interface SetAsideRecord {
  /** Where it was: the collection ("members", "meetings", …) or the field ("settings"). */
  collection: string;
  index: number | null;
  /** How a person would recognise it: an id, a name or a date, when the record has one. */
  label: string;
  reason: string;
  record: unknown;
}

export type Salvaged<T> = { ok: true; data: T; setAside: SetAsideRecord[] } | { ok: false; reason: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'the record'}: ${issue.message}` : 'invalid';
}

function labelOf(record: unknown): string {
  if (typeof record !== 'object' || record === null) return String(record).slice(0, 40);
  const r = record as Record<string, unknown>;
  const name = [r.displayName, r.name, r.title, r.text, r.date].find((v) => typeof v === 'string');
  const id = typeof r.id === 'string' ? r.id : null;
  return (
    [name ? `“${String(name).slice(0, 40)}”` : null, id ? `(id ${id.slice(0, 24)})` : null].filter(Boolean).join(' ') || 'a record without an id'
  );
}

export function describeSetAside(records: readonly SetAsideRecord[]): string {
  const shown = records.slice(0, 5).map((r) => `${r.collection} ${r.label}: ${r.reason}`);
  return shown.join('; ') + (records.length > 5 ? `; and ${String(records.length - 5)} more` : '');
}

/**
 * Reads a file record by record when it does not validate as a whole: every
 * good record is kept and each bad one set aside with its reason, so one
 * hand-edited field does not cost the rest. Fields that are not lists
 * (settings, the room) fall back to their defaults when they are bad. A
 * file whose shape is wrong (a list that is not a list), or in which no
 * record at all is good, is not salvaged.
 */
export function salvageRecords<T>(
  raw: Record<string, unknown>,
  lists: Record<string, z.ZodType>,
  fields: Record<string, { schema: z.ZodType; fallback: () => unknown }>,
  header: Record<string, unknown>,
): Salvaged<T> {
  const setAside: SetAsideRecord[] = [];
  const out: Record<string, unknown> = { ...header };
  let kept = 0;
  for (const [name, schema] of Object.entries(lists)) {
    const value = raw[name] ?? [];
    if (!Array.isArray(value)) return { ok: false, reason: `"${name}" is not a list` };
    out[name] = value.flatMap((record: unknown, index) => {
      const parsed = schema.safeParse(record);
      if (parsed.success) {
        kept += 1;
        return [parsed.data];
      }
      setAside.push({ collection: name, index, label: labelOf(record), reason: firstIssue(parsed.error), record });
      return [];
    });
  }
  for (const [name, { schema, fallback }] of Object.entries(fields)) {
    const parsed = schema.safeParse(raw[name]);
    if (parsed.success) out[name] = parsed.data;
    else {
      out[name] = fallback();
      setAside.push({ collection: name, index: null, label: name, reason: firstIssue(parsed.error), record: raw[name] });
    }
  }
  const known = new Set([...Object.keys(lists), ...Object.keys(fields), ...Object.keys(header)]);
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) setAside.push({ collection: name, index: null, label: name, reason: 'not a part of Circlekeeper data', record: raw[name] });
  }
  // Nothing good to keep: this is no hand-edited field but a broken file, and a backup serves better.
  const [first] = setAside;
  if (kept === 0 && first) return { ok: false, reason: `${first.collection} ${first.label}: ${first.reason}` };
  return { ok: true, data: out as T, setAside };
}
