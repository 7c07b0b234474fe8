/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a partner API key may do. Account, session, key and invite operations need a login session whatever the scopes. */
export type ApiKeyScope =
  /** `read`: every query and subscription, as the key’s owner sees them. */
  | 'READ'
  /** `write:logs`: sessions, sets, imports and health data (body metrics, recovery, soreness, benchmarks, profile, equipment). */
  | 'WRITE_LOGS'
  /** `write:plans`: routines, cycles and exercises. */
  | 'WRITE_PLANS';

/** Archive a routine: it is kept for history, deactivated and becomes read-only. */
export type ArchiveRoutineInput = {
  /** The routine to archive. */
  id: string;
  /** The revision you read (archiving is an edit). Archiving an archived routine returns it unchanged. */
  revision: number;
};

/** Finish a session in progress. */
export type CompleteSessionInput = {
  /** The WorkoutSession (IN_PROGRESS). */
  sessionId: string;
};

/** A new partner API key. Resending the same clientId before the key is first used returns it again with a fresh secret. */
export type CreateApiKeyInput = {
  /** A UUID the client generates per key, so a retry never makes a second one. */
  clientId: string;
  /** When the key stops working: in the future, at most 2 years ahead; null (the default) for never. */
  expiresAt?: string | null | undefined;
  /** What the key is for, 1–100 characters; unique among your keys that are not revoked (case does not matter). */
  name: string;
  /** What the key may do: READ, WRITE_LOGS and/or WRITE_PLANS (1–3, each once). */
  scopes: Array<ApiKeyScope>;
};

/** A whole routine — days, exercises, planned sets, progression rules — written in one transaction. */
export type CreateRoutineInput = {
  /** The athlete it is for: yourself, or an athlete on your roster. */
  athleteId: string;
  /** Days in rotation order, 1–20; dayIndex is assigned 1, 2, 3 … from this order. */
  days: Array<RoutineDayInput>;
  /** At most 2000 characters. */
  description?: string | null | undefined;
  /** true: it becomes the athlete's active routine and the others are deactivated. false: it stays inactive. Omitted: active only if the athlete has no active routine yet. */
  makeActive?: boolean | null | undefined;
  /** 1–120 characters, unique among the athlete's routines (archived ones included); surrounding spaces are trimmed. */
  name: string;
  /** Planned first day (YYYY-MM-DD, a real calendar date, 1900-01-01 to 2199-12-31). */
  startsOn?: string | null | undefined;
};

/** Copy a routine — days, exercises, planned sets, progression rules — into a new, inactive routine of the same athlete. */
export type DuplicateRoutineInput = {
  /** A UUID the client generates per copy: a retry with the same clientId returns the copy made the first time. */
  clientId: string;
  /** The routine to copy: one you may edit; archived ones too (a copy is how an archived plan comes back). */
  id: string;
  /** Name of the copy, 1–120 characters, unique among the athlete's routines. Omitted or null: "<name> (copy)", numbered when taken. */
  name?: string | null | undefined;
};

/** The estimated-1RM formula the athlete prefers: Epley, Brzycki, Lombardi or O’Conner. */
export type E1rmFormula =
  /** weight × 36 / (37 − reps). */
  | 'BRZYCKI'
  /** weight × (1 + reps / 30) (the default; personal records always use it). */
  | 'EPLEY'
  /** weight × reps^0.10. */
  | 'LOMBARDI'
  /** weight × (1 + reps / 40). */
  | 'OCONNER';

/** The kind of equipment an exercise is done with (coarse, for filters); `Exercise.equipmentItems` lists everything it needs. */
export type Equipment =
  /** A resistance band. */
  | 'BAND'
  /** A straight barbell. */
  | 'BARBELL'
  /** The body alone, or with a bar, rings or bench to hang from or rest on. */
  | 'BODYWEIGHT'
  /** A cable stack or pulley. */
  | 'CABLE'
  /** One or two dumbbells. */
  | 'DUMBBELL'
  /** An EZ curl bar. */
  | 'EZ_BAR'
  /** One or two kettlebells. */
  | 'KETTLEBELL'
  /** A selectorised or plate-loaded machine. */
  | 'MACHINE'
  /** Anything else, e.g. a sled, plyo box, ab wheel or medicine ball. */
  | 'OTHER'
  /** A weight plate used on its own, e.g. a plate front raise. */
  | 'PLATE'
  /** A Smith machine (barbell on fixed rails). */
  | 'SMITH'
  /** A trap (hex) bar. */
  | 'TRAP_BAR';

/** Where an exercise sits in a day: WARMUP, MAIN work, or ACCESSORY work after it. */
export type ExerciseSection =
  /** Supporting work after the main lifts. */
  | 'ACCESSORY'
  /** The day’s main lifts. */
  | 'MAIN'
  /** Warm-up and activation before the main work. */
  | 'WARMUP';

/** The credentials of an account. */
export type LogInInput = {
  /** The login e-mail (case does not matter), up to 254 characters. */
  email: string;
  /** The password, 1–1024 characters. */
  password: string;
};

/** One performed set. Resending the same clientId is a no-op. A set needs reps, durationSeconds or distanceMeters. */
export type LogSetInput = {
  /** Average heart rate, 20–250 beats per minute. */
  avgHeartRate?: number | null | undefined;
  /** A UUID the client generates per set, so a retry never doubles it. */
  clientId: string;
  /** Distance covered, in metres (0–1000000). */
  distanceMeters?: number | null | undefined;
  /** Duration of timed or endurance work, in seconds (0–604800). */
  durationSeconds?: number | null | undefined;
  /** The Exercise performed. */
  exerciseId: string;
  /** A drop set (the load cut right after the previous set): counts for volume and records. Not with isWarmup. */
  isDropSet?: boolean;
  /** A warm-up set: counts for neither volume nor records. */
  isWarmup?: boolean;
  /** Maximum heart rate, 20–250 beats per minute. */
  maxHeartRate?: number | null | undefined;
  /** Free text, up to 2000 characters. */
  notes?: string | null | undefined;
  /** The planned set this fulfils. */
  plannedSetId?: string | null | undefined;
  /** Repetitions, 0–1000. */
  reps?: number | null | undefined;
  /** Rest taken before the set, in seconds (0–86400). */
  restSeconds?: number | null | undefined;
  /** Reps in reserve, 0–10. */
  rir?: number | null | undefined;
  /** Rate of perceived exertion, 1–10 in halves. */
  rpe?: number | null | undefined;
  /** The WorkoutSession (IN_PROGRESS) the set belongs to. */
  sessionId: string;
  /** Tempo as four phases, e.g. 3-1-X-0 or 31X0. */
  tempo?: string | null | undefined;
  /** Taken to muscular failure. */
  toFailure?: boolean;
  /** Load in kg, 0–1000 (0 for bodyweight); omit for work without a load. */
  weightKg?: number | null | undefined;
};

/** What a set of the exercise is measured in. */
export type MetricType =
  /** Distance in metres, e.g. a run, a row or a carry. */
  | 'DISTANCE'
  /** Repetitions (with a load). */
  | 'REPS'
  /** Duration in seconds, e.g. a plank or a bike interval. */
  | 'TIME'
  /** Seconds under load, e.g. tempo or isometric work. */
  | 'TIME_UNDER_TENSION';

/** Muscle group an exercise trains. */
export type MuscleGroup =
  /** Rectus abdominis and deep core. */
  | 'ABS'
  /** Lats, traps, rhomboids and spinal erectors. */
  | 'BACK'
  /** Elbow flexors: biceps, brachialis. */
  | 'BICEPS'
  /** Calves (ankle extensors). */
  | 'CALVES'
  /** Pectorals. */
  | 'CHEST'
  /** Forearms and grip. */
  | 'FOREARMS'
  /** No single group dominates, e.g. Olympic lifts and thrusters. */
  | 'FULL_BODY'
  /** Gluteal muscles (hip extension and abduction). */
  | 'GLUTES'
  /** Back of the thigh. */
  | 'HAMSTRINGS'
  /** Sides of the trunk: rotation and anti-rotation. */
  | 'OBLIQUES'
  /** Muscles not listed above, e.g. tibialis or adductors. */
  | 'OTHER'
  /** Quadriceps, front of the thigh. */
  | 'QUADS'
  /** Deltoids and rotator cuff. */
  | 'SHOULDERS'
  /** Elbow extensors. */
  | 'TRICEPS';

