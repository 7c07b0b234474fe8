import type { Context } from '../../graphql/context.js';
import { ForbiddenError, UnauthenticatedError } from '../../graphql/errors.js';
import type { Viewer } from './auth.service.js';

let serviceTenantChecks = true;

/**
 * Test builds only: switches the services' tenant checks (canReadSubject, requireWritable,
 * requireSubjectWrite) off, to show that row-level security alone keeps athletes apart. Refused in
 * production.
 */
export function setServiceTenantChecksForTests(enabled: boolean): void {
  if (process.env.NODE_ENV === 'production') throw new Error('service tenant checks cannot be switched off in production');
  serviceTenantChecks = enabled;
}

export const serviceTenantChecksOn = (): boolean => serviceTenantChecks;

/** The viewer, or UNAUTHENTICATED. */
export function requireViewer(ctx: Pick<Context, 'viewer'>): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

/** The subject (training-data owner) of the viewer, or FORBIDDEN for accounts that do not train. */
export function requireOwnSubject(ctx: Pick<Context, 'viewer'>): number {
  const viewer = requireViewer(ctx);
  if (viewer.subjectId === null) throw new ForbiddenError('This account has no training log: only athletes log sessions.');
  return viewer.subjectId;
}

/** An athlete reads their own data; a coach reads the data of athletes on their roster. */
export async function canReadSubject(ctx: Pick<Context, 'viewer' | 'loaders'>, subjectId: number): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.subjectId === subjectId || !serviceTenantChecks) return true;
  const subject = await ctx.loaders.subjectById.load(subjectId);
  if (!subject?.user) return false;
  const links = await ctx.loaders.coachIdsByAthleteUserId.load(subject.user.id);
  return links.some((link) => link.coach.id === viewer.userId);
}

/**
 * The viewer, when they came with a login session: FORBIDDEN through a partner API key. Account
 * security (sessions, keys, invites, the audit trail) stays with whoever holds the password.
 */
export function requireLoginSession(ctx: Pick<Context, 'viewer'>, what: string): Viewer {
  const viewer = requireViewer(ctx);
  if (viewer.apiKeyId) throw new ForbiddenError(`${what} needs a login session: API keys cannot reach accounts, sessions, keys or invites. Log in with e-mail and password.`);
  return viewer;
}
