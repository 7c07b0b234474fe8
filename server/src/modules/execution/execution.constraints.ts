import type { ConstraintMessage } from '../../graphql/constraint-message.js';

/** Messages for the execution tables' named constraints, when one rejects a write the service did not catch first. */
export const executionConstraints: Record<string, ConstraintMessage> = {};