/** How a routine exercise progresses. Double progression needs a rep range; wave styles need a wave length. */
export type ProgressionRuleInput = {
  /** Deload every Nth cycle, N from 2 to 52; null for no planned deload. */
  deloadEveryNCycles?: number | null | undefined;
  /** Deload load as a percentage of the working load: greater than 0, less than 100, in tenths. */
  deloadPct?: number;
  /** Load added per step, in kg: 0–50, at most 2 decimals. */
  incrementKg?: number;
  /** Top of the rep range, ≥ repRangeMin. Required for DOUBLE_PROGRESSION. */
  repRangeMax?: number | null | undefined;
  /** Bottom of the rep range, ≥ 1. Required for DOUBLE_PROGRESSION. */
  repRangeMin?: number | null | undefined;
  /** The progression style. */
  style: ProgressionStyle;
  /** Steps in one wave, 2–8. Required for WAVE_LOADING and PERCENT_1RM_WAVE. */
  waveLength?: number | null | undefined;
};

/** How load or reps of a routine exercise advance from cycle to cycle. */
export type ProgressionStyle =
  /** Climb reps from `repRangeMin` to `repRangeMax`, then add `incrementKg` and drop back to the bottom. */
  | 'DOUBLE_PROGRESSION'
  /** Percentages of the 1RM / training max climbing through a wave of `waveLength` steps. */
  | 'PERCENT_1RM_WAVE'
  /** Load chosen from each set's target RPE and the last e1RM. */
  | 'RPE_AUTOREGULATION'
  /** Add `incrementKg` every successful cycle (linear). */
  | 'SINGLE_PROGRESSION'
  /** Waves of `waveLength` steps: load rises while reps fall, each wave starting a step higher. */
  | 'WAVE_LOADING';

/** The band a readiness score falls in, and so the load adjustment. */
export type ReadinessBand =
  /** 80 or more: train as prescribed. */
  | 'HIGH'
  /** 40–59: loads −10 %. */
  | 'LOW'
  /** 60–79: loads −5 %. */
  | 'MODERATE'
  /** No signal to score: train as prescribed. */
  | 'UNKNOWN'
  /** Below 40: loads −20 % and one working set fewer per exercise. */
  | 'VERY_LOW';

/** Record a day's body measurements. One row per athlete and day: sending the same day again (a retry, or a later reading) updates that row. Omitted fields keep their value; null clears one. */
export type RecordBodyMetricsInput = {
  /** The athlete (your own Athlete id). */
  athleteId: string;
  /** Body fat percentage, 0–100 (kept to 0.1). */
  bodyfatPct?: number | null | undefined;
  /** Your calendar day of the measurement; not in the future (tomorrow in UTC is accepted for time zones). */
  measuredOn: string;
  /** Up to 2000 characters. */
  notes?: string | null | undefined;
  /** Resting heart rate, 1–299 bpm. */
  restingHr?: number | null | undefined;
  /** Body weight in kg, 0 to under 700 (kept to 0.01 kg). */
  weightKg?: number | null | undefined;
};

/** What kind of personal record. Warm-ups, 0-rep and unloaded sets never set one. */
export type RecordKind =
  /** Best estimated one-rep max of a set (Epley, 1–12 reps), in kg. */
  | 'BEST_E1RM'
  /** Heaviest load lifted for at least one rep, in kg. */
  | 'HEAVIEST_WEIGHT'
  /** Most load × reps over one session's working sets of the exercise, in kg. */
  | 'SESSION_VOLUME'
  /** Most load × reps in one set, in kg. */
  | 'SET_VOLUME';

/** Record a day's recovery reading (the athlete only). One per day and source: sending the same day and source again (a retry, or a device sync) updates that reading. Omitted fields keep their value; null clears one. */
export type RecordRecoverySignalInput = {
  /** The athlete (an Athlete id). */
  athleteId: string;
  /** Heart-rate variability, 0.1–300 ms (kept to 0.1). */
  hrvMs?: number | null | undefined;
  /** Your calendar day of the reading; not in the future (tomorrow in UTC is accepted for time zones). */
  measuredOn: string;
  /** Up to 2000 characters. */
  notes?: string | null | undefined;
  /** Readiness score, 0–100 (kept to 0.1). */
  readiness?: number | null | undefined;
  /** Resting heart rate, 1–299 bpm. */
  restingHr?: number | null | undefined;
  /** A session of this athlete the reading relates to. */
  sessionId?: string | null | undefined;
  /** Hours slept, 0–24 (kept to 0.01). */
  sleepHours?: number | null | undefined;
  /** Sleep score, 0–100 (kept to 0.1). */
  sleepScore?: number | null | undefined;
  /** Defaults to MANUAL. */
  source?: RecoverySource | null | undefined;
};

/** Record how sore body parts are on a day (the athlete only). One entry per day and body part: sending a body part again that day (a retry, or a change) updates its entry. notes and inferredCauseSessionId apply to every entry sent; omitted, they keep their value. */
export type RecordSorenessInput = {
  /** The athlete (an Athlete id). */
  athleteId: string;
  /** 1–14 entries, each body part at most once. */
  entries: Array<SorenessEntryInput>;
  /** The session of this athlete you think caused it. */
  inferredCauseSessionId?: string | null | undefined;
  /** Your calendar day; not in the future (tomorrow in UTC is accepted for time zones). */
  loggedOn: string;
  /** Up to 2000 characters. */
  notes?: string | null | undefined;
};

/** Where a recovery reading came from: typed in, or a device. */
export type RecoverySource =
  /** Apple Health / Apple Watch. */
  | 'APPLE'
  /** A Garmin device. */
  | 'GARMIN'
  /** Typed in by the athlete. */
  | 'MANUAL'
  /** An Oura ring. */
  | 'OURA'
  /** A WHOOP band. */
  | 'WHOOP';

/** The API key to revoke. */
export type RevokeApiKeyInput = {
  /** The ApiKey to revoke. */
  id: string;
};

/** What an account may do. */
export type Role =
  /** Runs Repwise: sees every exercise, creates exercises and may edit any coach’s. */
  | 'ADMIN'
  /** Trains: logs their own sessions, sets and health data. */
  | 'ATHLETE'
  /** Coaches a roster: reads their athletes’ data, writes their plans and benchmarks, creates exercises. */
  | 'COACH';

/** One exercise of a day, with its planned sets (1–20) and an optional progression rule. */
export type RoutineDayExerciseInput = {
  /** A catalog exercise visible to the athlete: shipped or public, or a private one of the athlete's coach. */
  exerciseId: string;
  /** At most 1000 characters. */
  notes?: string | null | undefined;
  /** How the exercise progresses; omitted or null: no rule (an edit removes an existing one). */
  progressionRule?: ProgressionRuleInput | null | undefined;
  /** WARMUP, MAIN (default) or ACCESSORY. */
  section?: ExerciseSection;
  /** Planned sets in order (1–20); setIndex is assigned 1, 2, 3 … from this order. */
  sets: Array<RoutineExerciseSetInput>;
  /** Exercises of one day sharing this number are a superset: 1–30. */
  supersetGroup?: number | null | undefined;
};

/** One day of the rotation. A rest day has no exercises. */
export type RoutineDayInput = {
  /** Exercises in order (at most 30); position is assigned 1, 2, 3 … from this order. */
  exercises?: Array<RoutineDayExerciseInput>;
  /** A rest day: then `exercises` must be empty. */
  isRest?: boolean;
  /** At most 2000 characters. */
  notes?: string | null | undefined;
  /** Label, e.g. "Upper A": at most 100 characters. */
  title?: string | null | undefined;
};

