import { type Opt } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Routine } from './routine.entity.js';
import { ownedThrough } from '../../db/tenant-policies.js';

/** One day of a routine's rotation, 1-based (seed 004). */
@Entity({ tableName: 'routine_days', policies: ownedThrough('routine_id', 'routines') })
@Unique({ name: 'uq_routine_days_routine_day_index', properties: ['routine', 'dayIndex'] })
@Check({ name: 'ck_routine_days_day_index_positive', expression: 'day_index >= 1' })
export class RoutineDay extends BaseEntity {
  @ManyToOne(() => Routine, { deleteRule: 'cascade' })
  routine!: Routine;

  @Property({ type: 'integer' })
  dayIndex!: number;

  @Property({ type: 'boolean', default: false })
  isRest: Opt<boolean> = false;

  @Property({ type: 'string', length: 100, nullable: true })
  title?: string | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
