import { DecimalType, type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { ProgressionStyle } from './planning.enums.js';
import { RoutineDayExercise } from './routine-day-exercise.entity.js';
import { ownedThrough } from '../../db/tenant-policies.js';

/**
 * How one routine exercise progresses (seed 003 progression styles, DESIGN §3): the style, the
 * load step, the rep range double progression climbs, and a deload every N cycles.
 */
@Entity({ tableName: 'progression_rules', policies: ownedThrough('routine_day_exercise_id', 'routine_day_exercises') })
@Check({ name: 'ck_progression_rules_increment_range', expression: 'increment_kg >= 0 and increment_kg <= 50' })
@Check({ name: 'ck_progression_rules_rep_range', expression: 'rep_range_min >= 1 and rep_range_min <= rep_range_max' })
@Check({ name: 'ck_progression_rules_deload_every', expression: 'deload_every_n_cycles >= 2' })
@Check({ name: 'ck_progression_rules_deload_pct', expression: 'deload_pct > 0 and deload_pct < 100' })
@Check({ name: 'ck_progression_rules_wave_length', expression: 'wave_length >= 2 and wave_length <= 8' })
export class ProgressionRule extends BaseEntity {
  @OneToOne(() => RoutineDayExercise, { owner: true, deleteRule: 'cascade', unique: 'uq_progression_rules_rde' })
  routineDayExercise!: RoutineDayExercise;

  @Enum({ items: () => ProgressionStyle })
  style!: ProgressionStyle;

  @Property({ type: new DecimalType('number'), precision: 5, scale: 2, default: 2.5 })
  incrementKg: Opt<number> = 2.5;

  @Property({ type: 'integer', nullable: true })
  repRangeMin?: number | null;

  @Property({ type: 'integer', nullable: true })
  repRangeMax?: number | null;

  /** Steps in one wave for wave styles. */
  @Property({ type: 'integer', nullable: true })
  waveLength?: number | null;

  /** Every Nth cycle is a deload (seed 003 `deload_every_n_microcycles`). */
  @Property({ type: 'integer', nullable: true, fieldName: 'deload_every_n_cycles' })
  deloadEveryNCycles?: number | null;

  /** Load during a deload, as a percentage of the working load. */
  @Property({ type: new DecimalType('number'), precision: 4, scale: 1, default: 60 })
  deloadPct: Opt<number> = 60;
}
