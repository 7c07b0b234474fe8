import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClientInfo } from '../../graphql/context.js';
import { UnauthenticatedError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { AuthSession } from './auth-session.entity.js';
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
}

export const SESSION_TTL_DAYS = 30;

/** argon2id (the library's default algorithm) at the OWASP-recommended floor: 19 MiB, 2 passes, 1 lane. */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/** Verifying against this when the e-mail is unknown keeps the response time the same. */
let dummyHash: Promise<string> | undefined;

export async function logIn(
  em: EntityManager,
  email: string,
  password: string,
  client: ClientInfo = { ip: null, userAgent: null },
): Promise<{ token: string; user: User }> {
  const user = await em.findOne(User, { email: email.trim().toLowerCase() });
  const passwordHash = user?.passwordHash ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString('hex'))));
  const matches = await verify(passwordHash, password).catch(() => false);
  if (!user || !matches) throw new UnauthenticatedError('E-mail or password is incorrect.');

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_TTL_DAYS * 86_400_000);
  em.persist(em.create(AuthSession, { user, tokenHash: sha256(token), expiresAt }));
  recordAudit(em, { viewer: { userId: user.id, role: user.role, subjectId: null }, client }, { action: 'login', entityType: 'user', entityId: user.id });
  await em.flush();
  return { token, user };
}

/** One statement: the token's live session, its user and the user's subject. */
export async function findViewerByToken(em: EntityManager, token: string): Promise<Viewer | null> {
  const [row] = await rawQuery<{ auth_session_id: number; user_id: number; role: Role; subject_id: number | null }>(em,
    `select a.id as auth_session_id, u.id as user_id, u.role, s.id as subject_id
       from auth_sessions a join users u on u.id = a.user_id left join subjects s on s.user_id = u.id
      where a.token_hash = ? and a.expires_at > now()`,
    [sha256(token)],
  );
  return row ? { userId: row.user_id, role: row.role, subjectId: row.subject_id, authSessionId: row.auth_session_id } : null;
}
