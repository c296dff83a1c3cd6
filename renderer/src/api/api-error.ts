import type { ApiErrorCode, ApiErrorShape } from '#shared/contract/errors';

/** A typed failure from either transport; its message is meant for a person. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | undefined;

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.field = shape.field;
  }
}
