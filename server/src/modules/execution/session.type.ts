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
  valuesConfig: {
    PLANNED: { description: 'Scheduled, not started; can be started, skipped or deleted.' },
    IN_PROGRESS: { description: 'Started: sets are being logged. An athlete has at most one at a time.' },
    COMPLETED: { description: 'Finished with every planned set logged.' },
    PARTIAL: { description: 'Finished with some planned sets not logged.' },
    SKIPPED: { description: 'Not done; can still be deleted.' },
  },
});

/** The same kinds as the personal_records table's record_type (RecordType). */
export enum RecordKind {
  HEAVIEST_WEIGHT = 'HEAVIEST_WEIGHT',
  BEST_E1RM = 'BEST_E1RM',
  SET_VOLUME = 'SET_VOLUME',
  SESSION_VOLUME = 'SESSION_VOLUME',
}
registerEnumType(RecordKind, {
  name: 'RecordKind',
  description: 'What kind of personal record. Warm-ups, 0-rep and unloaded sets never set one.',
  valuesConfig: {
    HEAVIEST_WEIGHT: { description: 'Heaviest load lifted for at least one rep, in kg.' },
    BEST_E1RM: { description: 'Best estimated one-rep max of a set (Epley, 1–12 reps), in kg.' },
    SET_VOLUME: { description: 'Most load × reps in one set, in kg.' },
    SESSION_VOLUME: { description: "Most load × reps over one session's working sets of the exercise, in kg." },
  },
});

/** What the type needs of a session: an entity, or a row read by hand (sessionFromRow). */
export type WorkoutSessionSource = Pick<WorkoutSession, 'id' | 'status' | 'workoutDate' | 'slot' | 'revision'> & {
  subject: { id: number };
  routineDay?: { id: number } | null;
  location?: string | null;
  perceivedFatigue?: number | null;
  bodyweightKg?: number | string | null;
  notes?: string | null;
  startedAt?: Date | null;
  completedAt?: Date | null;
};

/** A `workout_sessions` row (select *) as a WorkoutSessionSource, without hydrating a managed entity. */
export function sessionFromRow(row: Record<string, unknown>): WorkoutSessionSource {
  return {
    id: row.id as number,
    subject: { id: row.subject_id as number },
    routineDay: row.routine_day_id === null ? null : { id: row.routine_day_id as number },
    status: row.status as SessionStatus,
    workoutDate: row.workout_date as string,
    slot: row.slot as number,
    location: row.location as string | null,
    perceivedFatigue: row.perceived_fatigue as number | null,
    bodyweightKg: row.bodyweight_kg as string | null,
    notes: row.notes as string | null,
    startedAt: row.started_at as Date | null,
    completedAt: row.completed_at as Date | null,
    revision: row.revision as number,
  };
}

@ObjectType('WorkoutSession', { implements: Node, description: 'A workout on one calendar day.' })
export class WorkoutSessionType extends Node {
  dbId!: number;
  subjectId!: number;
  routineDayId!: number | null;

  @Field(() => SessionStatus, { description: 'Where the session is in its lifecycle.' })
  status!: SessionStatus;

  @Field(() => GraphQLLocalDate, { description: "The athlete's calendar day of the session." })
  workoutDate!: string;

  @Field(() => Int, { description: "Which of the day's sessions this is, 1–4 (two-a-days: 1 in the morning, 2 in the evening)." })
  slot!: number;

  @Field(() => String, { nullable: true, description: 'Where it took place, e.g. a gym.' })
  location!: string | null;

  @Field(() => Int, { nullable: true, description: 'How tired the athlete felt, 1 (fresh) – 10 (exhausted).' })
  perceivedFatigue!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bodyweight that day, in kg.' })
  bodyweightKg!: number | null;

  @Field(() => String, { nullable: true, description: "The athlete's notes on the session." })
  notes!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was started (IN_PROGRESS); null while PLANNED or SKIPPED.' })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was finished (COMPLETED or PARTIAL).' })
  completedAt!: Date | null;

  @Field(() => Int, { description: 'Increases with every change to the session; send it back with an edit (updateSession, skipSession).' })
  revision!: number;

  static from(entity: WorkoutSessionSource): WorkoutSessionType {
    return Object.assign(new WorkoutSessionType(), {
      id: toGlobalId('WorkoutSession', entity.id),
      dbId: entity.id,
      subjectId: entity.subject.id,
      routineDayId: entity.routineDay?.id ?? null,
      status: entity.status,
      workoutDate: entity.workoutDate,
      slot: entity.slot,
      location: entity.location ?? null,
      perceivedFatigue: entity.perceivedFatigue ?? null,
      bodyweightKg: entity.bodyweightKg === null || entity.bodyweightKg === undefined ? null : Number(entity.bodyweightKg),
      notes: entity.notes ?? null,
      startedAt: entity.startedAt ?? null,
      completedAt: entity.completedAt ?? null,
      revision: entity.revision,
    });
  }
}

