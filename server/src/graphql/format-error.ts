import {
  CheckConstraintViolationException,
  ForeignKeyConstraintViolationException,
  NotNullConstraintViolationException,
  RowLevelSecurityViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { type GraphQLFormattedError, GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { constraintMessageOf } from './constraint-errors.js';
import { LimitExceededError } from './errors.js';
import { tokenLimitError } from './limits.js';

/** Codes Apollo itself raises for a malformed operation; they pass through unchanged. */
const PROTOCOL_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);
const APP_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED']);

function flatten(errors: ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Shapes every error a client sees: our typed codes and messages pass; class-validator failures
 * become BAD_USER_INPUT naming each field; constraint violations that escaped a service map to
 * CONFLICT / BAD_USER_INPUT; anything else is masked behind a request id and logged whole.
 */
export function createFormatError(log: (message: string, error: unknown) => void, { hideSuggestions = false } = {}) {
  const shape = createShape(log);
  if (!hideSuggestions) return shape;
  // In production "Did you mean …?" would map the schema for anyone who guesses at field names.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const shaped = shape(formatted, error);
    return { ...shaped, message: shaped.message.replace(/ ?Did you mean(.+?)\?$/, '') };
  };
}

function createShape(log: (message: string, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    const path = formatted.path;

    // Limits reported by validation rules and the parser arrive wrapped in Apollo's
    // GRAPHQL_VALIDATION_FAILED / GRAPHQL_PARSE_FAILED: the client gets our code and numbers.
    const limit = original instanceof LimitExceededError ? original : tokenLimitError(original);
    if (limit) {
      const { http: _http, ...extensions } = limit.extensions;
      return { message: limit.message, ...(formatted.locations ? { locations: formatted.locations } : {}), extensions };
    }

    // A validator that throws instead of answering false (validator's isEmail on a lone surrogate)
    // arrives as that exception in place of the list: a bug, masked and logged below like any other.
    if (original instanceof ArgumentValidationError && Array.isArray(original.extensions.validationErrors)) {
      const fields = flatten(original.extensions.validationErrors);
      const message = fields.map((entry) => entry.messages.join('; ')).join('; ') || 'The input is invalid.';
      return { message, path, extensions: { code: 'BAD_USER_INPUT', field: fields[0]?.field, fields } };
    }
    const known = constraintMessageOf(original);
    if (known) {
      return { message: known.message, path, extensions: { code: known.code, ...(known.field ? { field: known.field } : {}) } };
    }
    if (original instanceof RowLevelSecurityViolationException) {
      // The database's tenant wall refused a write a service let through: say no, and log it loudly.
      log('row-level security refused a write', original);
      return { message: "No athlete of yours has this data: you may only change your own or your roster's.", path, extensions: { code: 'NOT_FOUND' } };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return { message: 'That already exists: the change conflicts with data already saved.', path, extensions: { code: 'CONFLICT' } };
    }
    if (
      original instanceof CheckConstraintViolationException ||
      original instanceof NotNullConstraintViolationException ||
      original instanceof ForeignKeyConstraintViolationException
    ) {
      return { message: 'The input breaks a rule of the data model; check the values and ids you sent.', path, extensions: { code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && (APP_CODES.has(code) || PROTOCOL_CODES.has(code)) && !(original instanceof ArgumentValidationError)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const errorId = crypto.randomUUID();
    log(`unexpected error ${errorId}`, original instanceof ArgumentValidationError ? original.extensions.validationErrors : original);
    return { message: `Something went wrong on our side. Quote error id ${errorId} if you report it.`, path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
  };
}
