import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from './user.entity.js';

/**
 * A server-side login session. Only the SHA-256 of the bearer token is stored, so a database
 * leak does not leak usable tokens; deleting the row revokes the token.
 */
@Entity({ tableName: 'auth_sessions' })
@Index({ name: 'ix_auth_sessions_user', properties: ['user'] })
export class AuthSession extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 64 })
  @Unique({ name: 'uq_auth_sessions_token_hash' })
  tokenHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;

  /** Refreshed by the token lookup at most once a minute, so a request never costs a write of its own. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  /** The client that logged in, so the owner can tell their sessions apart. */
  @Property({ type: 'text', nullable: true })
  userAgent?: string | null;

  @Property({ type: 'string', columnType: 'inet', nullable: true })
  ipAddress?: string | null;
}
