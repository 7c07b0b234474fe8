import { type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../identity/user.entity.js';
import { CnsLoad, Equipment, ForceVector, Mechanics, MetricType, MovementPattern, MuscleGroup, SkillLevel } from './catalog.enums.js';

/**
 * A catalog exercise with its biomechanical classification (seed 004), load and measurement
 * (seed 003). System exercises have no creator and are public; a coach's own are private to
 * the coach and their roster unless made public (seed 001). Names are unique among system
 * exercises and per creator, case-insensitively.
 */
@Entity({ tableName: 'exercises' })
@Index({ name: 'ix_exercises_created_by', properties: ['createdBy'] })
@Index({ name: 'ix_exercises_substitution_group', properties: ['substitutionGroup'] })
@Unique({ name: 'uq_exercises_system_name', expression: 'create unique index "uq_exercises_system_name" on "exercises" (lower(name)) where created_by_id is null' })
@Unique({ name: 'uq_exercises_creator_name', expression: 'create unique index "uq_exercises_creator_name" on "exercises" (created_by_id, lower(name)) where created_by_id is not null' })
@Check({ name: 'ck_exercises_name_not_empty', expression: 'length(btrim(name)) >= 2' })
@Check({ name: 'ck_exercises_slug_not_empty', expression: 'length(slug) > 0' })
export class Exercise extends BaseEntity {
  @Property({ type: 'string', length: 120 })
  @Index({ name: 'ix_exercises_name' })
  name!: string;

  @Property({ type: 'string', length: 140 })
  @Unique({ name: 'uq_exercises_slug' })
  slug!: string;

  @Enum({ items: () => MuscleGroup })
  primaryMuscle!: MuscleGroup;

  @Enum({ items: () => MovementPattern })
  movement!: MovementPattern;

  @Enum({ items: () => Mechanics })
  mechanics!: Mechanics;

  @Enum({ items: () => ForceVector })
  force!: ForceVector;

  @Property({ type: 'boolean', default: false })
  unilateral: Opt<boolean> = false;

  @Enum({ items: () => Equipment })
  equipment!: Equipment;

  @Property({ type: 'string', length: 50, nullable: true })
  grip?: string | null;

  @Property({ type: 'text', nullable: true })
  rangeOfMotion?: string | null;

  @Enum({ items: () => SkillLevel, default: SkillLevel.BEGINNER })
  difficulty: Opt<SkillLevel> = SkillLevel.BEGINNER;

  @Property({ type: 'text', nullable: true })
  cues?: string | null;

  @Property({ type: 'text', nullable: true })
  instructions?: string | null;

  @Property({ type: 'string', length: 255, nullable: true })
  videoUrl?: string | null;

  @Property({ type: 'boolean', default: true })
  isActive: Opt<boolean> = true;

  @Enum({ items: () => MetricType, default: MetricType.REPS })
  metricType: Opt<MetricType> = MetricType.REPS;

  @Enum({ items: () => CnsLoad, default: CnsLoad.MODERATE })
  cnsLoad: Opt<CnsLoad> = CnsLoad.MODERATE;

  /** Exercises in one group are interchangeable for substitution, e.g. `single_arm_row` (seed 003). */
  @Property({ type: 'string', length: 100, nullable: true })
  substitutionGroup?: string | null;

  /** The coach who created it; null for the shipped catalog (seed 001). */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Property({ type: 'boolean', default: true })
  isPublic: Opt<boolean> = true;
}
