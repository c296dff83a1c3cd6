import type { z } from 'zod';

export const apiErrorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'forbidden',
  'unknown_method',
  'storage_failed',
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
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

const fieldLabels: Record<string, string> = {
  name: 'A name',
  displayName: 'A display name',
  groupId: 'Which group',
  memberId: 'Which member',
  mode: 'A screen mode',
  noticeId: 'Which notice',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The first issue of a failed parse, worded for a person. */
export function describeInputError(error: z.ZodError, input: unknown): ApiErrorShape {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid_input', message: 'That input was not accepted.' };
  const field = issue.path.map(String).join('.');
  const withField = (message: string): ApiErrorShape => (field ? { code: 'invalid_input', message, field } : { code: 'invalid_input', message });
  if (issue.code === 'unrecognized_keys') return withField(`Unexpected field(s): ${issue.keys.join(', ')}.`);
  if (issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(input, issue.path) === undefined) {
    return withField(`${fieldLabels[field] ?? field} is missing.`);
  }
  return withField(issue.message);
}
