import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { User } from '../identity/user.entity.js';
import { AuditLog } from './audit-log.entity.js';

/** Actions the trail records (seed 001's common actions, in our vocabulary). */
export type AuditAction =
  | 'register'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'password_change'
  | 'revoke_session'
  | 'create_api_key'
  | 'revoke_api_key'
  | 'create_coach_invite'
  | 'revoke_coach_invite'
  | 'accept_coach_invite'
  | 'remove_athlete'
  | 'leave_coach'
  | 'create_routine'
  | 'update_routine'
  | 'archive_routine'
  | 'create_cycle'
  | 'update_cycle'
  | 'archive_cycle'
  | 'create_exercise'
  | 'update_exercise'
  | 'archive_exercise'
  | 'update_session'
  | 'skip_session'
  | 'correct_set'
  | 'delete_set'
  | 'update_benchmark'
  | 'data_export'
  | 'import_workouts'
  | 'erase_account';

export interface AuditEntry {
  action: AuditAction;
  entityType?: string;
  entityId?: number;
  metadata?: Record<string, unknown>;
}

/**
 * Adds an audit row to `em`'s unit of work: call it inside the transaction that makes the
 * change, so the change and its trail commit together or not at all. A change made through a
 * partner API key names the key in `metadata.apiKeyId`.
 */
export function recordAudit(em: EntityManager, ctx: Pick<Context, 'viewer' | 'client'>, entry: AuditEntry): void {
  em.persist(
    em.create(AuditLog, {
      user: ctx.viewer ? em.getReference(User, ctx.viewer.userId) : null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      metadata: ctx.viewer?.apiKeyId ? { ...entry.metadata, apiKeyId: ctx.viewer.apiKeyId } : (entry.metadata ?? null),
      ipAddress: ctx.client.ip,
      userAgent: ctx.client.userAgent?.slice(0, 500) ?? null,
    }),
  );
}
