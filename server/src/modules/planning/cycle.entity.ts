import { type Opt } from '@mikro-orm/core';
import { Check, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Subject } from '../identity/subject.entity.js';
import { Routine } from './routine.entity.js';
import { SUBJECT_OWNED } from '../../db/tenant-policies.js';

/** An execution pass through a routine, numbered per routine (seed 004); a deload pass is flagged (seed 003 microcycles). */
@Entity({ tableName: 'cycles', policies: SUBJECT_OWNED })
@Unique({ name: 'uq_cycles_routine_number', properties: ['routine', 'cycleNumber'] })
@Index({ name: 'ix_cycles_subject_started_on', properties: ['subject', 'startedOn'] })
@Index({ name: 'ix_cycles_routine', properties: ['routine'] })
@Check({ name: 'ck_cycles_number_positive', expression: 'cycle_number > 0' })
@Check({ name: 'ck_cycles_dates_ordered', expression: 'ended_on is null or started_on is null or ended_on >= started_on' })
export class Cycle extends BaseEntity {
  @ManyToOne(() => Subject, { deleteRule: 'cascade' })
  subject!: Subject;

  @ManyToOne(() => Routine, { deleteRule: 'cascade' })
  routine!: Routine;

  @Property({ type: 'integer' })
  cycleNumber!: number;

  @Property({ type: 'date', nullable: true })
  startedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;

  @Property({ type: 'boolean', default: false })
  isDeload: Opt<boolean> = false;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt?: Date | null;
}
