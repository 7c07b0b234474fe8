import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import { checkPageSize, decodeCursor } from '../../graphql/connection.js';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, NotFoundError, UnauthenticatedError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { publishSessionsRevoked } from '../../graphql/pubsub.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireLoginSession } from './access.policy.js';
import type { ChangePasswordInput, SignUpInput } from './account.inputs.js';
import type { LoginSessionRow } from './account.type.js';
import { hashPassword, issueLoginSession, normaliseEmail, sha256, verifyPassword } from './auth.service.js';
import { throttledPasswordCheck } from './login-throttle.js';
import { actAsNewUser } from '../../db/tenant.js';
import { Subject } from './subject.entity.js';
import { Role, User } from './user.entity.js';

/** A not-found for an id the viewer's own earlier call removed: `extensions.<flag>` tells a retrying client it went through. */
export class AlreadyDoneError extends NotFoundError {
  constructor(message: string, flag: string) {
    super(message);
    Object.assign(this.extensions, { [flag]: true });
  }
}

/** A username from the e-mail's local part: letters, digits, `_`, `.` and `-`, 3–40 characters. */
function usernameBase(email: string, role: Role): string {
  const local = email.split('@')[0]!.toLowerCase().replace(/[^a-z0-9_.-]+/g, '_').slice(0, 40);
  return local.length >= 3 ? local : `${role.toLowerCase()}_${local}`.slice(0, 40);
}

/**
 * The viewer's own account: sign-up, password, and the logins (sessions) that act for it. Every
 * revocation is audited in its transaction and published after it commits, so open sockets of the
 * revoked sessions close.
 */