/** One planned set. Every target is optional; send the ones the plan prescribes. */
export type RoutineExerciseSetInput = {
  /** A warm-up set. */
  isWarmup?: boolean;
  /** At most 1000 characters. */
  notes?: string | null | undefined;
  /** Distance in metres, 0–1,000,000, at most 2 decimals. */
  targetDistanceMeters?: number | null | undefined;
  /** Duration in seconds, 0–86400. */
  targetDurationSeconds?: number | null | undefined;
  /** Percentage of 1RM: greater than 0, at most 120, in tenths. */
  targetPct1rm?: number | null | undefined;
  /** Reps, 0–1000. */
  targetReps?: number | null | undefined;
  /** Top of a rep range, 0–1000 and at least targetRepsMin. */
  targetRepsMax?: number | null | undefined;
  /** Bottom of a rep range, 0–1000. */
  targetRepsMin?: number | null | undefined;
  /** Rest after the set in seconds, 0–3600. */
  targetRestSeconds?: number | null | undefined;
  /** Reps in reserve, 0–10. */
  targetRir?: number | null | undefined;
  /** RPE, 1–10 in halves. */
  targetRpe?: number | null | undefined;
  /** Four characters, digits or X: eccentric, pause, concentric, pause. E.g. "3010", "31X0". */
  targetTempo?: string | null | undefined;
  /** Load in kg, 0–1000, at most 2 decimals. */
  targetWeightKg?: number | null | undefined;
  /** Take the set to failure. */
  toFailure?: boolean;
};

/** PLANNED → IN_PROGRESS → COMPLETED (every planned set logged) | PARTIAL | SKIPPED. */
export type SessionStatus =
  /** Finished with every planned set logged. */
  | 'COMPLETED'
  /** Started: sets are being logged. An athlete has at most one at a time. */
  | 'IN_PROGRESS'
  /** Finished with some planned sets not logged. */
  | 'PARTIAL'
  /** Scheduled, not started; can be started, skipped or deleted. */
  | 'PLANNED'
  /** Not done; can still be deleted. */
  | 'SKIPPED';

/** Make a routine the athlete's one active routine. */
export type SetActiveRoutineInput = {
  /** The routine to follow from now on: one you may edit, not archived. */
  id: string;
};

/** How sore one body part is. */
export type SorenessEntryInput = {
  /** The sore body part. */
  bodyPart: MuscleGroup;
  /** 1 (barely) to 5 (very). */
  soreness: number;
};

/** Start a session: the next for a routine day, or a PLANNED session by id. Retrying returns the same session. */
export type StartSessionInput = {
  /** The routine day to train; required unless sessionId names a planned session. */
  routineDayId?: string | null | undefined;
  /** A PLANNED session of yours to start (from planSession). */
  sessionId?: string | null | undefined;
  /** The athlete's local calendar day (YYYY-MM-DD); defaults to today in UTC. Must be within a day of now. */
  workoutDate?: string | null | undefined;
};

/** Units the athlete reads weights in. The API always speaks kg; clients convert for display. */
export type UnitSystem =
  /** Pounds: clients convert the API’s kg for display. */
  | 'IMPERIAL'
  /** Kilograms (the default). */
  | 'METRIC';

/** An edit of a routine, guarded by the revision it was based on. Omitted fields stay as they are. */
export type UpdateRoutineInput = {
  /** The whole new tree, replacing the old one (omitted or null: the tree is unchanged). Ids survive by position: the day at the same dayIndex keeps its id; an exercise keeps its id when the same exercise stays at the same position of a kept day; a planned set keeps its id at the same setIndex of a kept exercise (its targets are updated in place). Everything else is added or removed: set logs of a removed planned set and sessions of a removed day stay, unlinked from the plan. To keep history attached, edit in place rather than reorder. */
  days?: Array<RoutineDayInput> | null | undefined;
  /** Omitted: unchanged; null: cleared. */
  description?: string | null | undefined;
  /** The routine to edit: one you may edit, not archived. */
  id: string;
  /** 1–120 characters, unique among the athlete's routines. Omitted or null: unchanged. */
  name?: string | null | undefined;
  /** The revision you read. If the routine changed since, the edit is refused with CONFLICT: reload and edit again. */
  revision: number;
  /** Planned first day, 1900-01-01 to 2199-12-31. Omitted: unchanged; null: cleared. */
  startsOn?: string | null | undefined;
};

/** Change the viewer's own settings. An omitted field keeps its value; null restores its default. */
export type UpdateSettingsInput = {
  /** Bar weight in kg, 0–100 (0 for no bar; kept to 0.01 kg). */
  barWeightKg?: number | null | undefined;
  /** Formula for estimated 1RMs; null restores EPLEY. */
  e1rmFormula?: E1rmFormula | null | undefined;
  /** 1–20 distinct plate sizes in kg, each positive, at most 50 and a multiple of 0.25. Stored heaviest first. */
  platesKg?: Array<number> | null | undefined;
  /** Units to display weights in; null restores METRIC. */
  unitSystem?: UnitSystem | null | undefined;
};

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { __typename: 'Mutation', logIn: { __typename: 'LogInPayload', token: string, user: { __typename: 'User', id: string, role: Role, fullName: string | null, username: string, athlete: { __typename: 'Athlete', id: string } | null, coach: { __typename: 'Coach' } | null } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, role: Role, username: string, fullName: string | null, settings: { __typename: 'UserSettings', unitSystem: UnitSystem }, athlete: { __typename: 'Athlete', id: string, displayName: string } | null, coach: { __typename: 'Coach' } | null } | null };

export type RosterQueryVariables = Exact<{ [key: string]: never; }>;


export type RosterQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, coach: { __typename: 'Coach', athletes: { __typename: 'AthleteConnection', totalCount: number, edges: Array<{ __typename: 'AthleteEdge', cursor: string, node: (
            { __typename: 'Athlete', id: string }
            & { ' $fragmentRefs'?: { 'RosterAthleteFragment': RosterAthleteFragment } }
          ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null } | null };

export type WatchSessionQueryVariables = Exact<{
  sessionId: string;
}>;


export type WatchSessionQuery = { __typename: 'Query', node:
    | { __typename: 'Athlete', id: string }
    | { __typename: 'Benchmark', id: string }
    | { __typename: 'BodyMetric', id: string }
    | { __typename: 'Cycle', id: string }
    | { __typename: 'Exercise', id: string }
    | { __typename: 'ExerciseSetLog', id: string }
    | { __typename: 'ImportLog', id: string }
    | { __typename: 'PersonalBest', id: string }
    | { __typename: 'RecoverySignal', id: string }
    | { __typename: 'Routine', id: string }
    | { __typename: 'RoutineDay', id: string }
    | { __typename: 'RoutineDayExercise', id: string }
    | { __typename: 'RoutineExerciseSet', id: string }
    | { __typename: 'SorenessLog', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WorkoutSession', status: SessionStatus, workoutDate: string, startedAt: string | null, completedAt: string | null, id: string, athlete: { __typename: 'Athlete', id: string, displayName: string }, routineDay: { __typename: 'RoutineDay', id: string, title: string | null, exercises: Array<{ __typename: 'RoutineDayExercise', id: string, position: number, exercise: { __typename: 'Exercise', id: string, name: string }, sets: Array<{ __typename: 'RoutineExerciseSet', id: string }> }> } | null, setLogs: Array<{ __typename: 'ExerciseSetLog', id: string, plannedSetId: string | null, setIndex: number, weightKg: number, reps: number, rpe: number | null, isWarmup: boolean, performedAt: string, exercise: { __typename: 'Exercise', id: string, name: string } }>, progress: (
        { __typename: 'SessionProgress' }
        & { ' $fragmentRefs'?: { 'SessionProgressFieldsFragment': SessionProgressFieldsFragment } }
      ) }
   | null };

export type RosterAthleteFragment = { __typename: 'Athlete', id: string, displayName: string, activeRoutine: { __typename: 'Routine', id: string, name: string } | null, currentSession: { __typename: 'WorkoutSession', id: string, status: SessionStatus, startedAt: string | null, routineDay: { __typename: 'RoutineDay', id: string, title: string | null } | null } | null } & { ' $fragmentName'?: 'RosterAthleteFragment' };

export type MonthSessionsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type MonthSessionsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, athlete: { __typename: 'Athlete', id: string, sessions: { __typename: 'WorkoutSessionConnection', edges: Array<{ __typename: 'WorkoutSessionEdge', node: (
            { __typename: 'WorkoutSession', id: string }
            & { ' $fragmentRefs'?: { 'CalendarSessionFragment': CalendarSessionFragment } }
          ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } } | null } | null };

export type CalendarSessionFragment = { __typename: 'WorkoutSession', id: string, workoutDate: string, slot: number, status: SessionStatus, notes: string | null, routineDay: { __typename: 'RoutineDay', id: string, title: string | null } | null, progress: { __typename: 'SessionProgress', sessionId: string, setsDone: number, volumeKg: number } } & { ' $fragmentName'?: 'CalendarSessionFragment' };

export type SessionDetailQueryVariables = Exact<{
  id: string;
}>;


export type SessionDetailQuery = { __typename: 'Query', node:
    | { __typename: 'Athlete', id: string }
    | { __typename: 'Benchmark', id: string }
    | { __typename: 'BodyMetric', id: string }
    | { __typename: 'Cycle', id: string }
    | { __typename: 'Exercise', id: string }
    | { __typename: 'ExerciseSetLog', id: string }
    | { __typename: 'ImportLog', id: string }
    | { __typename: 'PersonalBest', id: string }
    | { __typename: 'RecoverySignal', id: string }
    | { __typename: 'Routine', id: string }
    | { __typename: 'RoutineDay', id: string }
    | { __typename: 'RoutineDayExercise', id: string }
    | { __typename: 'RoutineExerciseSet', id: string }
    | { __typename: 'SorenessLog', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WorkoutSession', workoutDate: string, slot: number, status: SessionStatus, startedAt: string | null, completedAt: string | null, notes: string | null, location: string | null, bodyweightKg: number | null, perceivedFatigue: number | null, id: string, routineDay: { __typename: 'RoutineDay', id: string, title: string | null } | null, progress: { __typename: 'SessionProgress', sessionId: string, setsDone: number, setsPlanned: number, volumeKg: number }, setLogs: Array<{ __typename: 'ExerciseSetLog', id: string, setIndex: number, weightKg: number, reps: number, rpe: number | null, rir: number | null, isWarmup: boolean, toFailure: boolean, durationSeconds: number | null, distanceMeters: number | null, notes: string | null, exercise: { __typename: 'Exercise', id: string, name: string, metricType: MetricType } }>, personalRecords: Array<{ __typename: 'PersonalBest', id: string, kind: RecordKind, value: number, exercise: { __typename: 'Exercise', id: string, name: string } }> }
   | null };

export type BodyMetricsQueryVariables = Exact<{
  from: string;
}>;


export type BodyMetricsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, athlete: { __typename: 'Athlete', id: string, bodyMetrics: { __typename: 'BodyMetricConnection', edges: Array<{ __typename: 'BodyMetricEdge', node: { __typename: 'BodyMetric', id: string, measuredOn: string, weightKg: number | null } }> } } | null } | null };

