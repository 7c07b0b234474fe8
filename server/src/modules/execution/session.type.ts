import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.type.js';
import { ExerciseType, type ExerciseView } from '../catalog/exercise.type.js';
import type { SessionProgressEvent } from '../../graphql/pubsub.js';
import type { ExerciseSetLog } from './exercise-set-log.entity.js';
import { SessionStatus, type WorkoutSession } from './workout-session.entity.js';

registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'PLANNED → IN_PROGRESS → COMPLETED (every planned set logged) | PARTIAL | SKIPPED.',
});

export enum RecordKind {
  HEAVIEST_WEIGHT = 'HEAVIEST_WEIGHT',
  BEST_E1RM = 'BEST_E1RM',
}
registerEnumType(RecordKind, { name: 'RecordKind', description: 'What kind of personal record.' });

@ObjectType('WorkoutSession', { implements: Node, description: 'A workout on one calendar day.' })
export class WorkoutSessionType extends Node {
  dbId!: number;
  subjectId!: number;
  routineDayId!: number | null;

  @Field(() => SessionStatus)
  status!: SessionStatus;

  @Field(() => GraphQLLocalDate, { description: "The athlete's calendar day of the session." })
  workoutDate!: string;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => Int, { description: 'Increases with every change to the session.' })
  revision!: number;

  static from(entity: WorkoutSession): WorkoutSessionType {
    return Object.assign(new WorkoutSessionType(), {
      id: toGlobalId('WorkoutSession', entity.id),
      dbId: entity.id,
      subjectId: entity.subject.id,
      routineDayId: entity.routineDay?.id ?? null,
      status: entity.status,
      workoutDate: entity.workoutDate,
      startedAt: entity.startedAt ?? null,
      completedAt: entity.completedAt ?? null,
      revision: entity.revision,
    });
  }
}

/** A performed set as the API shows it: from an entity (setLogView) or a row read by hand. */
export interface SetLogView {
  id: number;
  clientId: string;
  plannedSetId: number | null;
  setIndex: number;
  weightKg: number;
  reps: number;
  rpe: number | null;
  isWarmup: boolean;
  performedAt: Date;
  exercise: ExerciseView;
}

export function setLogView(entity: ExerciseSetLog): SetLogView {
  return {
    id: entity.id,
    clientId: entity.clientId,
    plannedSetId: entity.plannedSet?.id ?? null,
    setIndex: entity.setIndex,
    weightKg: entity.actualWeightKg ?? 0,
    reps: entity.actualReps ?? 0,
    rpe: entity.actualRpe ?? null,
    isWarmup: entity.isWarmup,
    performedAt: entity.performedAt,
    exercise: entity.exercise,
  };
}

@ObjectType('ExerciseSetLog', { implements: Node, description: 'A performed set.' })
export class ExerciseSetLogType extends Node {
  dbId!: number;

  @Field(() => ExerciseType)
  exercise!: ExerciseType;

  @Field(() => ID, { description: 'The id the client generated for this set; resending it is a no-op.' })
  clientId!: string;

  @Field(() => ID, { nullable: true, description: 'The planned set this fulfils, if any.' })
  plannedSetId!: string | null;

  @Field(() => Int, { description: '1-based order of this exercise’s sets within the session.' })
  setIndex!: number;

  @Field(() => Float, { description: 'Load in kg.' })
  weightKg!: number;

  @Field(() => Int)
  reps!: number;

  @Field(() => Float, { nullable: true, description: 'Rate of perceived exertion, 1–10 in halves.' })
  rpe!: number | null;

  @Field()
  isWarmup!: boolean;

  @Field(() => Date)
  performedAt!: Date;

  static from(log: SetLogView): ExerciseSetLogType {
    return Object.assign(new ExerciseSetLogType(), {
      id: toGlobalId('ExerciseSetLog', log.id),
      dbId: log.id,
      exercise: ExerciseType.from(log.exercise),
      clientId: log.clientId,
      plannedSetId: log.plannedSetId === null ? null : toGlobalId('RoutineExerciseSet', log.plannedSetId),
      setIndex: log.setIndex,
      weightKg: log.weightKg,
      reps: log.reps,
      rpe: log.rpe,
      isWarmup: log.isWarmup,
      performedAt: log.performedAt,
    });
  }
}

@ObjectType('SessionProgress', { description: 'How far a session is: sets done against the plan, and tonnage.' })
export class SessionProgressType {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => SessionStatus)
  status!: SessionStatus;

  @Field(() => Int, { description: 'Sets logged so far (planned or added).' })
  setsDone!: number;

  @Field(() => Int, { description: 'Sets the routine day plans.' })
  setsPlanned!: number;

  @Field(() => Float, { description: 'Σ weight × reps over working sets, in kg.' })
  volumeKg!: number;

  static from(event: SessionProgressEvent): SessionProgressType {
    return Object.assign(new SessionProgressType(), {
      sessionId: toGlobalId('WorkoutSession', event.sessionId),
      status: event.status as SessionStatus,
      setsDone: event.setsDone,
      setsPlanned: event.setsPlanned,
      volumeKg: event.volumeKg,
    });
  }
}

@ObjectType('PersonalRecord', { description: 'A personal record a set just set.' })
export class PersonalRecordType {
  exerciseId!: number;

  @Field(() => RecordKind)
  kind!: RecordKind;

  @Field(() => Float, { description: 'The new best, in kg.' })
  valueKg!: number;

  @Field(() => Float, { nullable: true, description: 'The best before this set, in kg; null for a first.' })
  previousKg!: number | null;
}

@ObjectType('WorkoutSessionEdge')
export class WorkoutSessionEdge {
  @Field()
  cursor!: string;

  @Field(() => WorkoutSessionType)
  node!: WorkoutSessionType;
}

@ObjectType('WorkoutSessionConnection', { description: 'Sessions, newest first.' })
export class WorkoutSessionConnection {
  @Field(() => [WorkoutSessionEdge])
  edges!: WorkoutSessionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
