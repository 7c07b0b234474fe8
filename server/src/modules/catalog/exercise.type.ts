import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import { Equipment, ForceVector, Mechanics, MovementPattern, MuscleGroup, SkillLevel } from './catalog.enums.js';
import type { Exercise } from './exercise.entity.js';

/** What the type needs of an exercise: an entity, or a row read by hand (see exerciseFromRow). */
export type ExerciseView = Pick<Exercise, 'id' | 'name' | 'slug' | 'primaryMuscle' | 'movement' | 'mechanics' | 'force' | 'equipment' | 'unilateral' | 'difficulty'>;

/** Columns of `exercises` aliased `<prefix>_<field>`, for a read query joining the exercise in. */
export const exerciseColumns = (alias: string, prefix = 'ex') =>
  `${alias}.id as ${prefix}_id, ${alias}.name as ${prefix}_name, ${alias}.slug as ${prefix}_slug, ${alias}.primary_muscle as ${prefix}_primary_muscle, ` +
  `${alias}.movement as ${prefix}_movement, ${alias}.mechanics as ${prefix}_mechanics, ${alias}.force as ${prefix}_force, ` +
  `${alias}.equipment as ${prefix}_equipment, ${alias}.unilateral as ${prefix}_unilateral, ${alias}.difficulty as ${prefix}_difficulty`;

export interface ExerciseColumns {
  ex_id: number;
  ex_name: string;
  ex_slug: string;
  ex_primary_muscle: ExerciseView['primaryMuscle'];
  ex_movement: ExerciseView['movement'];
  ex_mechanics: ExerciseView['mechanics'];
  ex_force: ExerciseView['force'];
  ex_equipment: ExerciseView['equipment'];
  ex_unilateral: boolean;
  ex_difficulty: ExerciseView['difficulty'];
}

export function exerciseFromRow(row: ExerciseColumns): ExerciseView {
  return {
    id: row.ex_id,
    name: row.ex_name,
    slug: row.ex_slug,
    primaryMuscle: row.ex_primary_muscle,
    movement: row.ex_movement,
    mechanics: row.ex_mechanics,
    force: row.ex_force,
    equipment: row.ex_equipment,
    unilateral: row.ex_unilateral,
    difficulty: row.ex_difficulty,
  } as ExerciseView;
}

registerEnumType(MuscleGroup, { name: 'MuscleGroup', description: 'Muscle group an exercise trains.' });
registerEnumType(Equipment, { name: 'Equipment', description: 'Equipment an exercise needs.' });
registerEnumType(Mechanics, { name: 'Mechanics', description: 'Compound (multi-joint) or isolation.' });
registerEnumType(ForceVector, { name: 'ForceVector', description: 'Direction of force.' });
registerEnumType(SkillLevel, { name: 'SkillLevel', description: 'Technical difficulty.' });
registerEnumType(MovementPattern, { name: 'MovementPattern', description: 'Movement pattern.' });

@ObjectType('Exercise', { implements: Node, description: 'A catalog exercise.' })
export class ExerciseType extends Node {
  @Field({ description: 'Display name, e.g. "Barbell Back Squat".' })
  name!: string;

  @Field({ description: 'Stable URL-friendly identifier.' })
  slug!: string;

  @Field(() => MuscleGroup, { description: 'The muscle group it trains most.' })
  primaryMuscle!: MuscleGroup;

  @Field(() => MovementPattern)
  movement!: MovementPattern;

  @Field(() => Mechanics)
  mechanics!: Mechanics;

  @Field(() => ForceVector)
  force!: ForceVector;

  @Field(() => Equipment)
  equipment!: Equipment;

  @Field({ description: 'Trained one side at a time.' })
  unilateral!: boolean;

  @Field(() => SkillLevel)
  difficulty!: SkillLevel;

  static from(entity: ExerciseView): ExerciseType {
    return Object.assign(new ExerciseType(), {
      id: toGlobalId('Exercise', entity.id),
      name: entity.name,
      slug: entity.slug,
      primaryMuscle: entity.primaryMuscle,
      movement: entity.movement,
      mechanics: entity.mechanics,
      force: entity.force,
      equipment: entity.equipment,
      unilateral: entity.unilateral,
      difficulty: entity.difficulty,
    });
  }
}
