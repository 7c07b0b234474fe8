import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import { Equipment, ForceVector, Mechanics, MovementPattern, MuscleGroup, SkillLevel } from './catalog.enums.js';
import type { Exercise } from './exercise.entity.js';

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

  static from(entity: Exercise): ExerciseType {
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
