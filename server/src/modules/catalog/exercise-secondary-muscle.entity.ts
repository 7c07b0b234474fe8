import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Unique } from '@mikro-orm/decorators/legacy';
import { MuscleGroup } from './catalog.enums.js';
import { Exercise } from './exercise.entity.js';

/** A muscle an exercise trains besides its primary one; volume analytics count it at half (seed 004). */
@Entity({ tableName: 'exercise_secondary_muscles' })
@Unique({ name: 'uq_exercise_muscle', properties: ['exercise', 'muscle'] })
@Index({ name: 'ix_exercise_muscle', properties: ['muscle', 'exercise'] })
export class ExerciseSecondaryMuscle {
  @ManyToOne(() => Exercise, { primary: true, deleteRule: 'cascade' })
  exercise!: Exercise;

  @Enum({ items: () => MuscleGroup, primary: true })
  muscle!: MuscleGroup;

  [PrimaryKeyProp]?: ['exercise', 'muscle'];
}
