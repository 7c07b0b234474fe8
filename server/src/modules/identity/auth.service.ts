import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClientInfo } from '../../graphql/context.js';
import { UnauthenticatedError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuthSession } from './auth-session.entity.js';
import { ApiKeyScope } from './identity.enums.js';
import { throttledPasswordCheck } from './login-throttle.js';
import { type Role, User } from './user.entity.js';
import { rawQuery } from '../../db/raw-query.js';

/** The acting identity of a request. */
export interface Viewer {
  userId: number;
  role: Role;
  /** The subject that owns this user's training data (null for an account without one). */
  subjectId: number | null;
  /** The login session the request authenticated with (null when it came some other way). */
  authSessionId?: number | null;
  /** The partner API key the request authenticated with (null for a login session). */
  apiKeyId?: number | null;
  /** What the request may do: every scope for a login session, the key's for an API key. */
  scopes?: readonly ApiKeyScope[];
}

export const ALL_SCOPES: readonly ApiKeyScope[] = Object.values(ApiKeyScope);

/** The scopes a viewer holds: a login session (or an internal viewer) holds them all. */
export function scopesOf(viewer: Viewer): readonly ApiKeyScope[] {
  return viewer.apiKeyId ? (viewer.scopes ?? []) : ALL_SCOPES;
}

export const SESSION_TTL_DAYS = 30;

/** Secrets of partner API keys start with this; login tokens never do. */
export const API_KEY_PREFIX = 'rwk_';

/** argon2id (the library's default algorithm) at the OWASP-recommended floor: 19 MiB, 2 passes, 1 lane. */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** false for a wrong password and for a hash the library cannot read. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

export const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Seed 001: e-mails are stored lower case; surrounding spaces are a typing accident. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Verifying against this when the e-mail is unknown keeps the response time the same. */
let dummyHash: Promise<string> | undefined;

/** A fresh login token: 32 random bytes, base64url; never one that reads as an API key. */
function newLoginToken(): string {
  for (;;) {
    const token = randomBytes(32).toString('base64url');
    if (!token.startsWith(API_KEY_PREFIX)) return token;
  }
}

/**
 * Adds a login session for `user` to `em`'s unit of work and returns its bearer token (shown once;
 * only its SHA-256 is stored). Expired sessions of the account are pruned on the way.
 */
export async function issueLoginSession(em: EntityManager, user: User, client: ClientInfo): Promise<{ token: string; session: AuthSession }> {
  await rawQuery(em, 'delete from auth_sessions where user_id = ? and expires_at <= now()', [user.id]);
  const token = newLoginToken();
  const session = em.create(AuthSession, {
    user,
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + SESSION_TTL_DAYS * 86_400_000),
    userAgent: client.userAgent?.slice(0, 500) ?? null,
    ipAddress: client.ip,
  });
  em.persist(session);
  return { token, session };
}

/**
 * E-mail and password → a new login session. The check runs under the login throttle (per e-mail
 * and per address); a failure is audited as `login_failed` when the e-mail has an account.
 */
export async function logIn(
  em: EntityManager,
  email: string,
  password: string,
  client: ClientInfo = { ip: null, userAgent: null },
): Promise<{ token: string; user: User }> {
  const normalised = normaliseEmail(email);
  const user = await em.findOne(User, { email: normalised });
  const matches = await throttledPasswordCheck(em, { emailHash: sha256(normalised), ip: client.ip }, async () => {
    const passwordHash = user?.passwordHash ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString('hex'))));
    return (await verifyPassword(passwordHash, password)) && user !== null;
  });
  const asUser = user ? { viewer: { userId: user.id, role: user.role, subjectId: null }, client } : null;
  if (!user || !matches) {
    if (asUser) {
      recordAudit(em, asUser, { action: 'login_failed', entityType: 'user', entityId: user!.id });
      await em.flush();
    }
    throw new UnauthenticatedError('E-mail or password is incorrect.');
  }

  const { token } = await em.transactional(async (tx) => {
    const issued = await issueLoginSession(tx, tx.getReference(User, user.id), client);
    recordAudit(tx, asUser!, { action: 'login', entityType: 'user', entityId: user.id });
    return issued;
  });
  return { token, user };
}

/** The viewer a bearer value authenticates: a login token or (`rwk_…`) a partner API key. */
export function findViewerByToken(em: EntityManager, token: string): Promise<Viewer | null> {
  return token.startsWith(API_KEY_PREFIX) ? findViewerByApiKey(em, token) : findViewerByLoginToken(em, token);
}

/**
 * One statement: the token's live session, its user and the user's subject. It also stamps the
 * session's `last_used_at`, at most once a minute, so most requests write nothing.
 */
async function findViewerByLoginToken(em: EntityManager, token: string): Promise<Viewer | null> {
  const [row] = await rawQuery<{ auth_session_id: number; user_id: number; role: Role; subject_id: number | null }>(em,
    `with hit as (
       select a.id, a.user_id, a.last_used_at from auth_sessions a where a.token_hash = ? and a.expires_at > now()
     ), touched as (
       update auth_sessions set last_used_at = now()
        where id in (select id from hit where last_used_at is null or last_used_at < now() - interval '1 minute')
     )
     select hit.id as auth_session_id, u.id as user_id, u.role, s.id as subject_id
       from hit join users u on u.id = hit.user_id left join subjects s on s.user_id = u.id`,
    [sha256(token)],
  );
  return row ? { userId: row.user_id, role: row.role, subjectId: row.subject_id, authSessionId: row.auth_session_id, apiKeyId: null, scopes: ALL_SCOPES } : null;
}

/** Like findViewerByLoginToken, for a live (unrevoked, unexpired) API key: the owner, limited to the key's scopes. */
async function findViewerByApiKey(em: EntityManager, secret: string): Promise<Viewer | null> {
  const [row] = await rawQuery<{ api_key_id: number; scopes: ApiKeyScope[]; user_id: number; role: Role; subject_id: number | null }>(em,
    `with hit as (
       select k.id, k.user_id, k.scopes, k.last_used_at from api_keys k
        where k.secret_hash = ? and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())
     ), touched as (
       update api_keys set last_used_at = now()
        where id in (select id from hit where last_used_at is null or last_used_at < now() - interval '1 minute')
     )
     select hit.id as api_key_id, hit.scopes, u.id as user_id, u.role, s.id as subject_id
       from hit join users u on u.id = hit.user_id left join subjects s on s.user_id = u.id`,
    [sha256(secret)],
  );
  return row
    ? { userId: row.user_id, role: row.role, subjectId: row.subject_id, authSessionId: null, apiKeyId: row.api_key_id, scopes: row.scopes }
    : null;
}
