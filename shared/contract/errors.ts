import type { z } from 'zod';
import { errorOfText, msg, type ErrorMessage, type ErrorValues } from './error-message';
import { plainFallbackMessage } from './plain-fallback';
import { isZodDefaultWording } from './zod-wording';

export const apiErrorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'forbidden',
  'unknown_method',
  'storage_failed',
  /** The data folder is encrypted and its passphrase has not been given yet. */
  'locked',
  'internal',
  'disconnected',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** What every transport returns instead of throwing across a boundary. */
export interface ApiErrorShape {
  code: ApiErrorCode;
  /** A sentence a facilitator can act on. */
  message: string;
  /** The input field the message is about, when there is one. */
  field?: string;
  /** The message's id in the errors catalog, so the console can say it in its own language; absent, the English message is shown. */
  messageId?: string;
  /** The values set into the message (names, dates, numbers: user data, never translated). */
  values?: ErrorValues;
}

export type Envelope<R> = { ok: true; value: R } | { ok: false; error: ApiErrorShape };

/** The shape of an error: its English sentence, and its id and values when it has them. */
export function shapeOf(code: ApiErrorCode, said: ErrorMessage, field?: string): ApiErrorShape {
  return {
    code,
    message: said.english,
    ...(field === undefined ? {} : { field }),
    ...(said.id === undefined ? {} : { messageId: said.id }),
    ...(said.values === undefined ? {} : { values: said.values }),
  };
}

/**
 * Thrown by the backend's domain code; turned into an envelope at the edge.
 * Its message is one of the errors catalog (msg('meeting.notFound')), so the
 * console can show it in the group's language; `message` is the English.
 */
export class DomainError extends Error {
  readonly said: ErrorMessage;

  constructor(
    readonly code: ApiErrorCode,
    said: ErrorMessage,
    readonly field?: string,
  ) {
    super(said.english);
    this.name = 'DomainError';
    this.said = said;
  }

  toShape(): ApiErrorShape {
    return shapeOf(this.code, this.said, this.field);
  }
}

/**
 * The first issue of a failed parse, worded for a person. The schemas carry
 * their own messages; one still in zod's wording is replaced by a sentence
 * that names the field from its path. Either way the errors catalog's id and
 * values go with it, found from the English sentence (error-message.ts).
 */
export function describeInputError(error: z.ZodError, input: unknown): ApiErrorShape {
  const issue = error.issues[0];
  if (!issue) return shapeOf('invalid_input', msg('input.notAccepted'));
  const field = issue.path.map(String).join('.');
  const said = isZodDefaultWording(issue.message) ? plainFallbackMessage(issue, input) : errorOfText(issue.message);
  return shapeOf('invalid_input', said, field || undefined);
}
