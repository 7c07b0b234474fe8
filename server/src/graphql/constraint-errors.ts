import { DriverException } from '@mikro-orm/core';
import { catalogConstraints } from '../modules/catalog/catalog.constraints.js';
import { executionConstraints } from '../modules/execution/execution.constraints.js';
import { healthConstraints } from '../modules/health/health.constraints.js';
import { identityConstraints } from '../modules/identity/identity.constraints.js';
import { planningConstraints } from '../modules/planning/planning.constraints.js';
import type { ConstraintMessage } from './constraint-message.js';
import { BadUserInputError, ConflictError } from './errors.js';

/** Every module's messages, keyed by constraint name (each module keeps its own `*.constraints.ts`). */
const registry = new Map<string, ConstraintMessage>(
  Object.entries({
    ...identityConstraints,
    ...catalogConstraints,
    ...planningConstraints,
    ...executionConstraints,
    ...healthConstraints,
  }),
);

/** The registered message for a driver error's constraint, if any. */
export function constraintMessageOf(error: unknown): ConstraintMessage | undefined {
  if (!(error instanceof DriverException)) return undefined;
  const name = (error as DriverException & { constraint?: string }).constraint;
  return name ? registry.get(name) : undefined;
}

/** Rethrows a constraint violation as the typed API error registered for it; other errors pass through. */
export function rethrowConstraint(error: unknown): never {
  const known = constraintMessageOf(error);
  if (known) {
    throw known.code === 'CONFLICT' ? new ConflictError(known.message, known.field) : new BadUserInputError(known.message, known.field);
  }
  throw error;
}