export type ExerciseRecordsQueryVariables = Exact<{
  exerciseId: string;
}>;


export type ExerciseRecordsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, athlete: { __typename: 'Athlete', id: string, personalRecords: { __typename: 'PersonalBestConnection', edges: Array<{ __typename: 'PersonalBestEdge', node: { __typename: 'PersonalBest', id: string, kind: RecordKind, value: number, achievedAt: string, session: { __typename: 'WorkoutSession', id: string, workoutDate: string } | null } }> } } | null } | null };

export type ProgressOverviewQueryVariables = Exact<{
  weeks: number;
}>;


export type ProgressOverviewQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, athlete: { __typename: 'Athlete', id: string, analytics: { __typename: 'AthleteAnalytics', from: string, asOf: string, weeks: number, e1rmTrend: Array<{ __typename: 'ExerciseTrend', sessions: number, latestE1rmKg: number, changePct: number | null, slopeKgPerWeek: number | null, exercise: { __typename: 'Exercise', id: string, name: string }, points: Array<{ __typename: 'E1rmPoint', date: string, e1rmKg: number }> }>, weeklyVolume: Array<{ __typename: 'WeekVolume', week: string, weekStart: string, muscles: Array<{ __typename: 'MuscleVolume', muscle: MuscleGroup, hardSets: number, tonnageKg: number }> }>, adherence: Array<{ __typename: 'WeekAdherence', week: string, weekStart: string, sessionsPlanned: number, sessionsDone: number, sessionRatio: number | null, unplannedSessions: number }> } } | null } | null };

export type RecordBodyMetricsMutationVariables = Exact<{
  input: RecordBodyMetricsInput;
}>;


export type RecordBodyMetricsMutation = { __typename: 'Mutation', recordBodyMetrics: { __typename: 'RecordBodyMetricsPayload', created: boolean, bodyMetric: { __typename: 'BodyMetric', id: string, measuredOn: string, weightKg: number | null } } };

export type SessionProgressFieldsFragment = { __typename: 'SessionProgress', sessionId: string, setsDone: number, setsPlanned: number, volumeKg: number, status: SessionStatus } & { ' $fragmentName'?: 'SessionProgressFieldsFragment' };

export type SessionProgressUpdatesSubscriptionVariables = Exact<{
  sessionId: string;
}>;


export type SessionProgressUpdatesSubscription = { sessionProgress: (
    { __typename: 'SessionProgress' }
    & { ' $fragmentRefs'?: { 'SessionProgressFieldsFragment': SessionProgressFieldsFragment } }
  ) };

export type RoutineDryRunQueryVariables = Exact<{
  id: string;
  cycles: number;
}>;


