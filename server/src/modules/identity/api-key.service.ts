import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import { checkPageSize, decodeCursor } from '../../graphql/connection.js';
import { rethrowConstraint } from '../../graphql/constraint-errors.js';
import type { Context } from '../../graphql/context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireLoginSession } from './access.policy.js';
import type { CreateApiKeyInput } from './api-key.inputs.js';
import { API_KEY_COLUMNS, type ApiKeyRow } from './api-key.type.js';
import { ALL_SCOPES, API_KEY_PREFIX, sha256 } from './auth.service.js';

export const MAX_ACTIVE_KEYS = 20;
const MAX_LIFETIME_DAYS = 730;

/** `rwk_` and 32 random bytes in base64url: 47 characters, within what bearerToken() accepts. */
function newSecret(): { secret: string; prefix: string; hash: string } {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, API_KEY_PREFIX.length + 6), hash: sha256(secret) };
}

const sameInstant = (a: Date | string | null, b: Date | null | undefined) => (a === null ? b == null : b != null && new Date(a).getTime() === b.getTime());

/**
 * Partner API keys of the viewer's account. Managing keys needs a login session: a key can
 * neither make nor revoke keys. The secret is returned once and only its SHA-256 is kept.
 */
export class ApiKeyService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  /**
   * A new key and its secret. The same clientId with the same input, before the key is first
   * used, is a retry: the same key with a fresh secret (the unseen earlier one stops working).
   */
  async create(input: CreateApiKeyInput, now = new Date()): Promise<{ key: ApiKeyRow; secret: string }> {
    const viewer = requireLoginSession(this.ctx, 'createApiKey');
    const name = input.name.trim();
    if (!name) throw new BadUserInputError('name must not be only spaces.', 'name');
    const scopes = ALL_SCOPES.filter((scope) => input.scopes.includes(scope));
    const expiresAt = input.expiresAt ?? null;
    if (expiresAt && expiresAt.getTime() <= now.getTime()) throw new BadUserInputError('expiresAt must be in the future (or null for a key that never expires).', 'expiresAt');
    if (expiresAt && expiresAt.getTime() > now.getTime() + MAX_LIFETIME_DAYS * 86_400_000) {
      throw new BadUserInputError(`expiresAt must be at most ${MAX_LIFETIME_DAYS} days ahead (or null for a key that never expires).`, 'expiresAt');
    }
    const { secret, prefix, hash } = newSecret();

    return this.em
      .transactional(async (em) => {
        // Serialises the account's key writes: the clientId check, the count and the name check stay exact.
        await rawQuery(em, 'select id from users where id = ? for no key update', [viewer.userId]);
        const [existing] = await rawQuery<ApiKeyRow>(em, `select ${API_KEY_COLUMNS} from api_keys where user_id = ? and client_id = ?`, [viewer.userId, input.clientId]);
        if (existing) {
          const same = existing.name === name && existing.scopes.join() === scopes.join() && sameInstant(existing.expires_at, expiresAt);
          if (!same) throw new ConflictError('This clientId already created a different key: use a new clientId for a new key.', 'clientId');
          if (existing.revoked_at || existing.last_used_at) {
            throw new ConflictError(
              `This clientId's key was ${existing.revoked_at ? 'revoked' : 'already used'}; its secret cannot be shown again. Create another key with a new clientId.`,
              'clientId',
            );
          }
          const [rotated] = await rawQuery<ApiKeyRow>(em, `update api_keys set secret_hash = ?, prefix = ?, updated_at = now() where id = ? returning ${API_KEY_COLUMNS}`, [
            hash,
            prefix,
            existing.id,
          ]);
          recordAudit(em, this.ctx, { action: 'create_api_key', entityType: 'api_key', entityId: existing.id, metadata: { retry: true } });
          return { key: rotated!, secret };
        }
        const [counts] = await rawQuery<{ active: number; same_name: number }>(
          em,
          `select count(*) filter (where expires_at is null or expires_at > now())::int as active, count(*) filter (where lower(name) = lower(?))::int as same_name
             from api_keys where user_id = ? and revoked_at is null`,
          [name, viewer.userId],
        );
        if (counts!.same_name > 0) throw new ConflictError('You already have a key with this name: choose another, or revoke that key first.', 'name');
        if (counts!.active >= MAX_ACTIVE_KEYS) throw new ConflictError(`You have ${MAX_ACTIVE_KEYS} active keys: revoke one before creating another.`);
        const [key] = await rawQuery<ApiKeyRow>(
          em,
          `insert into api_keys (user_id, name, prefix, secret_hash, scopes, client_id, expires_at) values (?, ?, ?, ?, ?::text[], ?, ?)
           returning ${API_KEY_COLUMNS}`,
          // A PostgreSQL array literal: an array parameter would be expanded into a list.
          [viewer.userId, name, prefix, hash, `{${scopes.join(',')}}`, input.clientId, expiresAt],
        );
        recordAudit(em, this.ctx, { action: 'create_api_key', entityType: 'api_key', entityId: key!.id, metadata: { name, scopes, expiresAt } });
        return { key: key!, secret };
      })
      .catch(rethrowConstraint);
  }

  /** Revokes one of the viewer's keys at once; revoking it again answers the same. */
  async revoke(globalId: string): Promise<ApiKeyRow> {
    const viewer = requireLoginSession(this.ctx, 'revokeApiKey');
    const id = fromGlobalId(globalId, 'ApiKey', 'id');
    return this.em.transactional(async (em) => {
      const [key] = await rawQuery<ApiKeyRow>(em, `select ${API_KEY_COLUMNS} from api_keys where id = ? and user_id = ? for update`, [id, viewer.userId]);
      if (!key) throw new NotFoundError('id: no API key of yours has this id.');
      if (key.revoked_at) return key;
      const [revoked] = await rawQuery<ApiKeyRow>(em, `update api_keys set revoked_at = now(), updated_at = now() where id = ? returning ${API_KEY_COLUMNS}`, [id]);
      recordAudit(em, this.ctx, { action: 'revoke_api_key', entityType: 'api_key', entityId: id, metadata: { name: key.name } });
      return revoked!;
    });
  }

  /** The viewer's keys, newest first, revoked ones included: `first + 1` rows at most. */
  async list(first: number, after: string | null): Promise<ApiKeyRow[]> {
    const viewer = requireLoginSession(this.ctx, 'apiKeys');
    checkPageSize(first);
    const afterId = after ? decodeCursor(after) : null;
    return rawQuery<ApiKeyRow>(
      this.em,
      `select ${API_KEY_COLUMNS} from api_keys where user_id = ?${afterId === null ? '' : ' and id < ?'} order by id desc limit ?`,
      afterId === null ? [viewer.userId, first + 1] : [viewer.userId, afterId, first + 1],
    );
  }
}
