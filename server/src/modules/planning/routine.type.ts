import { Field, Float, Int, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import { ExerciseType, type ExerciseView } from '../catalog/exercise.type.js';
import type { RoutineDayExercise } from './routine-day-exercise.entity.js';
import type { RoutineDay } from './routine-day.entity.js';
import type { RoutineExerciseSet } from './routine-exercise-set.entity.js';
import type { Routine } from './routine.entity.js';

@ObjectType('Routine', { implements: Node, description: "A training template owned by an athlete: days → exercises → planned sets." })
export class RoutineType extends Node {
  dbId!: number;
  subjectId!: number;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field({ description: 'Whether this is the routine the athlete currently follows.' })
  isActive!: boolean;

  @Field(() => Int, { description: 'Increases with every edit; an edit must name the revision it read.' })
  revision!: number;

  static from(entity: Routine): RoutineType {
    return Object.assign(new RoutineType(), {
      id: toGlobalId('Routine', entity.id),
      dbId: entity.id,
      subjectId: entity.subject.id,
      name: entity.name,
      description: entity.description ?? null,
      isActive: entity.isActive,
      revision: entity.revision,
    });
  }
}

@ObjectType('RoutineDay', { implements: Node, description: "One day of a routine's rotation." })
export class RoutineDayType extends Node {
  dbId!: number;
  routineId!: number;

  @Field(() => Int, { description: '1-based position in the rotation.' })
  dayIndex!: number;

  @Field(() => String, { nullable: true, description: 'Label, e.g. "Upper A".' })
  title!: string | null;

  @Field({ description: 'A planned rest day.' })
  isRest!: boolean;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  static from(entity: RoutineDay): RoutineDayType {
    return Object.assign(new RoutineDayType(), {
      id: toGlobalId('RoutineDay', entity.id),
      dbId: entity.id,
      routineId: entity.routine.id,
      dayIndex: entity.dayIndex,
      title: entity.title ?? null,
      isRest: entity.isRest,
      notes: entity.notes ?? null,
    });
  }
}

@ObjectType('RoutineDayExercise', { implements: Node, description: 'An exercise slot in a routine day, with its planned sets.' })
export class RoutineDayExerciseType extends Node {
  dbId!: number;

  @Field(() => ExerciseType)
  exercise!: ExerciseType;

  @Field(() => Int, { description: '1-based order within the day.' })
  position!: number;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  static from(entity: Pick<RoutineDayExercise, 'id' | 'position' | 'notes'> & { exercise: ExerciseView }): RoutineDayExerciseType {
    return Object.assign(new RoutineDayExerciseType(), {
      id: toGlobalId('RoutineDayExercise', entity.id),
      dbId: entity.id,
      exercise: ExerciseType.from(entity.exercise),
      position: entity.position,
      notes: entity.notes ?? null,
    });
  }
}

export type RoutineExerciseSetView = Pick<
  RoutineExerciseSet,
  'id' | 'setIndex' | 'isWarmup' | 'toFailure' | 'targetReps' | 'targetWeightKg' | 'targetRir' | 'targetRpe' | 'targetTempo' | 'targetRestSeconds'
>;

@ObjectType('RoutineExerciseSet', { implements: Node, description: 'A planned set: what to lift for one set.' })
export class RoutineExerciseSetType extends Node {
  dbId!: number;

  @Field(() => Int, { description: '1-based order within the exercise.' })
  setIndex!: number;

  @Field()
  isWarmup!: boolean;

  @Field({ description: 'Take the set to muscular failure.' })
  toFailure!: boolean;

  @Field(() => Int, { nullable: true })
  targetReps!: number | null;

  @Field(() => Float, { nullable: true, description: 'Planned load in kg.' })
  targetWeightKg!: number | null;

  @Field(() => Int, { nullable: true, description: 'Planned reps in reserve.' })
  targetRir!: number | null;

  @Field(() => Float, { nullable: true, description: 'Planned RPE, 1–10 in halves.' })
  targetRpe!: number | null;

  @Field(() => String, { nullable: true, description: 'Tempo, e.g. "3-1-1-0".' })
  targetTempo!: string | null;

  @Field(() => Int, { nullable: true, description: 'Planned rest after the set, in seconds.' })
  targetRestSeconds!: number | null;

  static from(entity: RoutineExerciseSetView): RoutineExerciseSetType {
    return Object.assign(new RoutineExerciseSetType(), {
      id: toGlobalId('RoutineExerciseSet', entity.id),
      dbId: entity.id,
      setIndex: entity.setIndex,
      isWarmup: entity.isWarmup,
      toFailure: entity.toFailure,
      targetReps: entity.targetReps ?? null,
      targetWeightKg: entity.targetWeightKg ?? null,
      targetRir: entity.targetRir ?? null,
      targetRpe: entity.targetRpe ?? null,
      targetTempo: entity.targetTempo ?? null,
      targetRestSeconds: entity.targetRestSeconds ?? null,
    });
  }
}