/** A performed set as the API shows it: from an entity (setLogView) or a row read by hand. */
export interface SetLogView {
  id: number;
  sessionId: number | null;
  clientId: string;
  plannedSetId: number | null;
  setIndex: number;
  /** 0 when no load was recorded (bodyweight, a run). */
  weightKg: number;
  /** 0 when no reps were recorded (timed or distance work). */
  reps: number;
  rpe: number | null;
  rir: number | null;
  tempo: string | null;
  restSeconds: number | null;
  durationSeconds: number | null;
  distanceMeters: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  notes: string | null;
  isWarmup: boolean;
  toFailure: boolean;
  isDropSet: boolean;
  performedAt: Date;
  exercise: ExerciseView;
}

const numberOrNull = (value: number | string | null | undefined) => (value === null || value === undefined ? null : Number(value));

export function setLogView(entity: ExerciseSetLog): SetLogView {
  return {
    id: entity.id,
    sessionId: entity.session?.id ?? null,
    clientId: entity.clientId,
    plannedSetId: entity.plannedSet?.id ?? null,
    setIndex: entity.setIndex,
    weightKg: numberOrNull(entity.actualWeightKg) ?? 0,
    reps: entity.actualReps ?? 0,
    rpe: numberOrNull(entity.actualRpe),
    rir: entity.actualRir ?? null,
    tempo: entity.actualTempo ?? null,
    restSeconds: entity.actualRestSeconds ?? null,
    durationSeconds: entity.durationSeconds ?? null,
    distanceMeters: numberOrNull(entity.distanceMeters),
    avgHeartRate: entity.avgHeartRate ?? null,
    maxHeartRate: entity.maxHeartRate ?? null,
    notes: entity.notes ?? null,
    isWarmup: entity.isWarmup,
    toFailure: entity.toFailure,
    isDropSet: entity.isDropSet,
    performedAt: entity.performedAt,
    exercise: entity.exercise,
  };
}

@ObjectType('ExerciseSetLog', { implements: Node, description: 'A performed set: strength (load × reps) or endurance (duration, distance, heart rate).' })
export class ExerciseSetLogType extends Node {
  dbId!: number;
  sessionDbId!: number | null;

  @Field(() => ExerciseType, { description: 'The exercise performed.' })
  exercise!: ExerciseType;

  @Field(() => ID, { description: 'The id the client generated for this set; resending it is a no-op.' })
  clientId!: string;

  @Field(() => ID, { nullable: true, description: 'The planned set this fulfils, if any.' })
  plannedSetId!: string | null;

  @Field(() => Int, { description: '1-based order of this exercise’s sets within the session.' })
  setIndex!: number;

  @Field(() => Float, { description: 'Load in kg; 0 when none was recorded (bodyweight, a run).' })
  weightKg!: number;

  @Field(() => Int, { description: 'Repetitions; 0 when none were recorded (timed or distance work).' })
  reps!: number;

  @Field(() => Float, { nullable: true, description: 'Rate of perceived exertion, 1–10 in halves.' })
  rpe!: number | null;

  @Field(() => Int, { nullable: true, description: 'Reps in reserve, 0–10.' })
  rir!: number | null;

  @Field(() => String, { nullable: true, description: 'Tempo, e.g. 3-1-X-0 (eccentric, pause, concentric, pause).' })
  tempo!: string | null;

