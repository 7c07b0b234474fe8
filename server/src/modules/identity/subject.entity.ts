import { randomUUID } from 'node:crypto';
import { type Opt } from '@mikro-orm/core';
import { Entity, OneToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from './user.entity.js';
import { SUBJECT_ROWS } from '../../db/tenant-policies.js';

/**
 * The pseudonymous owner of all training data (seed 004). `user` is nullable so an account
 * can be erased while its history stays, anonymous.
 */
@Entity({ tableName: 'subjects', policies: SUBJECT_ROWS })
export class Subject extends BaseEntity {
  @OneToOne(() => User, { nullable: true, deleteRule: 'set null', unique: 'uq_subjects_user', owner: true })
  user?: User | null;

  @Property({ type: 'uuid' })
  @Unique({ name: 'uq_subjects_pseudonym' })
  pseudonym: Opt<string> = randomUUID();
}
