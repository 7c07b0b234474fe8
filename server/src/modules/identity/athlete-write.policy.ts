import type { Context } from '../../graphql/context.js';
import { ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { canReadSubject, requireViewer, serviceTenantChecksOn } from './access.policy.js';

/**
 * Who may change an athlete's record of a kind:
 * - `self`: only the athlete (profile PII, body metrics, recovery, soreness). Their coach reads it.
 * - `selfOrCoach`: the athlete or a coach with them on the roster (benchmarks: a coach enters a tested 1RM).
 */
export type WriteRule = 'self' | 'selfOrCoach';

/**
 * The subject an athlete-owned write targets, or: UNAUTHENTICATED without a login, NOT_FOUND when
 * the viewer cannot even read the athlete (their existence is not revealed), FORBIDDEN when a
 * coach reads but may not write this kind of record.
 */
export async function requireSubjectWrite(
  ctx: Pick<Context, 'viewer' | 'loaders'>,
  subjectId: number,
  rule: WriteRule,
  what: string,
  notFoundMessage: string,
): Promise<number> {
  const viewer = requireViewer(ctx);
  if (viewer.subjectId === subjectId || !serviceTenantChecksOn()) return subjectId;
  if (!(await canReadSubject(ctx, subjectId))) throw new NotFoundError(notFoundMessage);
  if (rule === 'self') throw new ForbiddenError(`Only the athlete can change their ${what}: a coach may read it but not write it.`);
  return subjectId;
}

/** requireSubjectWrite for an `athleteId` (global id of an Athlete) input field. */
export function requireAthleteWrite(ctx: Pick<Context, 'viewer' | 'loaders'>, athleteId: string, rule: WriteRule, what: string, field = 'athleteId'): Promise<number> {
  requireViewer(ctx);
  const subjectId = fromGlobalId(athleteId, 'Athlete', field);
  return requireSubjectWrite(ctx, subjectId, rule, what, `${field}: no athlete you can see has this id.`);
}
