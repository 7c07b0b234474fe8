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


export type CompleteSessionMutation = { __typename: 'Mutation', completeSession: { __typename: 'CompleteSessionPayload', session: { __typename: 'WorkoutSession', id: string, status: SessionStatus, completedAt: string | null, revision: number, athlete: { __typename: 'Athlete', id: string } }, progress: { __typename: 'SessionProgress', sessionId: string, setsDone: number, setsPlanned: number, volumeKg: number, status: SessionStatus } } };

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

export type NextDayPlanFragment = { __typename: 'RoutineDay', id: string, title: string | null, dayIndex: number, isRest: boolean, notes: string | null, exercises: Array<{ __typename: 'RoutineDayExercise', id: string, position: number, notes: string | null, exercise: { __typename: 'Exercise', id: string, name: string }, sets: Array<(
      { __typename: 'RoutineExerciseSet', id: string }
      & { ' $fragmentRefs'?: { 'PlannedSetFieldsFragment': PlannedSetFieldsFragment } }
    )> }> } & { ' $fragmentName'?: 'NextDayPlanFragment' };

export type PlannedSetFieldsFragment = { __typename: 'RoutineExerciseSet', id: string, setIndex: number, targetReps: number | null, targetWeightKg: number | null, targetRpe: number | null, targetRir: number | null, isWarmup: boolean, toFailure: boolean, targetRestSeconds: number | null } & { ' $fragmentName'?: 'PlannedSetFieldsFragment' };

export type ReadinessSummaryFragment = { __typename: 'SessionPrescription', readinessLoadFactor: number, readiness: { __typename: 'Readiness', score: number | null, band: ReadinessBand, reason: string, loadAdjustmentPct: number, dropSets: number } } & { ' $fragmentName'?: 'ReadinessSummaryFragment' };

export type SessionLoggerFragment = { __typename: 'WorkoutSession', id: string, status: SessionStatus, workoutDate: string, startedAt: string | null, routineDay: { __typename: 'RoutineDay', id: string, title: string | null, dayIndex: number, exercises: Array<{ __typename: 'RoutineDayExercise', id: string, position: number, notes: string | null, exercise: { __typename: 'Exercise', id: string, name: string }, sets: Array<(
        { __typename: 'RoutineExerciseSet', id: string }
        & { ' $fragmentRefs'?: { 'PlannedSetFieldsFragment': PlannedSetFieldsFragment } }
      )> }> } | null, setLogs: Array<(
    { __typename: 'ExerciseSetLog', id: string, plannedSetId: string | null }
    & { ' $fragmentRefs'?: { 'LoggedSetFragment': LoggedSetFragment } }
  )>, prescription: { __typename: 'SessionPrescription', exercises: Array<{ __typename: 'PrescribedExercise', sets: Array<{ __typename: 'PrescribedSet', plannedSetId: string, targetWeightKg: number | null, targetReps: number | null, targetRpe: number | null, amrap: boolean, platesPerSide: Array<number> | null }> }> } | null, progress: (
    { __typename: 'SessionProgress' }
    & { ' $fragmentRefs'?: { 'SessionProgressFieldsFragment': SessionProgressFieldsFragment } }
  ) } & { ' $fragmentName'?: 'SessionLoggerFragment' };

export type LoggedSetFragment = { __typename: 'ExerciseSetLog', id: string, clientId: string, plannedSetId: string | null, weightKg: number, reps: number, rpe: number | null, isWarmup: boolean, setIndex: number, performedAt: string, exercise: { __typename: 'Exercise', id: string } } & { ' $fragmentName'?: 'LoggedSetFragment' };

