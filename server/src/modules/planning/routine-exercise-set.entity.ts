import { DecimalType, type Opt } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { RoutineDayExercise } from './routine-day-exercise.entity.js';
import { ownedThrough } from '../../db/tenant-policies.js';

/** A planned set: the prescription for one set of a routine-day exercise (seed 004). */
@Entity({ tableName: 'routine_exercise_sets', policies: ownedThrough('routine_day_exercise_id', 'routine_day_exercises') })
@Unique({ name: 'uq_res_rde_set_idx', properties: ['routineDayExercise', 'setIndex'] })
@Check({ name: 'ck_res_set_index_positive', expression: 'set_index >= 1' })
@Check({ name: 'ck_res_target_weight_range', expression: 'target_weight_kg >= 0 and target_weight_kg <= 1000' })
@Check({ name: 'ck_res_target_reps_range', expression: 'target_reps >= 0 and target_reps <= 1000' })
@Check({ name: 'ck_res_target_rir_range', expression: 'target_rir >= 0 and target_rir <= 10' })
@Check({ name: 'ck_res_target_rpe_range', expression: 'target_rpe >= 1 and target_rpe <= 10' })
@Check({ name: 'ck_res_target_rest_nonnegative', expression: 'target_rest_s >= 0' })
@Check({ name: 'ck_res_target_rpe_half_steps', expression: '(target_rpe * 2) = trunc(target_rpe * 2)' })
@Check({ name: 'ck_res_rep_range_ordered', expression: 'target_reps_min >= 0 and target_reps_max <= 1000 and target_reps_min <= target_reps_max' })
@Check({ name: 'ck_res_target_pct_1rm_range', expression: 'target_pct_1rm > 0 and target_pct_1rm <= 120' })
@Check({ name: 'ck_res_target_duration_nonnegative', expression: 'target_duration_s >= 0' })
@Check({ name: 'ck_res_target_distance_nonnegative', expression: 'target_distance_m >= 0' })
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

  /** Rep range, e.g. 8–12 (seed 003); `targetReps` is the single number when there is no range. */
  @Property({ type: 'integer', nullable: true })
  targetRepsMin?: number | null;

  @Property({ type: 'integer', nullable: true })
  targetRepsMax?: number | null;

  /** Intensity as a percentage of the athlete's 1RM (seeds 001 and 004). */
  @Property({ type: new DecimalType('number'), precision: 4, scale: 1, nullable: true, fieldName: 'target_pct_1rm' })
  targetPct1rm?: number | null;

  @Property({ type: 'integer', nullable: true })
  targetRir?: number | null;

  @Property({ type: new DecimalType('number'), precision: 3, scale: 1, nullable: true })
  targetRpe?: number | null;

  @Property({ type: 'string', length: 15, nullable: true })
  targetTempo?: string | null;

  @Property({ type: 'integer', nullable: true, fieldName: 'target_rest_s' })
  targetRestSeconds?: number | null;

  /** Endurance and timed work: planned duration (seconds) and distance (metres). */
  @Property({ type: 'integer', nullable: true, fieldName: 'target_duration_s' })
  targetDurationSeconds?: number | null;

  @Property({ type: new DecimalType('number'), precision: 9, scale: 2, nullable: true, fieldName: 'target_distance_m' })
  targetDistanceMeters?: number | null;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
