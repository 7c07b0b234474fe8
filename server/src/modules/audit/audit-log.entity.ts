import { type Opt } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { User } from '../identity/user.entity.js';

/**
 * Append-only trail of security-relevant actions (seed 001): logins, plan edits, exports,
 * erasures. A trigger rejects UPDATE and DELETE, except the SET NULL of `user_id` when an
 * account is erased, so the trail outlives the account without naming it.
 */
@Entity({
  tableName: 'audit_logs',
  triggers: [
    {
      name: 'tg_audit_logs_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      body: `if tg_op = 'UPDATE' and new.user_id is null and old.user_id is not null and (to_jsonb(new) - 'user_id') = (to_jsonb(old) - 'user_id') then return new; end if; raise exception 'audit_logs is append-only' using errcode = 'restrict_violation';`,
    },
  ],
})
@Index({ name: 'ix_audit_user', properties: ['user', 'createdAt'] })
@Index({ name: 'ix_audit_entity', properties: ['entityType', 'entityId'] })
export class AuditLog {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  user?: User | null;

  @Property({ type: 'string', length: 100 })
  action!: string;

  @Property({ type: 'string', length: 50, nullable: true })
  entityType?: string | null;

  @Property({ type: 'integer', nullable: true })
  entityId?: number | null;

  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  metadata?: Record<string, unknown> | null;

  @Property({ type: 'string', columnType: 'inet', nullable: true })
  ipAddress?: string | null;

  @Property({ type: 'text', nullable: true })
  userAgent?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();
}