export class AccountService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  /**
   * A new ATHLETE (with their training log) or COACH account, logged in. A second sign-up with the
   * same e-mail, a retry included, is a CONFLICT on `email`: the account exists, log in.
   */
  async signUp(input: SignUpInput): Promise<{ token: string; user: User }> {
    const email = normaliseEmail(input.email);
    if (input.role === Role.ADMIN) throw new BadUserInputError('role: ADMIN cannot be chosen at sign-up; choose ATHLETE or COACH.', 'role');
    const fullName = input.fullName?.trim() || null;
    const [taken] = await rawQuery<{ id: number }>(this.em, 'select id from users where email = ?', [email]);
    if (taken) throw new ConflictError('An account with this e-mail already exists: log in, or use another address.', 'email');
    const username = await this.chooseUsername(email, input.role, input.username ?? null);
    const passwordHash = await hashPassword(input.password);

    return this.em
      .transactional(async (em) => {
        const user = em.create(User, { email, username, fullName, passwordHash, role: input.role });
        await em.flush();
        // Row-level security lets a user insert and read back only their own subject.
        await actAsNewUser(em, user.id);
        if (input.role === Role.ATHLETE) em.create(Subject, { user });
        await em.flush();
        const { token } = await issueLoginSession(em, user, this.ctx.client);
        recordAudit(em, { viewer: { userId: user.id, role: user.role, subjectId: null }, client: this.ctx.client }, {
          action: 'register',
          entityType: 'user',
          entityId: user.id,
          metadata: { role: user.role },
        });
        return { token, user };
      })
      .catch(rethrowConstraint);
  }

  /** The username asked for (CONFLICT when taken), else the first free one made from the e-mail. */
  private async chooseUsername(email: string, role: Role, wanted: string | null): Promise<string> {
    if (wanted) {
      const [row] = await rawQuery<{ id: number }>(this.em, 'select id from users where username = ?', [wanted]);
      if (row) throw new ConflictError('This username is taken: choose another, or leave it out to get one made from your e-mail.', 'username');
      return wanted;
    }
    const base = usernameBase(email, role);
    const candidates = [base, ...Array.from({ length: 3 }, () => `${base}_${randomBytes(3).toString('hex')}`)];
    const rows = await rawQuery<{ username: string }>(this.em, 'select username from users where username in (?)', [candidates]);
    const used = new Set(rows.map((row) => row.username));
    const free = candidates.find((candidate) => !used.has(candidate));
    if (!free) throw new ConflictError('Could not make a free username from this e-mail: choose one.', 'username');
    return free;
  }

  /** Ends the login the request came with. Without one (a retry after success, an expired token) there is nothing left to end: 0. */
  async logOut(): Promise<number> {
    const viewer = this.ctx.viewer;
    if (!viewer?.authSessionId) return 0;
    return this.revoke('logout', 'delete from auth_sessions where id = ? returning id', [viewer.authSessionId], { scope: 'this' });
  }

  /** Ends every login of the account, this one included. API keys stay (revoke them with revokeApiKey). */
  async logOutEverywhere(): Promise<number> {
    const viewer = requireLoginSession(this.ctx, 'logOutEverywhere');
    return this.revoke('logout', 'delete from auth_sessions where user_id = ? returning id', [viewer.userId], { scope: 'everywhere' });
  }

  /** Ends one login of the viewer's; a retry answers NOT_FOUND with `alreadyRevoked`. */
  async revokeSession(globalId: string): Promise<{ id: number; wasCurrent: boolean }> {
    const viewer = requireLoginSession(this.ctx, 'revokeSession');
    const id = fromGlobalId(globalId, 'LoginSession', 'id');
    const revoked = await this.revoke('revoke_session', 'delete from auth_sessions where id = ? and user_id = ? returning id', [id, viewer.userId], {}, id);
    if (revoked === 0) {
      const [done] = await rawQuery<{ created_at: Date }>(
        this.em,
        `select created_at from audit_logs where action = 'revoke_session' and entity_type = 'auth_session' and entity_id = ? and user_id = ? limit 1`,
        [id, viewer.userId],
      );
      if (done) throw new AlreadyDoneError(`id: you already ended this login (at ${new Date(done.created_at).toISOString()}); nothing left to do.`, 'alreadyRevoked');
      throw new NotFoundError('id: no login of yours has this id (it may have expired or been ended).');
    }
    return { id, wasCurrent: id === viewer.authSessionId };
  }

  /** Deletes sessions with `sql` (returning their ids), audits it when any went, and publishes after the commit. */
  private async revoke(action: 'logout' | 'revoke_session', sql: string, params: unknown[], metadata: Record<string, unknown>, entityId?: number): Promise<number> {
    const viewer = this.ctx.viewer!;
    const ids = await this.em.transactional(async (em) => {
      const rows = await rawQuery<{ id: number }>(em, sql, params);
      if (rows.length > 0) {
        recordAudit(em, this.ctx, {
          action,
          entityType: entityId === undefined ? 'user' : 'auth_session',
          entityId: entityId ?? viewer.userId,
          metadata: { ...metadata, sessionIds: rows.map((row) => row.id) },
        });
      }
      return rows.map((row) => row.id);
    });
    publishSessionsRevoked(this.ctx.pubSub, { userId: viewer.userId, authSessionIds: ids });
    return ids.length;
  }

  /**
   * Needs the current password (checked under the login throttle); ends every other login. A
   * retry after success finds the new password already in place: it answers the same and
   * changes nothing.
   */
  async changePassword(input: ChangePasswordInput): Promise<{ user: User; revokedSessionCount: number }> {
    const viewer = requireLoginSession(this.ctx, 'changePassword');
    if (input.newPassword === input.currentPassword) throw new BadUserInputError('newPassword must differ from currentPassword.', 'newPassword');
    const user = await this.em.findOne(User, viewer.userId);
    if (!user) throw new UnauthenticatedError();
    const outcome = await throttledPasswordCheck(this.em, { emailHash: sha256(user.email), ip: this.ctx.client.ip }, async () => {
      if (await verifyPassword(user.passwordHash, input.currentPassword)) return 'change' as const;
      return (await verifyPassword(user.passwordHash, input.newPassword)) ? ('retry' as const) : false;
    });
    if (outcome === false) {
      recordAudit(this.em, this.ctx, { action: 'login_failed', entityType: 'user', entityId: user.id, metadata: { during: 'changePassword' } });
      await this.em.flush();
      throw new BadUserInputError('currentPassword is not your current password.', 'currentPassword');
    }
    if (outcome === 'retry') return { user, revokedSessionCount: 0 };

    const passwordHash = await hashPassword(input.newPassword);
    const ids = await this.em.transactional(async (em) => {
      // Only if the hash is still the one checked: a concurrent change wins, this one conflicts.
      const updated = await rawQuery<{ id: number }>(em, 'update users set password_hash = ?, updated_at = now() where id = ? and password_hash = ? returning id', [
        passwordHash,
        user.id,
        user.passwordHash,
      ]);
      if (updated.length === 0) throw new ConflictError('The password changed meanwhile: log in again with the new one.', 'currentPassword');
      const rows = await rawQuery<{ id: number }>(em, 'delete from auth_sessions where user_id = ? and id <> ? returning id', [user.id, viewer.authSessionId ?? 0]);
      recordAudit(em, this.ctx, { action: 'password_change', entityType: 'user', entityId: user.id, metadata: { sessionIds: rows.map((row) => row.id) } });
      return rows.map((row) => row.id);
    });
    publishSessionsRevoked(this.ctx.pubSub, { userId: user.id, authSessionIds: ids });
    return { user, revokedSessionCount: ids.length };
  }

  /** The viewer's live logins, newest first: `first + 1` rows at most. */
  async sessions(first: number, after: string | null): Promise<LoginSessionRow[]> {
    const viewer = requireLoginSession(this.ctx, 'mySessions');
    checkPageSize(first);
    const afterId = after ? decodeCursor(after) : null;
    return rawQuery<LoginSessionRow>(
      this.em,
      `select id, created_at, last_used_at, expires_at, user_agent, host(ip_address) as ip_address from auth_sessions
        where user_id = ? and expires_at > now()${afterId === null ? '' : ' and id < ?'} order by id desc limit ?`,
      afterId === null ? [viewer.userId, first + 1] : [viewer.userId, afterId, first + 1],
    );
  }
}