export const RosterAthleteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RosterAthlete"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Athlete"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activeRoutine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<RosterAthleteFragment, unknown>;
export const CalendarSessionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarSession"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkoutSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"slot"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}}]}}]}}]} as unknown as DocumentNode<CalendarSessionFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const PlannedSetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineExerciseSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetRir"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"targetRestSeconds"}}]}}]} as unknown as DocumentNode<PlannedSetFieldsFragment, unknown>;
export const NextDayPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextDayPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"isRest"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedSetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineExerciseSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetRir"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"targetRestSeconds"}}]}}]} as unknown as DocumentNode<NextDayPlanFragment, unknown>;
export const ReadinessSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPrescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readinessLoadFactor"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"loadAdjustmentPct"}},{"kind":"Field","name":{"kind":"Name","value":"dropSets"}}]}}]}}]} as unknown as DocumentNode<ReadinessSummaryFragment, unknown>;
export const LoggedSetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseSetLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LoggedSetFragment, unknown>;
export const SessionProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SessionProgressFieldsFragment, unknown>;
export const SessionLoggerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionLogger"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkoutSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedSetFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"setLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"amrap"}},{"kind":"Field","name":{"kind":"Name","value":"platesPerSide"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineExerciseSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetRir"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"targetRestSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseSetLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<SessionLoggerFragment, unknown>;
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
export const ApiKeysDocument = {"__meta__":{"hash":"a20059fe3ff4e9a385fce1148bc0b2a79e6cdb8ec4d595e1c6581498c5d99d76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"3b920273693c3c664831901803808d568ae9b60a5e9429305ac34c9b82233f3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"c211805093dd46e0ec35e2007f88c0b485c540b0dff8e03a6f1cd3261db39b36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const TrainingSettingsDocument = {"__meta__":{"hash":"810138eb81ff982e8e5bd705b43553c36a6fd0736cfc2da12e656e91f40e28f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unitSystem"}},{"kind":"Field","name":{"kind":"Name","value":"e1rmFormula"}},{"kind":"Field","name":{"kind":"Name","value":"barWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"platesKg"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingSettingsQuery, TrainingSettingsQueryVariables>;
export const UpdateSettingsDocument = {"__meta__":{"hash":"478f0e42666a648acaa1324fbe95bd9c76e8a874193b7eef36f835ba681f0e34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unitSystem"}},{"kind":"Field","name":{"kind":"Name","value":"e1rmFormula"}},{"kind":"Field","name":{"kind":"Name","value":"barWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"platesKg"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSettingsMutation, UpdateSettingsMutationVariables>;
export const CompleteSessionDocument = {"__meta__":{"hash":"78087fd5cf1cd089eaa562742ebb5e9ece7b38923be76df519558e91816c21ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteSessionMutation, CompleteSessionMutationVariables>;
export const LogSetDocument = {"__meta__":{"hash":"96e4a35c180f65a7937b386a0b6576616166bcfe06d025d13c3edc76dd84a01e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"valueKg"}},{"kind":"Field","name":{"kind":"Name","value":"previousKg"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseSetLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<LogSetMutation, LogSetMutationVariables>;
export const PlateSettingsDocument = {"__meta__":{"hash":"2d11af3c1beb657bb8f5a08d77373c4d8a8c7b2ee942f4f37d52fa02b9e6f3a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlateSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"barWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"platesKg"}}]}}]}}]}}]} as unknown as DocumentNode<PlateSettingsQuery, PlateSettingsQueryVariables>;
export const RecordRecoverySignalDocument = {"__meta__":{"hash":"f83cb88bf90c75492e246d79d315bb177b6c9204c5785eb266556a0380bae44d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRecoverySignal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRecoverySignalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordRecoverySignal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"recoverySignal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"sleepHours"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"}}]}}]}}]}}]} as unknown as DocumentNode<RecordRecoverySignalMutation, RecordRecoverySignalMutationVariables>;
export const RecordSorenessDocument = {"__meta__":{"hash":"0b5a1b00fbc577a6da560a1322c206944395028f68c62eb36d23bf8d453c96f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSoreness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSorenessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordSoreness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sorenessLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyPart"}},{"kind":"Field","name":{"kind":"Name","value":"soreness"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOn"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSorenessMutation, RecordSorenessMutationVariables>;
export const StartSessionDocument = {"__meta__":{"hash":"1c17332421da1e5841192e6c0d7a7eb0a7aeb69cc931fe03ebb3fb9d8dcd40d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionLogger"}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadinessSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineExerciseSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetRir"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"targetRestSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseSetLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionLogger"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkoutSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedSetFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"setLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"amrap"}},{"kind":"Field","name":{"kind":"Name","value":"platesPerSide"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPrescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readinessLoadFactor"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"loadAdjustmentPct"}},{"kind":"Field","name":{"kind":"Name","value":"dropSets"}}]}}]}}]} as unknown as DocumentNode<StartSessionMutation, StartSessionMutationVariables>;
export const TodayDocument = {"__meta__":{"hash":"96ef16b04a212c7de97118ddb0f9bec3c79069c71c80cab10b2bdcbebe1e4bad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coach"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"athlete"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"activeRoutine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionLogger"}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadinessSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRoutineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextDayPlan"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineExerciseSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"targetRir"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"toFailure"}},{"kind":"Field","name":{"kind":"Name","value":"targetRestSeconds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LoggedSet"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExerciseSetLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"rpe"}},{"kind":"Field","name":{"kind":"Name","value":"isWarmup"}},{"kind":"Field","name":{"kind":"Name","value":"setIndex"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"setsDone"}},{"kind":"Field","name":{"kind":"Name","value":"setsPlanned"}},{"kind":"Field","name":{"kind":"Name","value":"volumeKg"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionLogger"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkoutSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workoutDate"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"routineDay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedSetFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"setLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LoggedSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prescription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"targetReps"}},{"kind":"Field","name":{"kind":"Name","value":"targetRpe"}},{"kind":"Field","name":{"kind":"Name","value":"amrap"}},{"kind":"Field","name":{"kind":"Name","value":"platesPerSide"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionPrescription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"readinessLoadFactor"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"loadAdjustmentPct"}},{"kind":"Field","name":{"kind":"Name","value":"dropSets"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextDayPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutineDay"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"isRest"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"exercise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedSetFields"}}]}}]}}]}}]} as unknown as DocumentNode<TodayQuery, TodayQueryVariables>;