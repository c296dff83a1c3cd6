import { z } from 'zod';

/**
 * Names that people type. They are trimmed, must not be empty, and have a
 * length limit that keeps them readable from the back of a room. Every
 * message says what to do, because the facilitator is the one who reads it.
 */
function nameSchema(what: string, max: number, hint?: string) {
  const withHint = hint === undefined ? what : `${what} (${hint})`;
  return z
    .string({
      error: (issue) => (issue.input === undefined ? `${what} is missing${hint === undefined ? '' : ` (${hint})`}.` : `${what} must be text.`),
    })
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: `${withHint} is needed.` })
        .max(max, {
          error: (issue) => `${what} can be at most ${max} characters (this one has ${String((issue.input as string).length)}).`,
        })
        // eslint-disable-next-line no-control-regex -- finding control characters is the point: a name must not hold them.
        .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), {
          error: `${what} cannot contain control characters.`,
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
  return (issue: z.core.$ZodRawIssue): string => {
    if (issue.code === 'invalid_type') {
      return issue.input === undefined
        ? `Choose ${article(thing)} ${thing} first: the id is missing.`
        : `Choose the ${thing} again: the id must be text.`;
    }
    if (issue.code === 'too_small') return `Choose ${article(thing)} ${thing} first: the id is empty.`;
    if (issue.code === 'too_big') return `Choose the ${thing} again: that id is too long to be one of ours.`;
    return `Choose the ${thing} again: that id has characters ours never have.`;
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
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is missing.` : `${what} must be text.`) })
    .transform((value) => value.trim())
    .pipe(
      z.string().max(max, {
        error: (issue) => `${what} can be at most ${String(max)} characters (this has ${String((issue.input as string).length)}).`,
      }),
    );
}
