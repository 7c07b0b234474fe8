import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import type { RosterActivityEvent } from '../../graphql/pubsub.js';
import { RecordKind, SessionProgressType } from '../execution/session.type.js';

export enum RosterActivityKind {
  WATCHING = 'WATCHING',
  SESSION_STARTED = 'SESSION_STARTED',
  SET_LOGGED = 'SET_LOGGED',
  RECORD_SET = 'RECORD_SET',
  SESSION_COMPLETED = 'SESSION_COMPLETED',
  READINESS_CHECK_IN = 'READINESS_CHECK_IN',
}

registerEnumType(RosterActivityKind, {
  name: 'RosterActivityKind',
  description: 'What happened.',
  valuesConfig: {
    WATCHING: { description: 'Sent at once and after every change to your roster: the athletes whose activity you receive (watchingAthleteIds).' },
    SESSION_STARTED: { description: 'An athlete started a session (progress holds its plan).' },
    SET_LOGGED: { description: 'An athlete logged a set (set; records it raised, if any; the session’s new progress).' },
    RECORD_SET: { description: 'The set just logged raised personal records (sent after its SET_LOGGED).' },
    SESSION_COMPLETED: { description: 'An athlete finished a session (COMPLETED or PARTIAL in progress.status).' },
    READINESS_CHECK_IN: { description: 'An athlete recorded sleep/recovery readings or soreness (checkIn).' },
  },
});

@ObjectType('RosterActivitySet', { description: 'The set an activity event is about.' })
export class RosterActivitySetType {
  @Field(() => ID, { description: 'The ExerciseSetLog.' })
  id!: string;

  @Field(() => ID, { description: 'The Exercise.' })
  exerciseId!: string;

  @Field({ description: 'The exercise’s name.' })
  exerciseName!: string;

  @Field(() => Int, { description: 'Its 1-based position among the session’s sets of that exercise.' })
  setIndex!: number;

  @Field(() => Float, { nullable: true, description: 'Load in kg; null for a set without load.' })
  weightKg!: number | null;

  @Field(() => Int, { nullable: true, description: 'Reps; null for a timed or distance set.' })
  reps!: number | null;

  @Field(() => Float, { nullable: true, description: 'RPE as logged.' })
  rpe!: number | null;

  @Field({ description: 'A warm-up set.' })
  isWarmup!: boolean;
}

@ObjectType('RosterActivityRecord', { description: 'A personal record an activity event reports.' })
export class RosterActivityRecordType {
  @Field(() => RecordKind, { description: 'Which best.' })
  kind!: RecordKind;

  @Field(() => Float, { description: 'The new best in kg (kg × reps for the volume kinds).' })
  valueKg!: number;

  @Field(() => Float, { nullable: true, description: 'The best before, in kg; null for a first.' })
  previousKg!: number | null;

  @Field(() => ID, { description: 'The Exercise.' })
  exerciseId!: string;

  @Field({ description: 'The exercise’s name.' })
  exerciseName!: string;
}

@ObjectType('RosterActivityCheckIn', { description: 'What a readiness check-in recorded.' })
export class RosterActivityCheckInType {
  @Field(() => GraphQLLocalDate, { description: 'The day it is for.' })
  day!: string;

  @Field(() => Float, { nullable: true, description: 'Hours slept, when sent.' })
  sleepHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'HRV in ms, when sent.' })
  hrvMs!: number | null;

  @Field(() => Int, { nullable: true, description: 'Resting heart rate in bpm, when sent.' })
  restingHr!: number | null;

  @Field(() => Int, { nullable: true, description: 'The sorest body part’s level, 1–5; null when no soreness was sent.' })
  sorenessMax!: number | null;

  @Field(() => [String], { description: 'Body parts reported sore (MuscleGroup names).' })
  soreBodyParts!: string[];
}

/** What the subscription yields: an athlete's event, or the list of athletes watched. */
export type RosterActivityItem = RosterActivityEvent | { kind: 'WATCHING'; at: string; watchingSubjectIds: number[] };

@ObjectType('RosterActivity', {
  description:
    'One event of the roster activity feed: something an athlete you may watch (yourself, or an athlete on your roster) just did, ' +
    'delivered once the write has committed; or, first and after each roster change, the list of athletes watched.',
})
export class RosterActivityType {
  @Field(() => RosterActivityKind, { description: 'What happened.' })
  kind!: RosterActivityKind;

  @Field(() => Date, { description: 'When the server published it.' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'The Athlete it is about; null only for WATCHING.' })
  athleteId!: string | null;

  @Field(() => String, { nullable: true, description: 'Their display name; null only for WATCHING.' })
  athleteName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The WorkoutSession it happened in (session and set events).' })
  sessionId!: string | null;

  @Field(() => String, { nullable: true, description: "The title of the session's routine day, when it follows one." })
  dayTitle!: string | null;

  @Field(() => RosterActivitySetType, { nullable: true, description: 'The set (SET_LOGGED, RECORD_SET).' })
  set!: RosterActivitySetType | null;

  @Field(() => [RosterActivityRecordType], { description: 'Personal records the set raised (SET_LOGGED, RECORD_SET); empty otherwise.' })
  records!: RosterActivityRecordType[];

  @Field(() => SessionProgressType, { nullable: true, description: "The session's progress after the event (session and set events)." })
  progress!: SessionProgressType | null;

  @Field(() => RosterActivityCheckInType, { nullable: true, description: 'What was recorded (READINESS_CHECK_IN).' })
  checkIn!: RosterActivityCheckInType | null;

  @Field(() => [ID], { description: 'WATCHING: the Athletes whose events you receive from now on; empty for other kinds.' })
  watchingAthleteIds!: string[];

  static from(item: RosterActivityItem): RosterActivityType {
    const type = new RosterActivityType();
    if (item.kind === 'WATCHING') {
      return Object.assign(type, {
        kind: RosterActivityKind.WATCHING,
        at: new Date(item.at),
        athleteId: null,
        athleteName: null,
        sessionId: null,
        dayTitle: null,
        set: null,
        records: [],
        progress: null,
        checkIn: null,
        watchingAthleteIds: item.watchingSubjectIds.map((id) => toGlobalId('Athlete', id)),
      });
    }
    return Object.assign(type, {
      kind: item.kind as RosterActivityKind,
      at: new Date(item.at),
      athleteId: toGlobalId('Athlete', item.subjectId),
      athleteName: item.athleteName,
      sessionId: item.sessionId === null ? null : toGlobalId('WorkoutSession', item.sessionId),
      dayTitle: item.dayTitle,
      set: item.set && {
        ...item.set,
        id: toGlobalId('ExerciseSetLog', item.set.id),
        exerciseId: toGlobalId('Exercise', item.set.exerciseId),
      },
      records: item.records.map((record) => ({ ...record, kind: record.kind as RecordKind, exerciseId: toGlobalId('Exercise', record.exerciseId) })),
      progress: item.progress && SessionProgressType.from(item.progress),
      checkIn: item.checkIn,
      watchingAthleteIds: [],
    });
  }
}