export type RoutineDryRunQuery = { __typename: 'Query', node:
    | { __typename: 'Athlete', id: string }
    | { __typename: 'Benchmark', id: string }
    | { __typename: 'BodyMetric', id: string }
    | { __typename: 'Cycle', id: string }
    | { __typename: 'Exercise', id: string }
    | { __typename: 'ExerciseSetLog', id: string }
    | { __typename: 'ImportLog', id: string }
    | { __typename: 'PersonalBest', id: string }
    | { __typename: 'RecoverySignal', id: string }
    | { __typename: 'Routine', revision: number, id: string, dryRun: { __typename: 'RoutineDryRun', startCycleNumber: number, sessions: Array<(
          { __typename: 'DryRunSession' }
          & { ' $fragmentRefs'?: { 'DryRunSessionFieldsFragment': DryRunSessionFieldsFragment } }
        )> } }
    | { __typename: 'RoutineDay', id: string }
    | { __typename: 'RoutineDayExercise', id: string }
    | { __typename: 'RoutineExerciseSet', id: string }
    | { __typename: 'SorenessLog', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WorkoutSession', id: string }
   | null };

export type DryRunSessionFieldsFragment = { __typename: 'DryRunSession', index: number, cycleNumber: number, dayIndex: number, dayTitle: string | null, isDeload: boolean, exercises: Array<{ __typename: 'DryRunExercise', isDeload: boolean, exercise: { __typename: 'Exercise', id: string, name: string }, sets: Array<{ __typename: 'DryRunSet', setIndex: number, isWarmup: boolean, amrap: boolean, targetReps: number | null, targetRpe: number | null, targetWeightKg: number | null }>, decisions: Array<{ __typename: 'DryRunDecision', code: string, message: string, setIndex: number | null }> }> } & { ' $fragmentName'?: 'DryRunSessionFieldsFragment' };

export type RoutineExerciseSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type RoutineExerciseSearchQuery = { __typename: 'Query', exercises: { __typename: 'ExerciseConnection', edges: Array<{ __typename: 'ExerciseEdge', node: { __typename: 'Exercise', id: string, name: string, equipment: Equipment, primaryMuscle: MuscleGroup } }> } };

export type ArchiveRoutineMutationVariables = Exact<{
  input: ArchiveRoutineInput;
}>;


export type ArchiveRoutineMutation = { __typename: 'Mutation', archiveRoutine: { __typename: 'ArchiveRoutinePayload', routine: { __typename: 'Routine', id: string, isActive: boolean, revision: number, archivedAt: string | null, athlete: { __typename: 'Athlete', id: string } } } };

export type DuplicateRoutineMutationVariables = Exact<{
  input: DuplicateRoutineInput;
}>;


export type DuplicateRoutineMutation = { __typename: 'Mutation', duplicateRoutine: { __typename: 'DuplicateRoutinePayload', routine: { __typename: 'Routine', id: string, name: string, athlete: { __typename: 'Athlete', id: string } } } };

export type SetActiveRoutineMutationVariables = Exact<{
  input: SetActiveRoutineInput;
}>;


export type SetActiveRoutineMutation = { __typename: 'Mutation', setActiveRoutine: { __typename: 'SetActiveRoutinePayload', routine: { __typename: 'Routine', id: string, isActive: boolean, athlete: { __typename: 'Athlete', id: string } }, deactivatedRoutines: Array<{ __typename: 'Routine', id: string, isActive: boolean }> } };

export type RoutineEditorQueryVariables = Exact<{
  id: string;
}>;


export type RoutineEditorQuery = { __typename: 'Query', node:
    | { __typename: 'Athlete', id: string }
    | { __typename: 'Benchmark', id: string }
    | { __typename: 'BodyMetric', id: string }
    | { __typename: 'Cycle', id: string }
    | { __typename: 'Exercise', id: string }
    | { __typename: 'ExerciseSetLog', id: string }
    | { __typename: 'ImportLog', id: string }
    | { __typename: 'PersonalBest', id: string }
    | { __typename: 'RecoverySignal', id: string }
    | { __typename: 'Routine', name: string, description: string | null, revision: number, isActive: boolean, archivedAt: string | null, id: string, athlete: { __typename: 'Athlete', id: string, displayName: string, nextRoutineDay: { __typename: 'RoutineDay', id: string } | null }, days: Array<{ __typename: 'RoutineDay', id: string, dayIndex: number, title: string | null, isRest: boolean, notes: string | null, exercises: Array<{ __typename: 'RoutineDayExercise', id: string, position: number, section: ExerciseSection, supersetGroup: number | null, notes: string | null, exercise: { __typename: 'Exercise', id: string, name: string, equipment: Equipment }, progressionRule: { __typename: 'ProgressionRule', style: ProgressionStyle, incrementKg: number, repRangeMin: number | null, repRangeMax: number | null, waveLength: number | null, deloadEveryNCycles: number | null, deloadPct: number } | null, sets: Array<{ __typename: 'RoutineExerciseSet', id: string, setIndex: number, isWarmup: boolean, toFailure: boolean, targetReps: number | null, targetRepsMin: number | null, targetRepsMax: number | null, targetWeightKg: number | null, targetPct1rm: number | null, targetRir: number | null, targetRpe: number | null, targetTempo: string | null, targetRestSeconds: number | null, targetDurationSeconds: number | null, targetDistanceMeters: number | null, notes: string | null }> }> }> }
    | { __typename: 'RoutineDay', id: string }
    | { __typename: 'RoutineDayExercise', id: string }
    | { __typename: 'RoutineExerciseSet', id: string }
    | { __typename: 'SorenessLog', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WorkoutSession', id: string }
   | null };

export type RoutineAthleteQueryVariables = Exact<{
  id: string;
}>;


export type RoutineAthleteQuery = { __typename: 'Query', node:
    | { __typename: 'Athlete', displayName: string, id: string }
    | { __typename: 'Benchmark', id: string }
    | { __typename: 'BodyMetric', id: string }
    | { __typename: 'Cycle', id: string }
    | { __typename: 'Exercise', id: string }
    | { __typename: 'ExerciseSetLog', id: string }
    | { __typename: 'ImportLog', id: string }
    | { __typename: 'PersonalBest', id: string }
    | { __typename: 'RecoverySignal', id: string }
    | { __typename: 'Routine', id: string }
    | { __typename: 'RoutineDay', id: string }
    | { __typename: 'RoutineDayExercise', id: string }
    | { __typename: 'RoutineExerciseSet', id: string }
    | { __typename: 'SorenessLog', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WorkoutSession', id: string }
   | null };

export type RoutineListQueryVariables = Exact<{
  athleteId: string;
  includeArchived: boolean;
}>;


export type RoutineListQuery = { __typename: 'Query', node:
    | { __typename: 'Athlete', displayName: string, id: string, routines: { __typename: 'RoutineConnection', edges: Array<{ __typename: 'RoutineEdge', node: { __typename: 'Routine', id: string, name: string, description: string | null, isActive: boolean, revision: number, archivedAt: string | null, updatedAt: string, days: Array<{ __typename: 'RoutineDay', id: string, isRest: boolean }> } }> } }
    | { __typename: 'Benchmark', id: string }
    | { __typename: 'BodyMetric', id: string }
    | { __typename: 'Cycle', id: string }
    | { __typename: 'Exercise', id: string }
    | { __typename: 'ExerciseSetLog', id: string }
    | { __typename: 'ImportLog', id: string }
    | { __typename: 'PersonalBest', id: string }
    | { __typename: 'RecoverySignal', id: string }
    | { __typename: 'Routine', id: string }
    | { __typename: 'RoutineDay', id: string }
    | { __typename: 'RoutineDayExercise', id: string }
    | { __typename: 'RoutineExerciseSet', id: string }
    | { __typename: 'SorenessLog', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WorkoutSession', id: string }
   | null };

export type CreateRoutineMutationVariables = Exact<{
  input: CreateRoutineInput;
}>;


export type CreateRoutineMutation = { __typename: 'Mutation', createRoutine: { __typename: 'CreateRoutinePayload', routine: { __typename: 'Routine', id: string, name: string, revision: number, isActive: boolean, athlete: { __typename: 'Athlete', id: string } } } };

export type UpdateRoutineMutationVariables = Exact<{
  input: UpdateRoutineInput;
}>;


export type UpdateRoutineMutation = { __typename: 'Mutation', updateRoutine: { __typename: 'UpdateRoutinePayload', routine: { __typename: 'Routine', id: string, name: string, description: string | null, revision: number, athlete: { __typename: 'Athlete', id: string }, days: Array<{ __typename: 'RoutineDay', id: string, dayIndex: number, title: string | null, isRest: boolean, notes: string | null, exercises: Array<{ __typename: 'RoutineDayExercise', id: string, position: number, exercise: { __typename: 'Exercise', id: string, name: string }, sets: Array<{ __typename: 'RoutineExerciseSet', id: string, setIndex: number, isWarmup: boolean, toFailure: boolean, targetReps: number | null, targetRepsMin: number | null, targetRepsMax: number | null, targetWeightKg: number | null, targetRpe: number | null, targetRir: number | null, targetRestSeconds: number | null }> }> }> } } };

export type ApiKeyFieldsFragment = { __typename: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<ApiKeyScope>, active: boolean, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, expiresAt: string | null } & { ' $fragmentName'?: 'ApiKeyFieldsFragment' };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename: 'Query', apiKeys: { __typename: 'ApiKeyConnection', edges: Array<{ __typename: 'ApiKeyEdge', cursor: string, node: (
        { __typename: 'ApiKey', id: string }
        & { ' $fragmentRefs'?: { 'ApiKeyFieldsFragment': ApiKeyFieldsFragment } }
      ) }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean } } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename: 'Mutation', createApiKey: { __typename: 'CreateApiKeyPayload', secret: string, apiKey: (
      { __typename: 'ApiKey', id: string }
      & { ' $fragmentRefs'?: { 'ApiKeyFieldsFragment': ApiKeyFieldsFragment } }
    ) } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { __typename: 'Mutation', revokeApiKey: { __typename: 'RevokeApiKeyPayload', apiKey: (
      { __typename: 'ApiKey', id: string }
      & { ' $fragmentRefs'?: { 'ApiKeyFieldsFragment': ApiKeyFieldsFragment } }
    ) } };

export type TrainingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingSettingsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, settings: { __typename: 'UserSettings', unitSystem: UnitSystem, e1rmFormula: E1rmFormula, barWeightKg: number, platesKg: Array<number>, saved: boolean } } | null };

export type UpdateSettingsMutationVariables = Exact<{
  input: UpdateSettingsInput;
}>;


export type UpdateSettingsMutation = { __typename: 'Mutation', updateSettings: { __typename: 'UpdateSettingsPayload', user: { __typename: 'User', id: string, settings: { __typename: 'UserSettings', unitSystem: UnitSystem, e1rmFormula: E1rmFormula, barWeightKg: number, platesKg: Array<number>, saved: boolean } } } };

export type CompleteSessionMutationVariables = Exact<{
  input: CompleteSessionInput;
}>;


export type CompleteSessionMutation = { __typename: 'Mutation', completeSession: { __typename: 'CompleteSessionPayload', session: { __typename: 'WorkoutSession', id: string, status: SessionStatus, completedAt: string | null, revision: number, athlete: { __typename: 'Athlete', id: string } }, progress: { __typename: 'SessionProgress', sessionId: string, setsDone: number, setsPlanned: number, volumeKg: number, status: SessionStatus }, nextTime: Array<{ __typename: 'ExerciseNextTime', isDeload: boolean, exercise: { __typename: 'Exercise', id: string, name: string }, targets: Array<{ __typename: 'NextTimeTarget', setIndex: number, weightKg: number, reps: number, amrap: boolean, rpe: number | null }>, reasons: Array<{ __typename: 'PrescriptionReason', code: string, message: string, setIndex: number | null }> }> } };

export type ExerciseSearchQueryVariables = Exact<{
  search: string;
}>;


export type ExerciseSearchQuery = { __typename: 'Query', exercises: { __typename: 'ExerciseConnection', edges: Array<{ __typename: 'ExerciseEdge', node: (
        { __typename: 'Exercise', id: string, primaryMuscle: MuscleGroup, equipment: Equipment }
        & { ' $fragmentRefs'?: { 'LoggerExerciseFragment': LoggerExerciseFragment } }
      ) }> } };

export type LogSetMutationVariables = Exact<{
  input: LogSetInput;
}>;


export type LogSetMutation = { __typename: 'Mutation', logSet: { __typename: 'LogSetPayload', setLog: (
      { __typename: 'ExerciseSetLog', id: string, plannedSetId: string | null }
      & { ' $fragmentRefs'?: { 'LoggedSetFragment': LoggedSetFragment } }
    ), progress: (
      { __typename: 'SessionProgress' }
      & { ' $fragmentRefs'?: { 'SessionProgressFieldsFragment': SessionProgressFieldsFragment } }
    ), records: Array<{ __typename: 'PersonalRecord', kind: RecordKind, valueKg: number, previousKg: number | null, exercise: { __typename: 'Exercise', id: string, name: string } }> } };

export type PlateSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlateSettingsQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, settings: { __typename: 'UserSettings', barWeightKg: number, platesKg: Array<number> } } | null };

