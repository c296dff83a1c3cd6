/**
 * The shapes of zod 4's own English messages (zod/v4/locales/en.js, and the
 * bare "Invalid input" it falls back to). They are written for programmers
 * ("Invalid option: expected one of …", "Too big: expected string to have
 * <=80 characters"), so describeInputError rewords any that slip through a
 * schema without a message of its own. A unit test feeds every kind of issue
 * to the locale and checks that this list recognises each message, so a zod
 * upgrade cannot add a new wording unnoticed. None of our messages start
 * with "Invalid", "Too big", "Too small" or "Unrecognized".
 */
export const zodDefaultWording: readonly RegExp[] = [
  // invalid_type, invalid_value, invalid_union, invalid_format, invalid_key, invalid_element, not_multiple_of, custom
  /^Invalid\b/,
  /^Too (big|small)\b/,
  /^Unrecognized keys?\b/,
  // Parts of the same messages, should one ever appear mid-sentence.
  /\bexpected (string|number|int|bigint|boolean|object|array|date|symbol|undefined|null|nan|NaN|map|set|file|function|promise|void|never|any|unknown)\b/,
  /\breceived (string|number|bigint|boolean|object|array|date|symbol|undefined|null|NaN|Infinity|-Infinity|map|set|file|function|promise)\b/,
  /\bmust match pattern\b/,
];

export function isZodDefaultWording(message: string): boolean {
  return zodDefaultWording.some((pattern) => pattern.test(message));
}
