import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Exercise } from './exercise.entity.js';

/** Another name an exercise is searched by, e.g. "RDL" (seed 004). */
@Entity({ tableName: 'exercise_aliases' })
@Unique({ name: 'uq_exercise_alias', properties: ['exercise', 'alias'] })
@Check({ name: 'ck_exercise_aliases_not_empty', expression: 'length(btrim(alias)) > 0' })
export class ExerciseAlias extends BaseEntity {
  @ManyToOne(() => Exercise, { deleteRule: 'cascade' })
  exercise!: Exercise;

  @Property({ type: 'string', length: 120 })
  alias!: string;
}