export type RecordRecoverySignalMutationVariables = Exact<{
  input: RecordRecoverySignalInput;
}>;


export type RecordRecoverySignalMutation = { __typename: 'Mutation', recordRecoverySignal: { __typename: 'RecordRecoverySignalPayload', created: boolean, recoverySignal: { __typename: 'RecoverySignal', id: string, measuredOn: string, sleepHours: number | null, readiness: number | null } } };

export type RecordSorenessMutationVariables = Exact<{
  input: RecordSorenessInput;
}>;


export type RecordSorenessMutation = { __typename: 'Mutation', recordSoreness: { __typename: 'RecordSorenessPayload', sorenessLogs: Array<{ __typename: 'SorenessLog', id: string, bodyPart: MuscleGroup, soreness: number, loggedOn: string }> } };

export type StartSessionMutationVariables = Exact<{
  input: StartSessionInput;
}>;


export type StartSessionMutation = { __typename: 'Mutation', startSession: { __typename: 'StartSessionPayload', session: (
      { __typename: 'WorkoutSession', id: string, status: SessionStatus, athlete: { __typename: 'Athlete', id: string }, prescription: (
        { __typename: 'SessionPrescription' }
        & { ' $fragmentRefs'?: { 'ReadinessSummaryFragment': ReadinessSummaryFragment } }
      ) | null }
      & { ' $fragmentRefs'?: { 'SessionLoggerFragment': SessionLoggerFragment } }
    ) } };

export type LoggerSubstitutesQueryVariables = Exact<{
  exerciseId: string;
  athleteId: string;
}>;


export type LoggerSubstitutesQuery = { __typename: 'Query', node:
    | { __typename: 'Athlete', id: string }
    | { __typename: 'Benchmark', id: string }
    | { __typename: 'BodyMetric', id: string }
    | { __typename: 'Cycle', id: string }
    | { __typename: 'Exercise', id: string, substitutes: { __typename: 'ExerciseSubstitutes', assumedFullGym: boolean, substitutes: Array<{ __typename: 'ExerciseSubstitute', score: number, reasons: Array<string>, exercise: (
            { __typename: 'Exercise', id: string }
            & { ' $fragmentRefs'?: { 'LoggerExerciseFragment': LoggerExerciseFragment } }
          ) }> } }
    | { __typename: 'ExerciseSetLog', id: string }
    | { __typename: 'ImportLog', id: string }
    | { __typename: 'PersonalBest', id: string }
    | { __typename: 'RecoverySignal', id: string }
    | { __typename: 'Routine', id: string }
    | { __typename: 'RoutineDay', id: string }
    | { __typename: 'RoutineDayExercise', id: string }
    | { __typename: 'RoutineExerciseSet', id: string }
    | { __typename: 'SorenessLog', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'WorkoutSession', id: string }
   | null };

export type TodayQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayQuery = { __typename: 'Query', viewer: { __typename: 'User', id: string, coach: { __typename: 'Coach' } | null, athlete: { __typename: 'Athlete', id: string, displayName: string, activeRoutine: { __typename: 'Routine', id: string, name: string } | null, currentSession: (
        { __typename: 'WorkoutSession', id: string, prescription: (
          { __typename: 'SessionPrescription' }
          & { ' $fragmentRefs'?: { 'ReadinessSummaryFragment': ReadinessSummaryFragment } }
        ) | null }
        & { ' $fragmentRefs'?: { 'SessionLoggerFragment': SessionLoggerFragment } }
      ) | null, nextRoutineDay: (
        { __typename: 'RoutineDay', id: string }
        & { ' $fragmentRefs'?: { 'NextDayPlanFragment': NextDayPlanFragment } }
      ) | null } | null } | null };

export type LoggerExerciseFragment = { __typename: 'Exercise', id: string, name: string, lastTime: { __typename: 'ExerciseLastTime', workoutDate: string, sets: Array<{ __typename: 'ExerciseSetLog', id: string, setIndex: number, weightKg: number, reps: number, isWarmup: boolean, isDropSet: boolean, toFailure: boolean }> } | null } & { ' $fragmentName'?: 'LoggerExerciseFragment' };

export type NextDayPlanFragment = { __typename: 'RoutineDay', id: string, title: string | null, dayIndex: number, isRest: boolean, notes: string | null, exercises: Array<{ __typename: 'RoutineDayExercise', id: string, position: number, notes: string | null, exercise: { __typename: 'Exercise', id: string, name: string }, sets: Array<(
      { __typename: 'RoutineExerciseSet', id: string }
      & { ' $fragmentRefs'?: { 'PlannedSetFieldsFragment': PlannedSetFieldsFragment } }
    )> }> } & { ' $fragmentName'?: 'NextDayPlanFragment' };

export type PlannedSetFieldsFragment = { __typename: 'RoutineExerciseSet', id: string, setIndex: number, targetReps: number | null, targetWeightKg: number | null, targetRpe: number | null, targetRir: number | null, isWarmup: boolean, toFailure: boolean, targetRestSeconds: number | null } & { ' $fragmentName'?: 'PlannedSetFieldsFragment' };

export type ReadinessSummaryFragment = { __typename: 'SessionPrescription', readinessLoadFactor: number, readiness: { __typename: 'Readiness', score: number | null, band: ReadinessBand, reason: string, loadAdjustmentPct: number, dropSets: number } } & { ' $fragmentName'?: 'ReadinessSummaryFragment' };

