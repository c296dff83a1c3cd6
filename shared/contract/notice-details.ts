import type { NoticeText } from './contract';
import { readMessageValues } from './error-details';

/*
 * The id and values of a notice's title or detail as they reach the
 * console, checked like an error's (error-details.ts): only an id of the
 * notices catalog, and a few values that are text or numbers. A notice
 * from an older backend has none; one that does not fit is shown in the
 * English it came with.
 */

const ID = /^notices\.[A-Za-z0-9_.-]{1,120}$/;

export function readNoticeText(text: unknown): NoticeText | null {
  if (typeof text !== 'object' || text === null) return null;
  const { id, values } = text as { id?: unknown; values?: unknown };
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (values === undefined) return { id };
  const read = readMessageValues(values);
  return read === null ? null : { id, values: read };
}
