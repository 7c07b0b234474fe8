import type { CombinedError } from 'urql';

/** The server's closed list of codes (server/src/graphql/errors.ts), plus its mask for the unexpected. */
export type ServerErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** NETWORK: the request never got a GraphQL answer (offline, server down, proxy error). */
export type ErrorCode = ServerErrorCode | 'NETWORK' | 'UNKNOWN';

const SERVER_CODES: ReadonlySet<string> = new Set<ServerErrorCode>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
]);

export interface AppError {
  code: ErrorCode;
  /** The server's message: written for people for every code but UNKNOWN. */
  message: string;
  /** BAD_USER_INPUT: the input field at fault, as a dot path (e.g. "weightKg"). */
  field?: string;
  /** RATE_LIMITED: how long to wait. */
  retryAfterSeconds?: number;
}

/** The first error of a failed operation, classified by `extensions.code` (never by message text). */
export function toAppError(error: CombinedError): AppError {
  const [first] = error.graphQLErrors;
  if (!first) return { code: 'NETWORK', message: error.networkError?.message ?? error.message };
  const extensions = first.extensions ?? {};
  const code = typeof extensions.code === 'string' && SERVER_CODES.has(extensions.code) ? (extensions.code as ServerErrorCode) : 'UNKNOWN';
  const appError: AppError = { code, message: first.message };
  if (typeof extensions.field === 'string') appError.field = extensions.field;
  if (typeof extensions.retryAfterSeconds === 'number') appError.retryAfterSeconds = extensions.retryAfterSeconds;
  return appError;
}

export function hasErrorCode(error: CombinedError | undefined, code: ErrorCode): boolean {
  return error !== undefined && error.graphQLErrors.some((entry) => entry.extensions?.code === code);
}

/**
 * What to tell a person, and what they can do about it. `overrides` replace the default text for
 * codes whose meaning depends on the screen (e.g. NOT_FOUND).
 */
export function describeError(error: CombinedError | AppError, overrides: Partial<Record<ErrorCode, string>> = {}): string {
  const appError = 'graphQLErrors' in error ? toAppError(error) : error;
  const override = overrides[appError.code];
  if (override) return override;
  switch (appError.code) {
    case 'NETWORK':
      return 'Can’t reach Repwise right now. Check your connection, then try again.';
    case 'UNAUTHENTICATED':
      return 'Your login has expired. Log in again.';
    case 'RATE_LIMITED':
      return appError.retryAfterSeconds
        ? `Too many attempts. Wait ${appError.retryAfterSeconds} s, then try again.`
        : 'Too many attempts. Wait a moment, then try again.';
    case 'NOT_FOUND':
    case 'FORBIDDEN':
    case 'CONFLICT':
    case 'BAD_USER_INPUT':
    case 'INTERNAL_SERVER_ERROR':
      // These messages are written for people (and the last one carries an error id to quote).
      return appError.message;
    case 'UNKNOWN':
      return 'Something went wrong. Try again; if it keeps happening, reload the page.';
  }
}
