import { z } from 'zod';

/**
 * Names that people type. They are trimmed, must not be empty, and have a
 * length limit that keeps them readable from the back of a room. Every
 * message says what to do, because the facilitator is the one who reads it.
 */
function nameSchema(what: string, max: number) {
  return z
    .string({ error: `${what} must be text.` })
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: `${what} is needed.` })
        .max(max, {
          error: (issue) =>
            `${what} can be at most ${max} characters (this one has ${String((issue.input as string).length)}).`,
        })
        .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), {
          error: `${what} cannot contain control characters.`,
        }),
    );
}

export const GROUP_NAME_MAX = 80;
export const DISPLAY_NAME_MAX = 40;

export const GroupName = nameSchema('A group name', GROUP_NAME_MAX);
export const DisplayName = nameSchema('A display name (a first name or an alias is enough)', DISPLAY_NAME_MAX);

export const EntityId = z
  .string({ error: 'An id must be text.' })
  .min(1, { error: 'An id is needed.' })
  .max(64, { error: 'That id is too long to be one of ours.' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'That id has characters ours never have.' });

/** Required one-line text, trimmed, with a limit and a message that names the field. */
export function shortText(what: string, max: number) {
  return nameSchema(what, max);
}

/** Optional free text (may be empty), trimmed, with a limit. */
export function optionalText(what: string, max: number) {
  return z
    .string({ error: `${what} must be text.` })
    .transform((value) => value.trim())
    .pipe(
      z.string().max(max, {
        error: (issue) => `${what} can be at most ${String(max)} characters (this has ${String((issue.input as string).length)}).`,
      }),
    );
}
