export type ApiErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'REFERENCED'
  | 'UNKNOWN_METHOD'
  | 'FORBIDDEN'
  | 'INTERNAL';

export interface FieldIssue {
  field: string;
  message: string;
}

/** The shape every transport delivers for a failed call. Messages are German: they reach users as they are. */
export interface ApiErrorPayload {
  code: ApiErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues?: FieldIssue[];

  constructor(code: ApiErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (issues && issues.length > 0) this.issues = issues;
  }

  toJSON(): ApiErrorPayload {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }

  static fromPayload(p: ApiErrorPayload): ApiError {
    return new ApiError(p.code, p.message, p.issues);
  }
}

export const notFound = (what: string) => new ApiError('NOT_FOUND', `${what} wurde nicht gefunden.`);

export function validationError(field: string, message: string): ApiError {
  return new ApiError('VALIDATION', message, [{ field, message }]);
}

export function isApiErrorPayload(value: unknown): value is ApiErrorPayload {
  return typeof value === 'object' && value !== null
    && typeof (value as ApiErrorPayload).code === 'string'
    && typeof (value as ApiErrorPayload).message === 'string';
}
