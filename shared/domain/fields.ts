import { z } from 'zod';
import { issueSentence, schemaSentence } from '../contract/error-message';
import { fieldKey } from './names';

/*
 * Builders for input fields whose every refusal is a sentence for the
 * facilitator, who reads it in the console: it names the field in plain
 * words and says what to do. zod's own wording ("Invalid option: expected
 * one of …") is written for programmers. A schema-level message also
 * answers the checks chained on it (.int(), .min(), .max()) that have no
 * message of their own.
 */

/** "numbers, ring or hidden": a list the way a person says it. */
export function inWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${String(words[words.length - 1])}`;
}

/** What a value was, in words, for "… not text". */
export function kindInWords(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return 'a number';
  if (typeof input === 'boolean') return 'yes or no';
  return 'a set of fields';
}

/** ", not text": what a value was instead, or nothing when it was absent. */
export function notWhat(input: unknown): string {
  return input === undefined ? '' : `, not ${kindInWords(input)}`;
}

/**
 * One of a fixed set of options. `ask` says what to choose; the message lists
 * the options in words (underscores read as spaces unless `words` says better):
 * choice(['numbers', 'ring', 'hidden'], 'Choose how the timer shows') refuses
 * with "Choose how the timer shows: numbers, ring or hidden."
 */
export function choice<const T extends readonly [string, ...string[]]>(values: T, ask: string, words: Partial<Record<T[number], string>> = {}) {
  const listed = inWords(values.map((value: T[number]) => words[value] ?? value.replace(/_/g, ' ')));
  return z.enum(values, { error: `${ask}: ${listed}.` });
}

/** True or false, asked as a question: yesOrNo('Say whether to include private notes'). */
export function yesOrNo(ask: string) {
  return z.boolean({ error: `${ask}: yes or no.` });
}

/** A whole number from min to max; one sentence answers text, a fraction and a number out of range alike. */
export function wholeNumber(min: number, max: number, sentence: string) {
  return z.number({ error: sentence }).int().min(min).max(max);
}

function quoted(keys: readonly string[]): string {
  const shown = keys.slice(0, 3).map((key) => `“${key.length > 40 ? `${key.slice(0, 40)}…` : key}”`);
  return keys.length > 3 ? `${shown.join(', ')} and ${String(keys.length - 3)} more` : inWords(shown);
}

/** "Unexpected field “admin” in the schedule; leave it out." */
export function unexpectedFields(where: string, keys: readonly string[]): string {
  const one = keys.length === 1;
  const english = `Unexpected field${one ? '' : 's'} ${quoted(keys)} in ${where}; leave ${one ? 'it' : 'them'} out.`;
  // One field is the usual slip, and has a message of its own; a list of several stays in English.
  const key = keys[0] ?? '';
  return one ? issueSentence(english, 'fields.unexpected', { where: fieldKey(where), key: key.length > 40 ? `${key.slice(0, 40)}…` : key }) : english;
}

/** What a value was, as a key of the errors catalog ("none" when it was absent). */
function kindKey(input: unknown): string {
  if (input === undefined) return 'none';
  if (input === null) return 'empty';
  if (Array.isArray(input)) return 'list';
  if (typeof input === 'string') return 'text';
  if (typeof input === 'number') return 'number';
  if (typeof input === 'boolean') return 'yesNo';
  return 'fields';
}

/** "Send the schedule as named fields, not text.": the refusal of anything but named fields where they belong. */
export function sendAsFields(where: string, input: unknown): string {
  return schemaSentence(`Send ${where} as named fields${notWhat(input)}.`, 'fields.send', { where: fieldKey(where), kind: kindKey(input) });
}

/**
 * The error for a strict object, where `where` is lower case ("the schedule",
 * “this action’s details”): an unknown field is named and left out, and
 * anything that is not an object is asked for again as named fields.
 */
export function fieldsError(where: string) {
  return (issue: z.core.$ZodRawIssue): string =>
    issue.code === 'unrecognized_keys' ? unexpectedFields(where, issue.keys) : sendAsFields(where, issue.input);
}

/** A strict object: an unknown field is an error (a caller's typo is found, not ignored), worded as fieldsError says. */
export function fieldsOf<Shape extends z.core.$ZodLooseShape>(where: string, shape: Shape) {
  return z.strictObject(shape, { error: fieldsError(where) });
}
