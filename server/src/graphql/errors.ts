import { GraphQLError } from 'graphql';

/** The closed list of error codes a client can branch on (STYLE.md). */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

abstract class AppError extends GraphQLError {
  abstract readonly code: ErrorCode;
  constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'Log in to do this: send a valid bearer token in the Authorization header.') {
    super(message, 'UNAUTHENTICATED');
  }
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message: string) {
    super(message, 'FORBIDDEN');
  }
}

/** `field` names the input field at fault (dot path), so a form can show the message beside it. */
export class BadUserInputError extends AppError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(message: string, field?: string) {
    super(message, 'BAD_USER_INPUT', field ? { field } : {});
  }
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND' as const;
  constructor(message: string) {
    super(message, 'NOT_FOUND');
  }
}

/** `field`, when given, names the input field the conflict is about (e.g. a duplicate `name`). */
export class ConflictError extends AppError {
  readonly code = 'CONFLICT' as const;
  constructor(message: string, field?: string) {
    super(message, 'CONFLICT', field ? { field } : {});
  }
}

export class RateLimitedError extends AppError {
  readonly code = 'RATE_LIMITED' as const;
  constructor(message: string, retryAfterSeconds: number) {
    super(message, 'RATE_LIMITED', { retryAfterSeconds });
  }
}

/**
 * A request over one of the endpoint's limits (depth, aliases, directives, tokens, complexity,
 * body size). A client fixes its request, so the code is BAD_USER_INPUT; `limit` names which one,
 * `maximum` and `measured` say by how much.
 */
export class LimitExceededError extends AppError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(message: string, limit: EndpointLimit, maximum: number, measured: number, field?: string) {
    super(message, 'BAD_USER_INPUT', { limit, maximum, measured, ...(field ? { field } : {}) });
  }
}

export type EndpointLimit = 'BODY_SIZE' | 'BATCH' | 'TOKENS' | 'DEPTH' | 'ALIASES' | 'DIRECTIVES' | 'COMPLEXITY' | 'PAGE_SIZE';
