import type { z } from 'zod';
import { plainFallback } from './plain-fallback';
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
}

export type Envelope<R> = { ok: true; value: R } | { ok: false; error: ApiErrorShape };

/** Thrown by the backend's domain code; turned into an envelope at the edge. */
export class DomainError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toShape(): ApiErrorShape {
    return this.field === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, field: this.field };
  }
}

/**
 * The first issue of a failed parse, worded for a person. The schemas carry
 * their own messages; one still in zod's wording is replaced by a sentence
 * that names the field from its path.
 */
export function describeInputError(error: z.ZodError, input: unknown): ApiErrorShape {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid_input', message: 'That input was not accepted; check it and try again.' };
  const field = issue.path.map(String).join('.');
  const message = isZodDefaultWording(issue.message) ? plainFallback(issue, input) : issue.message;
  return field ? { code: 'invalid_input', message, field } : { code: 'invalid_input', message };
}
