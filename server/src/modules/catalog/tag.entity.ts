import { PrimaryKeyProp } from '@mikro-orm/core';
import { Check, Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../db/base.entity.js';
import { Exercise } from './exercise.entity.js';

/** A curated label applied to exercises, e.g. "powerlifting", "unilateral" (seed 004). */
@Entity({ tableName: 'tags' })
@Check({ name: 'ck_tags_name_not_empty', expression: 'length(btrim(name)) > 0' })
export class Tag extends BaseEntity {
  @Property({ type: 'string', length: 50 })
  @Unique({ name: 'uq_tags_name' })
  name!: string;
}

/** exercise ↔ tag (seed 004), both sides cascading. */
@Entity({ tableName: 'exercise_tags' })
@Unique({ name: 'uq_exercise_tag', properties: ['exercise', 'tag'] })
export class ExerciseTag {
  @ManyToOne(() => Exercise, { primary: true, deleteRule: 'cascade' })
  exercise!: Exercise;

  @ManyToOne(() => Tag, { primary: true, deleteRule: 'cascade' })
  tag!: Tag;

  [PrimaryKeyProp]?: ['exercise', 'tag'];
}
