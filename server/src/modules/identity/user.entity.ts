import { type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';

export enum Role {
  ATHLETE = 'ATHLETE',
  COACH = 'COACH',
  ADMIN = 'ADMIN',
}

/** An authentication identity: direct PII only; training data hangs off Subject. */
@Entity({ tableName: 'users' })
@Check({ name: 'ck_users_email_lower', expression: 'email = lower(email)' })
@Check({ name: 'ck_users_username_not_empty', expression: "length(btrim(username)) > 0" })
export class User extends BaseEntity {
  @Property({ type: 'string', length: 254 })
  @Unique({ name: 'uq_users_email' })
  email!: string;

  /** argon2id PHC string. */
  @Property({ type: 'string', length: 128, hidden: true })
  passwordHash!: string;

  @Property({ type: 'string', length: 50 })
  @Unique({ name: 'uq_users_username' })
  username!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  fullName?: string | null;

  @Enum({ items: () => Role, default: Role.ATHLETE })
  role: Opt<Role> = Role.ATHLETE;
}
