import { ConflictError } from '../../graphql/errors.js';
import { SessionStatus } from './workout-session.entity.js';

/**
 * The session lifecycle (seed 000): PLANNED → IN_PROGRESS → COMPLETED | PARTIAL, and PLANNED →
 * SKIPPED. Nothing leaves COMPLETED, PARTIAL or SKIPPED; their sets can still be corrected.
 */
export const SESSION_TRANSITIONS: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  [SessionStatus.PLANNED]: [SessionStatus.IN_PROGRESS, SessionStatus.SKIPPED],
  [SessionStatus.IN_PROGRESS]: [SessionStatus.COMPLETED, SessionStatus.PARTIAL],
  [SessionStatus.COMPLETED]: [],
  [SessionStatus.PARTIAL]: [],
  [SessionStatus.SKIPPED]: [],
};

const from = (to: SessionStatus) =>
  (Object.keys(SESSION_TRANSITIONS) as SessionStatus[]).filter((status) => SESSION_TRANSITIONS[status].includes(to));

/** CONFLICT naming the current status unless `current → to` is a transition of the lifecycle. */
export function assertTransition(current: SessionStatus, to: SessionStatus, action: string): void {
  if (SESSION_TRANSITIONS[current].includes(to)) return;
  throw new ConflictError(`Cannot ${action} this session: it is ${current}; only a ${from(to).join(' or ')} session can be ${pastTense[to]}.`);
}

const pastTense: Record<SessionStatus, string> = {
  [SessionStatus.PLANNED]: 'planned',
  [SessionStatus.IN_PROGRESS]: 'started',
  [SessionStatus.COMPLETED]: 'completed',
  [SessionStatus.PARTIAL]: 'completed',
  [SessionStatus.SKIPPED]: 'skipped',
};
