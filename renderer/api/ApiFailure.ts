import type { ApiErrorCode, FieldIssue } from '../../db/api/contract';

/** A failed API call as the renderer sees it, whatever the transport. Messages are German and shown as they are. */
export class ApiFailure extends Error {
  readonly code: ApiErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: ApiErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.issues = issues;
  }

  /** Turns anything a transport threw into an ApiFailure, keeping code, message and issues when present. */
  static from(error: unknown): ApiFailure {
    if (error instanceof ApiFailure) return error;
    const e = error as { code?: unknown; message?: unknown; issues?: unknown } | null;
    if (e && typeof e.code === 'string' && typeof e.message === 'string') {
      const issues = Array.isArray(e.issues) ? (e.issues as FieldIssue[]) : [];
      return new ApiFailure(e.code as ApiErrorCode, e.message, issues);
    }
    if (error instanceof TypeError) {
      return new ApiFailure('INTERNAL', 'Keine Verbindung zum KIM-Desk-Kern. Bitte laden Sie die Seite neu.');
    }
    return new ApiFailure('INTERNAL', 'Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts gespeichert.');
  }
}
