import type { ConstraintMessage } from '../../graphql/constraint-message.js';

/** Messages for the identity tables' named constraints, when one rejects a write the service did not catch first. */
export const identityConstraints: Record<string, ConstraintMessage> = {};