  @Field(() => Int, { nullable: true, description: 'Rest taken before this set, in seconds.' })
  restSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'Duration of timed or endurance work, in seconds.' })
  durationSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: 'Distance covered, in metres.' })
  distanceMeters!: number | null;

  @Field(() => Int, { nullable: true, description: 'Average heart rate, beats per minute.' })
  avgHeartRate!: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum heart rate, beats per minute.' })
  maxHeartRate!: number | null;

  @Field(() => String, { nullable: true, description: "The athlete's notes on the set." })
  notes!: string | null;

  @Field({ description: 'A warm-up set: counts for neither volume nor records.' })
  isWarmup!: boolean;

  @Field({ description: 'Taken to muscular failure.' })
  toFailure!: boolean;

  @Field({ description: 'A drop set: the load cut right after the previous set. Counts for volume and records like any working set.' })
  isDropSet!: boolean;

  @Field(() => Date, { description: 'When the set was logged (or, for imported history, performed).' })
  performedAt!: Date;

  static from(log: SetLogView): ExerciseSetLogType {
    return Object.assign(new ExerciseSetLogType(), {
      id: toGlobalId('ExerciseSetLog', log.id),
      dbId: log.id,
      sessionDbId: log.sessionId,
      exercise: ExerciseType.from(log.exercise),
      clientId: log.clientId,
      plannedSetId: log.plannedSetId === null ? null : toGlobalId('RoutineExerciseSet', log.plannedSetId),
      setIndex: log.setIndex,
      weightKg: log.weightKg,
      reps: log.reps,
      rpe: log.rpe,
      rir: log.rir,
      tempo: log.tempo,
      restSeconds: log.restSeconds,
      durationSeconds: log.durationSeconds,
      distanceMeters: log.distanceMeters,
      avgHeartRate: log.avgHeartRate,
      maxHeartRate: log.maxHeartRate,
      notes: log.notes,
      isWarmup: log.isWarmup,
      toFailure: log.toFailure,
      isDropSet: log.isDropSet,
      performedAt: log.performedAt,
    });
  }
}

@ObjectType('SessionProgress', { description: 'How far a session is: sets done against the plan, and tonnage.' })
export class SessionProgressType {
  @Field(() => ID, { description: 'The WorkoutSession this is the progress of.' })
  sessionId!: string;

  @Field(() => SessionStatus, { description: "The session's status." })
  status!: SessionStatus;

  @Field(() => Int, { description: 'Sets logged so far (planned or added).' })
  setsDone!: number;

  @Field(() => Int, {
    description: "Planned sets logged (a substitute's set fulfils its planned set); sets added beyond the plan are not counted: COMPLETED means this reached setsPlanned.",
  })
  plannedSetsDone!: number;

  @Field(() => Int, { description: 'Sets the routine day plans.' })
  setsPlanned!: number;

  @Field(() => Float, { description: 'Σ weight × reps over working sets, in kg.' })
  volumeKg!: number;

  static from(event: SessionProgressEvent): SessionProgressType {
    return Object.assign(new SessionProgressType(), {
      sessionId: toGlobalId('WorkoutSession', event.sessionId),
      status: event.status as SessionStatus,
      setsDone: event.setsDone,
      plannedSetsDone: event.plannedSetsDone,
      setsPlanned: event.setsPlanned,
      volumeKg: event.volumeKg,
    });
  }
}

@ObjectType('PersonalRecord', {
  description: 'A personal record a set just set (what logSet reports); the standing bests are PersonalBest rows (Athlete.personalRecords).',
})
export class PersonalRecordType {
  exerciseId!: number;

  @Field(() => RecordKind, { description: 'Which best the set raised.' })
  kind!: RecordKind;

  @Field(() => Float, { description: 'The new best, in kg (kg of load × reps for the volume kinds).' })
  valueKg!: number;

  @Field(() => Float, { nullable: true, description: 'The best before this set, in kg; null for a first.' })
  previousKg!: number | null;
}

@ObjectType('WorkoutSessionEdge', { description: 'A session in a list.' })
export class WorkoutSessionEdge {
  @Field({ description: 'Pass as `after` to continue after this session.' })
  cursor!: string;

  @Field(() => WorkoutSessionType, { description: 'The session.' })
  node!: WorkoutSessionType;
}

@ObjectType('WorkoutSessionConnection', { description: 'Sessions, newest first.' })
export class WorkoutSessionConnection {
  @Field(() => [WorkoutSessionEdge], { description: 'This page of sessions.' })
  edges!: WorkoutSessionEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}

@ObjectType('ExerciseSetLogEdge', { description: 'A set log in a list.' })
export class ExerciseSetLogEdge {
  @Field({ description: 'Pass as `after` to continue after this set.' })
  cursor!: string;

  @Field(() => ExerciseSetLogType, { description: 'The set log.' })
  node!: ExerciseSetLogType;
}

@ObjectType('ExerciseSetLogConnection', { description: 'Set logs, newest first (by performedAt, then id).' })
export class ExerciseSetLogConnection {
  @Field(() => [ExerciseSetLogEdge], { description: 'This page of set logs.' })
  edges!: ExerciseSetLogEdge[];

  @Field(() => PageInfo, { description: 'Whether more follow, and the cursor to get them.' })
  pageInfo!: PageInfo;
}
