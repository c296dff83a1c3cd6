import { IntlMessageFormat } from 'intl-messageformat';
import type { Message } from '../i18n/catalog';
import english from '../i18n/messages/en/errors.json' with { type: 'json' };

/*
 * Every refusal the backend or a form can give is a message of the "errors"
 * catalog (shared/i18n/messages/<locale>/errors.json). The English sentence
 * still travels as `message`, for logs, tests and an older console; the id
 * and values travel beside it so the console can say it in its own
 * language. Values are user data (a name, a date, a number): inserted into
 * the sentence, never translated.
 */

import type { ErrorValues } from './error-details';

export type { ErrorValues };

/** A refusal as an id of the errors catalog, its values, and its English sentence. */
export interface ErrorMessage {
  /** "errors.meeting.notFound"; absent for a sentence that only exists in English (errorOfText finds none). */
  readonly id?: string;
  readonly values?: ErrorValues;
  readonly english: string;
}

// In the app's bundle the catalog arrives parsed (renderer/build/precompile-messages.ts); in Node it is text.
const catalog = english as unknown as Readonly<Record<string, Message>>;
const formats = new Map<string, IntlMessageFormat>();

function format(key: string, values: ErrorValues | undefined): string {
  let compiled = formats.get(key);
  if (!compiled) {
    const source = catalog[key];
    if (source === undefined) throw new Error(`The errors catalog has no message “${key}” (shared/i18n/messages/en/errors.json).`);
    compiled = new IntlMessageFormat(source, 'en');
    formats.set(key, compiled);
  }
  const out = compiled.format(values);
  return typeof out === 'string' ? out : String(out);
}

/** msg('meeting.notFound') or msg('group.nameTaken', { name }): the refusal, worded in English from the catalog. */
export function msg(key: string, values?: ErrorValues): ErrorMessage {
  const english = format(key, values);
  return values === undefined ? { id: `errors.${key}`, english } : { id: `errors.${key}`, values, english };
}

/*
 * zod carries a schema's message as plain text, so a schema keeps its
 * English sentence and the id is found again from it: every message of the
 * catalog without placeholders is its own English text, and a sentence with
 * values is remembered when the schema makes it (schemaSentence,
 * issueSentence). The contract's test walks every field with bad values and
 * checks each refusal finds its id.
 */
let fixedTexts: Map<string, string> | null = null;
const schemaTexts = new Map<string, ErrorMessage>();
const issueTexts = new Map<string, ErrorMessage>();
/** Sentences made per issue (they hold the input's length) are remembered up to this many, oldest forgotten first. */
const ISSUE_TEXTS_MAX = 500;

function fixedText(text: string): string | undefined {
  if (!fixedTexts) {
    fixedTexts = new Map();
    for (const key of Object.keys(catalog)) {
      if (key.startsWith('_')) continue;
      try {
        fixedTexts.set(format(key, undefined), key);
      } catch {
        // A message with placeholders cannot be written without its values; the schema sentences remember those.
      }
    }
  }
  return fixedTexts.get(text);
}

/** The catalog's message for key and values, when it words exactly the English given; otherwise none (a field the catalog does not know yet). */
function sameAs(english: string, key: string, values: ErrorValues): ErrorMessage | null {
  if (catalog[key] === undefined) return null;
  try {
    const made = msg(key, values);
    return made.english === english ? made : null;
  } catch {
    return null;
  }
}

/** The message for an English sentence made here and now, with its id when the catalog words it the same, else the English alone. */
export function errorFor(english: string, key: string, values: ErrorValues): ErrorMessage {
  return sameAs(english, key, values) ?? { english };
}

/**
 * A schema's sentence with values, made when the schema is built
 * ("A group name is needed." is text.needed for field groupName): returned
 * as given, and remembered with its id when the catalog words it the same.
 */
export function schemaSentence(english: string, key: string, values: ErrorValues): string {
  const made = sameAs(english, key, values);
  if (made) schemaTexts.set(english, made);
  return english;
}

/** schemaSentence for a sentence made per refusal (it names the input's length, say). */
export function issueSentence(english: string, key: string, values: ErrorValues): string {
  const made = sameAs(english, key, values);
  if (made) {
    issueTexts.delete(english);
    issueTexts.set(english, made);
    if (issueTexts.size > ISSUE_TEXTS_MAX) issueTexts.delete(issueTexts.keys().next().value as string);
  }
  return english;
}

/** The message behind an English sentence a schema gave, or the sentence alone when it has none. */
export function errorOfText(text: string): ErrorMessage {
  const key = fixedText(text);
  if (key !== undefined) return { id: `errors.${key}`, english: text };
  return schemaTexts.get(text) ?? issueTexts.get(text) ?? { english: text };
}
