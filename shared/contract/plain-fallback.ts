import type { z } from 'zod';
import { inWords, unexpectedFields } from '../domain/fields';
import { errorFor, errorOfText, type ErrorMessage, type ErrorValues } from './error-message';

/*
 * Every field of the contract carries its own message (a test checks that).
 * This is the safety net for an issue that still arrives in zod's wording,
 * say from a field added later without one: a sentence that names the field
 * from its path, in words, and says what to do.
 */

/** Fields whose name alone reads badly as words. */
const fieldWords: Record<string, string> = {
  groupId: 'the group',
  memberId: 'the member',
  templateId: 'the template',
  meetingId: 'the meeting',
  itemId: 'the agenda item',
  actionItemId: 'the action item',
  surveyId: 'the survey',
  suggestionId: 'the suggestion',
  noticeId: 'the notice',
  participantId: 'the person',
  ownerId: 'the owner',
  displayName: 'the display name',
  mode: 'the screen mode',
  note_taker: 'the note-taker',
};

/** "durationMinutes" → "the duration minutes"; the last named step of the path says which field. */
export function fieldInWords(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((step): step is string => typeof step === 'string' && !/^\d+$/.test(step));
  if (key === undefined) return 'this action’s details';
  return (
    fieldWords[key] ??
    `the ${key
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .toLowerCase()}`
  );
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no',
  object: 'a set of named fields',
  array: 'a list',
  record: 'a set of named fields',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function limit(origin: string, bound: number | bigint): string {
  const unit = origin === 'string' ? ' character' : origin === 'array' || origin === 'set' ? ' item' : '';
  return `${String(bound)}${unit}${unit && Number(bound) !== 1 ? 's' : ''}`;
}

/** The field's key for the catalog's select: one of fieldWords, "none" for the whole input, "other" beside its words in English. */
function fieldValues(path: readonly PropertyKey[]): { field: string; fieldText: string } {
  const key = [...path].reverse().find((step): step is string => typeof step === 'string' && !/^\d+$/.test(step));
  const fieldText = fieldInWords(path);
  if (key === undefined) return { field: 'none', fieldText };
  return { field: Object.hasOwn(fieldWords, key) ? key : 'other', fieldText };
}

function limitValues(origin: string, bound: number | bigint): { unit: string; bound: number } {
  return { unit: origin === 'string' ? 'character' : origin === 'array' || origin === 'set' ? 'item' : 'none', bound: Number(bound) };
}

/** The English sentence for one issue, whatever zod called it, and the catalog message that words it in another language. */
function plainSentence(issue: z.core.$ZodIssue, input: unknown): { english: string; key: string; values: ErrorValues } {
  const field = fieldInWords(issue.path);
  const Field = capital(field);
  const where = fieldValues(issue.path);
  // A sentence that starts with the field starts with a capital, in the English words as in the catalog's.
  const At = { ...where, fieldText: capital(where.fieldText) };
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length > 0 && valueAt(input, issue.path) === undefined)
        return { english: `${Field} is missing.`, key: 'plain.missing', values: At };
      return {
        english: `${Field} must be ${expectedWords[issue.expected] ?? 'something else'}.`,
        key: 'plain.wrongType',
        values: { ...At, expected: issue.expected in expectedWords ? issue.expected : 'other' },
      };
    case 'invalid_value': {
      const options = inWords(issue.values.map((value) => String(value).replace(/_/g, ' ')));
      // The options are the values the app sends, shown as they are.
      return { english: `Choose ${field}: ${options}.`, key: 'plain.choose', values: { ...where, options } };
    }
    case 'unrecognized_keys': {
      const english = unexpectedFields(issue.path.length > 0 ? field : 'this action’s details', issue.keys);
      return { english, key: 'plain.asIs', values: {} };
    }
    case 'too_big':
      return {
        english: `${Field} can be at most ${limit(issue.origin, issue.maximum)}.`,
        key: 'plain.tooBig',
        values: { ...where, ...limitValues(issue.origin, issue.maximum) },
      };
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? { english: `${Field} is needed.`, key: 'plain.needed', values: At }
        : {
            english: `${Field} must be at least ${limit(issue.origin, issue.minimum)}.`,
            key: 'plain.tooSmall',
            values: { ...where, ...limitValues(issue.origin, issue.minimum) },
          };
    case 'not_multiple_of':
      return {
        english: `${Field} must be a multiple of ${String(issue.divisor)}.`,
        key: 'plain.multipleOf',
        values: { ...where, divisor: Number(issue.divisor) },
      };
    case 'invalid_format':
      return { english: `Check ${field}: it is not written the way it should be.`, key: 'plain.format', values: where };
    case 'invalid_union':
      return { english: `Check ${field}: it is none of the kinds of value this takes.`, key: 'plain.union', values: where };
    case 'invalid_key':
    case 'invalid_element':
      return { english: `Check ${field}: one of its entries is not accepted.`, key: 'plain.entry', values: where };
    default:
      return { english: `Check ${field}: it was not accepted.`, key: 'plain.other', values: where };
  }
}

/** A sentence for one issue, whatever zod called it. */
export function plainFallback(issue: z.core.$ZodIssue, input: unknown): string {
  return plainSentence(issue, input).english;
}

/** plainFallback as a message of the errors catalog, so the console can word it in its language (an unexpected field has its own, in fields.ts). */
export function plainFallbackMessage(issue: z.core.$ZodIssue, input: unknown): ErrorMessage {
  const { english, key, values } = plainSentence(issue, input);
  return key === 'plain.asIs' ? errorOfText(english) : errorFor(english, key, values);
}
