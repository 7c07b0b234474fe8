import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { ExerciseRelationshipType } from './catalog.enums.js';
import { Exercise } from './exercise.entity.js';

/** A directed link between two exercises: progression, regression, variation, antagonist, prep (seed 003). */
@Entity({ tableName: 'exercise_relationships' })
@Unique({ name: 'uq_exercise_relationship', properties: ['source', 'target', 'relationshipType'] })
@Index({ name: 'ix_exercise_relationships_target', properties: ['target'] })
@Check({ name: 'ck_exercise_relationships_not_self', expression: 'source_id <> target_id' })
export class ExerciseRelationship extends BaseEntity {
  @ManyToOne(() => Exercise, { deleteRule: 'cascade' })
  source!: Exercise;

  @ManyToOne(() => Exercise, { deleteRule: 'cascade' })
  target!: Exercise;

  @Enum({ items: () => ExerciseRelationshipType })
  relationshipType!: ExerciseRelationshipType;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