export type SessionLoggerFragment = { __typename: 'WorkoutSession', id: string, status: SessionStatus, workoutDate: string, startedAt: string | null, athlete: { __typename: 'Athlete', id: string }, routineDay: { __typename: 'RoutineDay', id: string, title: string | null, dayIndex: number, exercises: Array<{ __typename: 'RoutineDayExercise', id: string, position: number, notes: string | null, supersetGroup: number | null, exercise: (
        { __typename: 'Exercise', id: string }
        & { ' $fragmentRefs'?: { 'LoggerExerciseFragment': LoggerExerciseFragment } }
      ), sets: Array<(
        { __typename: 'RoutineExerciseSet', id: string }
        & { ' $fragmentRefs'?: { 'PlannedSetFieldsFragment': PlannedSetFieldsFragment } }
      )> }> } | null, setLogs: Array<(
    { __typename: 'ExerciseSetLog', id: string, plannedSetId: string | null, clientId: string, exercise: (
      { __typename: 'Exercise', id: string }
      & { ' $fragmentRefs'?: { 'LoggerExerciseFragment': LoggerExerciseFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'LoggedSetFragment': LoggedSetFragment } }
  )>, prescription: { __typename: 'SessionPrescription', exercises: Array<{ __typename: 'PrescribedExercise', sets: Array<{ __typename: 'PrescribedSet', plannedSetId: string, targetWeightKg: number | null, targetReps: number | null, targetRpe: number | null, amrap: boolean, platesPerSide: Array<number> | null }> }> } | null, progress: (
    { __typename: 'SessionProgress' }
    & { ' $fragmentRefs'?: { 'SessionProgressFieldsFragment': SessionProgressFieldsFragment } }
  ) } & { ' $fragmentName'?: 'SessionLoggerFragment' };

export type LoggedSetFragment = { __typename: 'ExerciseSetLog', id: string, clientId: string, plannedSetId: string | null, weightKg: number, reps: number, rpe: number | null, isWarmup: boolean, isDropSet: boolean, toFailure: boolean, setIndex: number, performedAt: string, exercise: { __typename: 'Exercise', id: string, name: string } } & { ' $fragmentName'?: 'LoggedSetFragment' };

export const RosterAthleteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterAthlete"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Athlete"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activeRoutine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RosterAthleteFragment, unknown>;
export const CalendarSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkoutSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}}]}}]}}]} as unknown as DocumentNode<CalendarSessionFragment, unknown>;
export const DryRunSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DryRunSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DryRunSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"cycleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"dayTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isDeload"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"isDeload"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"amrap"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}}]}}]}}]}}]} as unknown as DocumentNode<DryRunSessionFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const PlannedSetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineExerciseSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetRir"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"targetRestSeconds"}}]}}]} as unknown as DocumentNode<PlannedSetFieldsFragment, unknown>;
export const NextDayPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextDayPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"isRest"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedSetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineExerciseSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetRir"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"targetRestSeconds"}}]}}]} as unknown as DocumentNode<NextDayPlanFragment, unknown>;
export const ReadinessSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPrescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readinessLoadFactor"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"loadAdjustmentPct"}},{"kind":"Field","name":{"kind":"Name","value":"dropSets"}}]}}]}}]} as unknown as DocumentNode<ReadinessSummaryFragment, unknown>;
export const LoggerExerciseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggerExercise"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exercise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"isDropSet"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}}]}}]}}]}}]} as unknown as DocumentNode<LoggerExerciseFragment, unknown>;
export const LoggedSetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseSetLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"isDropSet"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoggedSetFragment, unknown>;
export const SessionProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SessionProgressFieldsFragment, unknown>;
export const SessionLoggerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionLogger"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkoutSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"supersetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggerExercise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedSetFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"setLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggerExercise"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"amrap"}},{"kind":"Field","name":{"kind":"Name","value":"platesPerSide"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggerExercise"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exercise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"isDropSet"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineExerciseSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetRir"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"targetRestSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseSetLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"isDropSet"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SessionLoggerFragment, unknown>;
export const LogInDocument = {"__meta__":{"hash":"442f6a3c3a13374085c3d6e12b8428a0c1da5a5cfc0c435afcb215ee2d1b23d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const ViewerDocument = {"__meta__":{"hash":"bcc79890b6186bad140c7cf6b1c4c04d15c8be56b3330e6940e965e0d7b3b873"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unitSystem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const RosterDocument = {"__meta__":{"hash":"8b188d3d4b65be79a5102dfcc4b9da88bccbfdc9b250dc022c07e2cbe824dce7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"athletes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RosterAthlete"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterAthlete"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Athlete"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activeRoutine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RosterQuery, RosterQueryVariables>;
export const WatchSessionDocument = {"__meta__":{"hash":"48b45150b268629b4624ba2b3f9527ab8ea33a7003789dbc8a3fa7e8c893f304"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WatchSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkoutSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"setLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProgressFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<WatchSessionQuery, WatchSessionQueryVariables>;
export const MonthSessionsDocument = {"__meta__":{"hash":"9277fa49d5fefbb92ced0f053d6808daa4fe24e481e66cab7cbe7346387ae3a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarSession"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkoutSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}}]}}]}}]} as unknown as DocumentNode<MonthSessionsQuery, MonthSessionsQueryVariables>;
export const SessionDetailDocument = {"__meta__":{"hash":"78c6f9c22b381a9c685aac09ecd356ebe3126b9129362a96b055ffc6afb504be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkoutSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"bodyweightKg"}},{"kind":"Field","name":{"kind":"Name","value":"perceivedFatigue"}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"setLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}},{"kind":"Field","name":{"kind":"Name","value":"rir"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metricType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"personalRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionDetailQuery, SessionDetailQueryVariables>;
export const BodyMetricsDocument = {"__meta__":{"hash":"9e25d40df324e830a6dfdba37ce8226007812944fee6947f1d85e3a67119aead"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BodyMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BodyMetricsQuery, BodyMetricsQueryVariables>;
export const ExerciseRecordsDocument = {"__meta__":{"hash":"328bb805257982ea115706877fbd3354ac69a5fe488769a1129e220bcdb23afc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExerciseRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exerciseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"4"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"exerciseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exerciseId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"achievedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExerciseRecordsQuery, ExerciseRecordsQueryVariables>;
export const ProgressOverviewDocument = {"__meta__":{"hash":"c2b9704338bb1ae1a89f121966db0cd1fd7713e750cd71fdd60b6ec335604361"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"weeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"weeks"}},{"kind":"Field","name":{"kind":"Name","value":"e1rmTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"latestE1rmKg"}},{"kind":"Field","name":{"kind":"Name","value":"changePct"}},{"kind":"Field","name":{"kind":"Name","value":"slopeKgPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"e1rmKg"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeklyVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"muscles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"muscle"}},{"kind":"Field","name":{"kind":"Name","value":"hardSets"}},{"kind":"Field","name":{"kind":"Name","value":"tonnageKg"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"adherence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"weekStart"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsDone"}},{"kind":"Field","name":{"kind":"Name","value":"sessionRatio"}},{"kind":"Field","name":{"kind":"Name","value":"unplannedSessions"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgressOverviewQuery, ProgressOverviewQueryVariables>;
export const RecordBodyMetricsDocument = {"__meta__":{"hash":"7f31eccdc633e1789eba2a8b864ba392b96d49358670db9ce4269d8b3f34df9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBodyMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBodyMetricsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordBodyMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMetric"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}}]}}]}}]}}]} as unknown as DocumentNode<RecordBodyMetricsMutation, RecordBodyMetricsMutationVariables>;
export const SessionProgressUpdatesDocument = {"__meta__":{"hash":"a2287839aa9f5f32c6ea5fd2655ffd4750eff8c5984c7c92df978480b218d807"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionProgressUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SessionProgressUpdatesSubscription, SessionProgressUpdatesSubscriptionVariables>;
export const RoutineDryRunDocument = {"__meta__":{"hash":"d74cedf021262e2738bd1dc185729b41927811bfa9871447b72645630a14e808"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutineDryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycles"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Routine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startCycleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DryRunSessionFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DryRunSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DryRunSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"cycleNumber"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"dayTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isDeload"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"isDeload"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"amrap"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}}]}}]}}]}}]} as unknown as DocumentNode<RoutineDryRunQuery, RoutineDryRunQueryVariables>;
export const RoutineExerciseSearchDocument = {"__meta__":{"hash":"2f0d1d11b0871b315a4d5637faf3006d173f14d65ef8c6b37ed76e9a805b4b92"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutineExerciseSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMuscle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutineExerciseSearchQuery, RoutineExerciseSearchQueryVariables>;
export const ArchiveRoutineDocument = {"__meta__":{"hash":"9fe2a435982e6c7694ab01d3b1c17faf4fbc9fb308f19accd8b1ae3f20c4428d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveRoutine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveRoutineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"archiveRoutine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"routine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveRoutineMutation, ArchiveRoutineMutationVariables>;
export const DuplicateRoutineDocument = {"__meta__":{"hash":"88844c5f5a6205a697f21392a5b7a11ba0fabb9afdee7772cc6eee3941a06f37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DuplicateRoutine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateRoutineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateRoutine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"routine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DuplicateRoutineMutation, DuplicateRoutineMutationVariables>;
export const SetActiveRoutineDocument = {"__meta__":{"hash":"63e7a15d23b80cebc64c6c8fcfc284be7f7bc89e5d545a1a70fe0a9fd9105c36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActiveRoutine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetActiveRoutineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setActiveRoutine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"routine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedRoutines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]}}]} as unknown as DocumentNode<SetActiveRoutineMutation, SetActiveRoutineMutationVariables>;
export const RoutineEditorDocument = {"__meta__":{"hash":"c452fb68ec051b49ec1b927fa67cf341f15cc432940a5b64de3a3ae14880e5e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutineEditor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Routine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"nextRoutineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isRest"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"supersetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressionRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"style"}},{"kind":"Field","name":{"kind":"Name","value":"incrementKg"}},{"kind":"Field","name":{"kind":"Name","value":"repRangeMin"}},{"kind":"Field","name":{"kind":"Name","value":"repRangeMax"}},{"kind":"Field","name":{"kind":"Name","value":"waveLength"}},{"kind":"Field","name":{"kind":"Name","value":"deloadEveryNCycles"}},{"kind":"Field","name":{"kind":"Name","value":"deloadPct"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetRepsMin"}},{"kind":"Field","name":{"kind":"Name","value":"targetRepsMax"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetPct1rm"}},{"kind":"Field","name":{"kind":"Name","value":"targetRir"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetTempo"}},{"kind":"Field","name":{"kind":"Name","value":"targetRestSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"targetDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"targetDistanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutineEditorQuery, RoutineEditorQueryVariables>;
export const RoutineAthleteDocument = {"__meta__":{"hash":"5e6119dbf73e6e14b4b5f686d450e48ec23a9d1f8687e2e5b0a7362e4b19949e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutineAthlete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Athlete"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RoutineAthleteQuery, RoutineAthleteQueryVariables>;
export const RoutineListDocument = {"__meta__":{"hash":"767a21c9e9141921f481a51a547d0f6beb2880b58b2155df10718249eff03542"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutineList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"athleteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"athleteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Athlete"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"routines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isRest"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoutineListQuery, RoutineListQueryVariables>;
export const CreateRoutineDocument = {"__meta__":{"hash":"8bec391a651fbeee4ab4b8f3ec089df1b8c9327d5a5e658e6512a48de4b76810"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoutine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoutineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createRoutine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"routine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateRoutineMutation, CreateRoutineMutationVariables>;
export const UpdateRoutineDocument = {"__meta__":{"hash":"d059e4ba15b60bb4b9b71e61f1c3a73be66c3f4cc6aa4452a301160f3ea1f194"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRoutine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoutineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateRoutine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"routine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isRest"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetRepsMin"}},{"kind":"Field","name":{"kind":"Name","value":"targetRepsMax"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetRir"}},{"kind":"Field","name":{"kind":"Name","value":"targetRestSeconds"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRoutineMutation, UpdateRoutineMutationVariables>;
export const ApiKeysDocument = {"__meta__":{"hash":"a20059fe3ff4e9a385fce1148bc0b2a79e6cdb8ec4d595e1c6581498c5d99d76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"3b920273693c3c664831901803808d568ae9b60a5e9429305ac34c9b82233f3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"c211805093dd46e0ec35e2007f88c0b485c540b0dff8e03a6f1cd3261db39b36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const TrainingSettingsDocument = {"__meta__":{"hash":"810138eb81ff982e8e5bd705b43553c36a6fd0736cfc2da12e656e91f40e28f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unitSystem"}},{"kind":"Field","name":{"kind":"Name","value":"e1rmFormula"}},{"kind":"Field","name":{"kind":"Name","value":"barWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"platesKg"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingSettingsQuery, TrainingSettingsQueryVariables>;
export const UpdateSettingsDocument = {"__meta__":{"hash":"478f0e42666a648acaa1324fbe95bd9c76e8a874193b7eef36f835ba681f0e34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unitSystem"}},{"kind":"Field","name":{"kind":"Name","value":"e1rmFormula"}},{"kind":"Field","name":{"kind":"Name","value":"barWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"platesKg"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSettingsMutation, UpdateSettingsMutationVariables>;
export const CompleteSessionDocument = {"__meta__":{"hash":"ed63ff927afe336ff7c5305bd0bd2ca4945d6f467647c5370628fd5a377bb812"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isDeload"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"amrap"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompleteSessionMutation, CompleteSessionMutationVariables>;
export const ExerciseSearchDocument = {"__meta__":{"hash":"a9cd8008a249a67075458d4ff16cc8a734964545757673e6840accc121b49acc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExerciseSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggerExercise"}},{"kind":"Field","name":{"kind":"Name","value":"primaryMuscle"}},{"kind":"Field","name":{"kind":"Name","value":"equipment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggerExercise"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exercise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"isDropSet"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}}]}}]}}]}}]} as unknown as DocumentNode<ExerciseSearchQuery, ExerciseSearchQueryVariables>;
export const LogSetDocument = {"__meta__":{"hash":"a9603a0cff40d3b702153dc2b63c4b78f3f495767e0360349ca9eb8228f2ffe4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"valueKg"}},{"kind":"Field","name":{"kind":"Name","value":"previousKg"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseSetLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"isDropSet"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<LogSetMutation, LogSetMutationVariables>;
export const PlateSettingsDocument = {"__meta__":{"hash":"2d11af3c1beb657bb8f5a08d77373c4d8a8c7b2ee942f4f37d52fa02b9e6f3a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlateSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"barWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"platesKg"}}]}}]}}]}}]} as unknown as DocumentNode<PlateSettingsQuery, PlateSettingsQueryVariables>;
export const RecordRecoverySignalDocument = {"__meta__":{"hash":"f83cb88bf90c75492e246d79d315bb177b6c9204c5785eb266556a0380bae44d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRecoverySignal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRecoverySignalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordRecoverySignal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"recoverySignal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"sleepHours"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}}]}}]}}]}}]} as unknown as DocumentNode<RecordRecoverySignalMutation, RecordRecoverySignalMutationVariables>;
export const RecordSorenessDocument = {"__meta__":{"hash":"0b5a1b00fbc577a6da560a1322c206944395028f68c62eb36d23bf8d453c96f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSoreness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSorenessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordSoreness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sorenessLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyPart"}},{"kind":"Field","name":{"kind":"Name","value":"soreness"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOn"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSorenessMutation, RecordSorenessMutationVariables>;
export const StartSessionDocument = {"__meta__":{"hash":"d422f75509441afb984575474f4570dec89813d5d2aa4be00c1a1e15616d9a57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionLogger"}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadinessSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggerExercise"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exercise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"isDropSet"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineExerciseSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetRir"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"targetRestSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseSetLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"isDropSet"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionLogger"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkoutSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"supersetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggerExercise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedSetFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"setLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggerExercise"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"amrap"}},{"kind":"Field","name":{"kind":"Name","value":"platesPerSide"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPrescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readinessLoadFactor"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"loadAdjustmentPct"}},{"kind":"Field","name":{"kind":"Name","value":"dropSets"}}]}}]}}]} as unknown as DocumentNode<StartSessionMutation, StartSessionMutationVariables>;
export const LoggerSubstitutesDocument = {"__meta__":{"hash":"073347120122a11f941dca87828bbf6cc536e7e4ab0e207fc93650197b2fc9bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoggerSubstitutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exerciseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"athleteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exerciseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exercise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"substitutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"athleteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"athleteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assumedFullGym"}},{"kind":"Field","name":{"kind":"Name","value":"substitutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggerExercise"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggerExercise"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exercise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"isDropSet"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}}]}}]}}]}}]} as unknown as DocumentNode<LoggerSubstitutesQuery, LoggerSubstitutesQueryVariables>;
export const TodayDocument = {"__meta__":{"hash":"2da03c91c9256787c9fe84e1052b20093ff39bd8c578b905b0265186c11bf919"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activeRoutine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionLogger"}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadinessSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRoutineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextDayPlan"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggerExercise"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exercise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lastTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"isDropSet"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineExerciseSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetRir"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"targetRestSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseSetLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"isDropSet"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionLogger"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkoutSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"supersetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggerExercise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedSetFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"setLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggerExercise"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"amrap"}},{"kind":"Field","name":{"kind":"Name","value":"platesPerSide"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPrescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readinessLoadFactor"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"loadAdjustmentPct"}},{"kind":"Field","name":{"kind":"Name","value":"dropSets"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextDayPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"isRest"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedSetFields"}}]}}]}}]}}]} as unknown as DocumentNode<TodayQuery, TodayQueryVariables>;