import { DecimalType, type Opt } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { RoutineDayExercise } from './routine-day-exercise.entity.js';

/** A planned set: the prescription for one set of a routine-day exercise (seed 004). */
@Entity({ tableName: 'routine_exercise_sets' })
@Unique({ name: 'uq_res_rde_set_idx', properties: ['routineDayExercise', 'setIndex'] })
@Check({ name: 'ck_res_set_index_positive', expression: 'set_index >= 1' })
@Check({ name: 'ck_res_target_weight_range', expression: 'target_weight_kg >= 0 and target_weight_kg <= 1000' })
@Check({ name: 'ck_res_target_reps_range', expression: 'target_reps >= 0 and target_reps <= 1000' })
@Check({ name: 'ck_res_target_rir_range', expression: 'target_rir >= 0 and target_rir <= 10' })
@Check({ name: 'ck_res_target_rpe_range', expression: 'target_rpe >= 1 and target_rpe <= 10' })
@Check({ name: 'ck_res_target_rest_nonnegative', expression: 'target_rest_s >= 0' })
export class RoutineExerciseSet extends BaseEntity {
  @ManyToOne(() => RoutineDayExercise, { deleteRule: 'cascade' })
  routineDayExercise!: RoutineDayExercise;

  @Property({ type: 'integer' })
  setIndex!: number;

  @Property({ type: 'boolean', default: false })
  isWarmup: Opt<boolean> = false;

  @Property({ type: 'boolean', default: false })
  toFailure: Opt<boolean> = false;

  @Property({ type: new DecimalType('number'), precision: 6, scale: 2, nullable: true })
  targetWeightKg?: number | null;

  @Property({ type: 'integer', nullable: true })
  targetReps?: number | null;

  @Property({ type: 'integer', nullable: true })
  targetRir?: number | null;

  @Property({ type: new DecimalType('number'), precision: 3, scale: 1, nullable: true })
  targetRpe?: number | null;

  @Property({ type: 'string', length: 15, nullable: true })
  targetTempo?: string | null;

  @Property({ type: 'integer', nullable: true, fieldName: 'target_rest_s' })
  targetRestSeconds?: number | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
