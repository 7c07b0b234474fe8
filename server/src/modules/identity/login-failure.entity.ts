import { type Opt } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * A password check that failed (or is in flight: see login-throttle.ts), kept for the throttle's
 * window so a restart does not reset it. Keyed by the SHA-256 of the normalised e-mail, whether or
 * not an account has it, so throttling never tells which addresses have accounts. Rows older than
 * an hour are pruned; the audit trail keeps `login_failed` for real accounts.
 */
@Entity({ tableName: 'login_failures' })
@Index({ name: 'ix_login_failures_email', properties: ['emailHash', 'attemptedAt'] })
@Index({ name: 'ix_login_failures_ip', properties: ['ipAddress', 'attemptedAt'] })
@Index({ name: 'ix_login_failures_attempted_at', properties: ['attemptedAt'] })
export class LoginFailure {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 64 })
  emailHash!: string;

  @Property({ type: 'string', columnType: 'inet', nullable: true })
  ipAddress?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  attemptedAt: Opt<Date> = new Date();
}
