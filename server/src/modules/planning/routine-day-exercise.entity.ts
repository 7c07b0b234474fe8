import { type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Exercise } from '../catalog/exercise.entity.js';
import { ExerciseSection } from './planning.enums.js';
import { RoutineDay } from './routine-day.entity.js';
import { ownedThrough } from '../../db/tenant-policies.js';

/** An ordered exercise slot inside a routine day (seed 004), with its section (seed 000) and superset group (seed 003). */
@Entity({ tableName: 'routine_day_exercises', policies: ownedThrough('routine_day_id', 'routine_days') })
@Unique({ name: 'uq_rde_day_pos', properties: ['routineDay', 'position'] })
@Index({ name: 'ix_rde_day_exercise', properties: ['routineDay', 'exercise'] })
@Check({ name: 'ck_rde_position_positive', expression: 'position >= 1' })
@Check({ name: 'ck_rde_superset_group_positive', expression: 'superset_group >= 1' })
export class RoutineDayExercise extends BaseEntity {
  @ManyToOne(() => RoutineDay, { deleteRule: 'cascade' })
  routineDay!: RoutineDay;

  @ManyToOne(() => Exercise, { deleteRule: 'cascade' })
  exercise!: Exercise;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => ExerciseSection, default: ExerciseSection.MAIN })
  section: Opt<ExerciseSection> = ExerciseSection.MAIN;

  /** Exercises of one day sharing a number are done as a superset. */
  @Property({ type: 'integer', nullable: true })
  supersetGroup?: number | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
