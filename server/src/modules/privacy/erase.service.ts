import { verify } from '@node-rs/argon2';
import { rawQuery } from '../../db/raw-query.js';
import type { Context } from '../../graphql/context.js';
import { UnauthenticatedError } from '../../graphql/errors.js';
import { publishSessionsRevoked } from '../../graphql/pubsub.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireViewer } from '../identity/access.policy.js';

export enum ErasureMode {
  /** The account goes; the training history stays, anonymous (seed 004: subjects.user_id SET NULL). */
  ANONYMIZE = 'ANONYMIZE',
  /** The account and every row of training data go. */
  EVERYTHING = 'EVERYTHING',
}

export interface ErasureResult {
  mode: ErasureMode;
  /** Rows of training history kept anonymously (0 for EVERYTHING or an account without a log). */
  anonymousSessionsKept: number;
}

/**
 * Erases the viewer's account after checking their password again, in one transaction:
 * - the audit row `erase_account` is written first, then the user row is deleted, which deletes
 *   its login sessions, settings and coaching links (CASCADE) and anonymises its audit trail and the
 *   exercises and routines it authored (SET NULL; the audit trigger allows exactly that);
 * - ANONYMIZE keeps the subject's training history under its pseudonym, minus what could name the
 *   person: the profile (sex, birth year, height), import logs (raw exports) and free-text notes;
 * - EVERYTHING deletes the subject too, and with it every row keyed by it (CASCADE).
 * Every login session of the account is revoked, and its sockets closed once the transaction commits.
 */
export async function eraseMyAccount(ctx: Context, password: string, mode: ErasureMode): Promise<ErasureResult> {
  const viewer = requireViewer(ctx);
  const [user] = await rawQuery<{ password_hash: string }>(ctx.em, 'select password_hash from users where id = ?', [viewer.userId]);
  const matches = user ? await verify(user.password_hash, password).catch(() => false) : false;
  if (!matches) throw new UnauthenticatedError('password: that is not your current password. Erasing an account needs it, so a stolen token cannot.');

  const { result, sessionIds } = await ctx.em.transactional(async (em) => {
    const subjectId = viewer.subjectId;
    const sessions = await rawQuery<{ id: number }>(em, 'select id from auth_sessions where user_id = ?', [viewer.userId]);
    recordAudit(em, ctx, { action: 'erase_account', entityType: 'user', entityId: viewer.userId, metadata: { mode } });
    await em.flush();
    let kept = 0;
    if (subjectId !== null && mode === ErasureMode.ANONYMIZE) {
      await rawQuery(em, 'delete from subject_profiles where subject_id = ?', [subjectId]);
      await rawQuery(em, 'delete from import_logs where subject_id = ?', [subjectId]);
      await rawQuery(em, 'update workout_sessions set notes = null, location = null where subject_id = ? and (notes is not null or location is not null)', [subjectId]);
      await rawQuery(em, 'update exercise_set_logs set notes = null where subject_id = ? and notes is not null', [subjectId]);
      await rawQuery(em, 'update soreness_logs set notes = null where subject_id = ? and notes is not null', [subjectId]);
      await rawQuery(em, 'update recovery_signals set notes = null where subject_id = ? and notes is not null', [subjectId]);
      const [count] = await rawQuery<{ n: number }>(em, 'select count(*)::int as n from workout_sessions where subject_id = ?', [subjectId]);
      kept = count?.n ?? 0;
    }
    await rawQuery(em, 'delete from users where id = ?', [viewer.userId]);
    if (subjectId !== null && mode === ErasureMode.EVERYTHING) await rawQuery(em, 'delete from subjects where id = ?', [subjectId]);
    return { result: { mode, anonymousSessionsKept: kept }, sessionIds: sessions.map((session) => session.id) };
  });
  publishSessionsRevoked(ctx.pubSub, { userId: viewer.userId, authSessionIds: sessionIds });
  return result;
}
