import { type Opt } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Equipment, ForceVector, Mechanics, MovementPattern, MuscleGroup, SkillLevel } from './catalog.enums.js';

/** A catalog exercise with its biomechanical classification (seed 004). */
@Entity({ tableName: 'exercises' })
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
}
