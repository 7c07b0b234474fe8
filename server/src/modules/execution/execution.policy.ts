import type { Context } from '../../graphql/context.js';
import { ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { canReadSubject, requireOwnSubject, serviceTenantChecksOn } from '../identity/access.policy.js';

/**
 * Sessions and set logs are written by their athlete only; a coach reads them (seed 001). A row
 * the viewer may read but not write is FORBIDDEN; one they may not even read is NOT_FOUND, so ids
 * never leak whether something exists.
 */
export async function requireWritable(ctx: Pick<Context, 'viewer' | 'loaders'>, ownerSubjectId: number, notFoundMessage: string): Promise<number> {
  const subjectId = requireOwnSubject(ctx);
  if (subjectId === ownerSubjectId || !serviceTenantChecksOn()) return ownerSubjectId;
  if (await canReadSubject(ctx, ownerSubjectId)) throw new ForbiddenError('Only the athlete can change their training log; their coach can read it.');
  throw new NotFoundError(notFoundMessage);
}
