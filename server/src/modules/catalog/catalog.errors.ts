import { DriverException } from '@mikro-orm/core';
import { constraintMessageOf } from '../../graphql/constraint-errors.js';
import { BadUserInputError, ConflictError } from '../../graphql/errors.js';

/** The name of the constraint a driver error reports, if any. */
export function constraintNameOf(error: unknown): string | undefined {
  return error instanceof DriverException ? (error as DriverException & { constraint?: string }).constraint : undefined;
}

/** A CONFLICT that, like BAD_USER_INPUT, names the input field at fault (`extensions.field`). */
export function conflictOn(field: string, message: string): ConflictError {
  const error = new ConflictError(message);
  Object.assign(error.extensions, { field });
  return error;
}

/**
 * A constraint violation as the typed API error registered for it (catalog.constraints.ts),
 * keeping the field for conflicts too; anything else unchanged.
 */
export function catalogApiError(error: unknown): unknown {
  const known = constraintMessageOf(error);
  if (!known) return error;
  if (known.code === 'CONFLICT') return known.field ? conflictOn(known.field, known.message) : new ConflictError(known.message);
  return new BadUserInputError(known.message, known.field);
}
