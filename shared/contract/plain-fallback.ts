import type { z } from 'zod';
import { inWords, unexpectedFields } from '../domain/fields';

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

/** A sentence for one issue, whatever zod called it. */
export function plainFallback(issue: z.core.$ZodIssue, input: unknown): string {
  const field = fieldInWords(issue.path);
  const Field = capital(field);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length > 0 && valueAt(input, issue.path) === undefined) return `${Field} is missing.`;
      return `${Field} must be ${expectedWords[issue.expected] ?? 'something else'}.`;
    case 'invalid_value':
      return `Choose ${field}: ${inWords(issue.values.map((value) => String(value).replace(/_/g, ' ')))}.`;
    case 'unrecognized_keys':
      return unexpectedFields(issue.path.length > 0 ? field : 'this action’s details', issue.keys);
    case 'too_big':
      return `${Field} can be at most ${limit(issue.origin, issue.maximum)}.`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? `${Field} is needed.`
        : `${Field} must be at least ${limit(issue.origin, issue.minimum)}.`;
    case 'not_multiple_of':
      return `${Field} must be a multiple of ${String(issue.divisor)}.`;
    case 'invalid_format':
      return `Check ${field}: it is not written the way it should be.`;
    case 'invalid_union':
      return `Check ${field}: it is none of the kinds of value this takes.`;
    case 'invalid_key':
    case 'invalid_element':
      return `Check ${field}: one of its entries is not accepted.`;
    default:
      return `Check ${field}: it was not accepted.`;
  }
}
