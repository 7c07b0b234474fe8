import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { ApiKeyScope } from './identity.enums.js';
import { User } from './user.entity.js';

/**
 * A partner API key: acts as its owner, limited to its scopes. Only the SHA-256 of the secret is
 * stored (the secret is shown once); `prefix` is the secret's first characters, for display.
 * Revoking stamps `revoked_at` (the row stays, so the owner's list shows what was revoked when).
 */
@Entity({ tableName: 'api_keys' })
@Unique({ name: 'uq_api_keys_user_client', properties: ['user', 'clientId'] })
@Unique({
  name: 'uq_api_keys_user_live_name',
  expression: 'create unique index "uq_api_keys_user_live_name" on "api_keys" ("user_id", lower("name")) where "revoked_at" is null',
})
@Check({ name: 'ck_api_keys_name_not_empty', expression: 'length(btrim(name)) > 0' })
// MikroORM adds api_keys_scopes_check (each scope is a known one); this one refuses an empty list.
@Check({ name: 'ck_api_keys_scopes_not_empty', expression: 'cardinality(scopes) > 0' })
@Check({ name: 'ck_api_keys_prefix_format', expression: "prefix ~ '^rwk_[A-Za-z0-9_-]{6}$'" })
export class ApiKey extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** `rwk_` and the next 6 characters of the secret. */
  @Property({ type: 'string', length: 10 })
  prefix!: string;

  @Property({ type: 'string', length: 64 })
  @Unique({ name: 'uq_api_keys_secret_hash' })
  secretHash!: string;

  @Enum({ items: () => ApiKeyScope, array: true, columnType: 'text[]' })
  scopes!: ApiKeyScope[];

  /** The client's UUID for this creation: a retry finds the same key instead of making a second one. */
  @Property({ type: 'uuid' })
  clientId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  /** Refreshed by the key lookup at most once a minute. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
