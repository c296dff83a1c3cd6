import type { ApiErrorCode, ApiErrorShape } from '#shared/contract/errors';
import { readErrorDetails, type ErrorValues } from '#shared/contract/error-details';

/** A typed failure from either transport; its message is meant for a person. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | undefined;
  /** The message's id in the errors catalog, so the console can show it in its language (see translate-error.ts). */
  readonly messageId: string | undefined;
  readonly values: ErrorValues | undefined;

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.field = shape.field;
    // The shape came over IPC or a socket: only an id and values of the expected kind are kept.
    const details = readErrorDetails(shape);
    this.messageId = details.messageId;
    this.values = details.values;
  }
}
