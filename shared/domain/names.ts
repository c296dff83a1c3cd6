import { z } from 'zod';
import { issueSentence, schemaSentence } from '../contract/error-message';

/**
 * Field words as a key of the errors catalog, so each language words the
 * whole sentence its own way: "A group name" → "groupName", "The event’s
 * description" → "eventDescription".
 */
export function fieldKey(words: string): string {
  const parts = words
    .replace(/’s\b/g, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  if (['a', 'an', 'the'].includes(parts[0] ?? '')) parts.shift();
  return parts.map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1))).join('');
}

/**
 * Names that people type. They are trimmed, must not be empty, and have a
 * length limit that keeps them readable from the back of a room. Every
 * message says what to do, because the facilitator is the one who reads it.
 */
function nameSchema(what: string, max: number, hint?: string) {
  const withHint = hint === undefined ? what : `${what} (${hint})`;
  const field = fieldKey(what);
  const missing = schemaSentence(`${what} is missing${hint === undefined ? '' : ` (${hint})`}.`, 'text.missing', { field });
  const notText = schemaSentence(`${what} must be text.`, 'text.notText', { field });
  return z
    .string({
      error: (issue) => (issue.input === undefined ? missing : notText),
    })
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: schemaSentence(`${withHint} is needed.`, 'text.needed', { field }) })
        .max(max, {
          error: (issue) => {
            const length = (issue.input as string).length;
            return issueSentence(`${what} can be at most ${max} characters (this one has ${String(length)}).`, 'text.tooLong', {
              field,
              max,
              length,
            });
          },
        })
        // eslint-disable-next-line no-control-regex -- finding control characters is the point: a name must not hold them.
        .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), {
          error: schemaSentence(`${what} cannot contain control characters.`, 'text.control', { field }),
        }),
    );
}

export const GROUP_NAME_MAX = 80;
export const DISPLAY_NAME_MAX = 40;

export const GroupName = nameSchema('A group name', GROUP_NAME_MAX);
export const DisplayName = nameSchema('A display name', DISPLAY_NAME_MAX, 'a first name or an alias is enough');

const ID_MAX = 64;
const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** An id as stored. Fields of the contract use idOf, whose messages say which record is meant. */
export const EntityId = z
  .string({ error: 'An id must be text.' })
  .min(1, { error: 'An id is needed.' })
  .max(ID_MAX, { error: 'That id is too long to be one of ours.' })
  .regex(ID_PATTERN, { error: 'That id has characters ours never have.' });

const article = (thing: string) => (/^[aeiou]/i.test(thing) ? 'an' : 'a');

/**
 * Messages for an id of a `thing` ("group", "agenda item"). Ids are picked,
 * never typed, so the way out is to choose the thing again.
 */
export function idError(thing: string) {
  const values = { thing: fieldKey(thing) };
  const missing = schemaSentence(`Choose ${article(thing)} ${thing} first: the id is missing.`, 'id.missing', values);
  const notText = schemaSentence(`Choose the ${thing} again: the id must be text.`, 'id.notText', values);
  const empty = schemaSentence(`Choose ${article(thing)} ${thing} first: the id is empty.`, 'id.empty', values);
  const tooLong = schemaSentence(`Choose the ${thing} again: that id is too long to be one of ours.`, 'id.tooLong', values);
  const badCharacters = schemaSentence(`Choose the ${thing} again: that id has characters ours never have.`, 'id.badCharacters', values);
  return (issue: z.core.$ZodRawIssue): string => {
    if (issue.code === 'invalid_type') return issue.input === undefined ? missing : notText;
    if (issue.code === 'too_small') return empty;
    if (issue.code === 'too_big') return tooLong;
    return badCharacters;
  };
}

/** The id of one of our records, with the limits of EntityId and messages that name the record. */
export function idOf(thing: string) {
  return z
    .string({ error: idError(thing) })
    .min(1)
    .max(ID_MAX)
    .regex(ID_PATTERN);
}

/** Required one-line text, trimmed, with a limit and a message that names the field. */
export function shortText(what: string, max: number) {
  return nameSchema(what, max);
}

/** Optional free text (may be empty), trimmed, with a limit. */
export function optionalText(what: string, max: number) {
  const field = fieldKey(what);
  const missing = schemaSentence(`${what} is missing.`, 'text.missing', { field });
  const notText = schemaSentence(`${what} must be text.`, 'text.notText', { field });
  return z
    .string({ error: (issue) => (issue.input === undefined ? missing : notText) })
    .transform((value) => value.trim())
    .pipe(
      z.string().max(max, {
        error: (issue) => {
          const length = (issue.input as string).length;
          return issueSentence(`${what} can be at most ${String(max)} characters (this has ${String(length)}).`, 'text.tooLong', {
            field,
            max,
            length,
          });
        },
      }),
    );
}
