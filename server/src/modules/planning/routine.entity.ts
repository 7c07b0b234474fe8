import { type Opt } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Subject } from '../identity/subject.entity.js';
import { User } from '../identity/user.entity.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';

/** A subject-owned training template (seed 004); edits are revision-guarded (seed 000). */
@Entity({ tableName: 'routines', policies: SUBJECT_OWNED })
@Unique({ name: 'uq_routines_subject_name', properties: ['subject', 'name'] })
@Index({ name: 'ix_routines_subject_active', properties: ['subject', 'isActive'] })
@Unique({ name: 'uq_routines_subject_client', properties: ['subject', 'clientId'] })
@Check({ name: 'ck_routines_revision_positive', expression: 'revision > 0' })
export class Routine extends BaseEntity {
  @ManyToOne(() => Subject, { deleteRule: 'cascade' })
  subject!: Subject;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'date', nullable: true })
  startsOn?: string | null;

  @Property({ type: 'boolean', default: true })
  isActive: Opt<boolean> = true;

  @Property({ type: 'integer', default: 1 })
  revision: Opt<number> = 1;

  /** Who wrote it: the athlete or their coach; null once that account is erased. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  /** The client-generated id of the write that made it (duplicateRoutine), so a retry finds its copy instead of making another. */
  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;

  /** The routine it was duplicated from; null for one written from scratch, or once the source is deleted. */
  @ManyToOne(() => Routine, { nullable: true, deleteRule: 'set null' })
  copiedFrom?: Routine | null;

  /** Archived routines are kept for history and hidden from plan pickers (seed 001 soft delete). */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt?: Date | null;
}
