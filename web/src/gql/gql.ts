/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        id\n        role\n        fullName\n        username\n        athlete {\n          id\n        }\n        coach {\n          __typename\n        }\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      role\n      username\n      fullName\n      settings {\n        unitSystem\n      }\n      athlete {\n        id\n        displayName\n      }\n      coach {\n        __typename\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query Roster {\n    viewer {\n      id\n      coach {\n        athletes(first: 50) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              ...RosterAthlete\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  query WatchSession($sessionId: ID!) {\n    node(id: $sessionId) {\n      __typename\n      id\n      ... on WorkoutSession {\n        status\n        workoutDate\n        startedAt\n        completedAt\n        athlete {\n          id\n          displayName\n        }\n        routineDay {\n          id\n          title\n          exercises {\n            id\n            position\n            exercise {\n              id\n              name\n            }\n            sets {\n              id\n            }\n          }\n        }\n        setLogs {\n          id\n          plannedSetId\n          setIndex\n          weightKg\n          reps\n          rpe\n          isWarmup\n          performedAt\n          exercise {\n            id\n            name\n          }\n        }\n        progress {\n          ...SessionProgressFields\n        }\n      }\n    }\n  }\n": typeof types.WatchSessionDocument,
    "\n  fragment RosterAthlete on Athlete {\n    id\n    displayName\n    activeRoutine {\n      id\n      name\n    }\n    currentSession {\n      id\n      status\n      startedAt\n      routineDay {\n        id\n        title\n      }\n    }\n  }\n": typeof types.RosterAthleteFragmentDoc,
    "\n  fragment SessionProgressFields on SessionProgress {\n    sessionId\n    setsDone\n    setsPlanned\n    volumeKg\n    status\n  }\n": typeof types.SessionProgressFieldsFragmentDoc,
    "\n  subscription SessionProgressUpdates($sessionId: ID!) {\n    sessionProgress(sessionId: $sessionId) {\n      ...SessionProgressFields\n    }\n  }\n": typeof types.SessionProgressUpdatesDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    active\n    createdAt\n    lastUsedAt\n    revokedAt\n    expiresAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          ...ApiKeyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query TrainingSettings {\n    viewer {\n      id\n      settings {\n        unitSystem\n        e1rmFormula\n        barWeightKg\n        platesKg\n        saved\n      }\n    }\n  }\n": typeof types.TrainingSettingsDocument,
    "\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      user {\n        id\n        settings {\n          unitSystem\n          e1rmFormula\n          barWeightKg\n          platesKg\n          saved\n        }\n      }\n    }\n  }\n": typeof types.UpdateSettingsDocument,
    "\n  mutation CompleteSession($input: CompleteSessionInput!) {\n    completeSession(input: $input) {\n      session {\n        id\n        status\n        completedAt\n        revision\n        athlete {\n          id\n        }\n      }\n      progress {\n        sessionId\n        setsDone\n        setsPlanned\n        volumeKg\n        status\n      }\n    }\n  }\n": typeof types.CompleteSessionDocument,
    "\n  mutation LogSet($input: LogSetInput!) {\n    logSet(input: $input) {\n      setLog {\n        id\n        plannedSetId\n        ...LoggedSet\n      }\n      progress {\n        ...SessionProgressFields\n      }\n      records {\n        kind\n        valueKg\n        previousKg\n        exercise {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LogSetDocument,
    "\n  query PlateSettings {\n    viewer {\n      id\n      settings {\n        barWeightKg\n        platesKg\n      }\n    }\n  }\n": typeof types.PlateSettingsDocument,
    "\n  mutation RecordRecoverySignal($input: RecordRecoverySignalInput!) {\n    recordRecoverySignal(input: $input) {\n      created\n      recoverySignal {\n        id\n        measuredOn\n        sleepHours\n        readiness\n      }\n    }\n  }\n": typeof types.RecordRecoverySignalDocument,
    "\n  mutation RecordSoreness($input: RecordSorenessInput!) {\n    recordSoreness(input: $input) {\n      sorenessLogs {\n        id\n        bodyPart\n        soreness\n        loggedOn\n      }\n    }\n  }\n": typeof types.RecordSorenessDocument,
    "\n  mutation StartSession($input: StartSessionInput!) {\n    startSession(input: $input) {\n      session {\n        id\n        status\n        athlete {\n          id\n        }\n        ...SessionLogger\n        prescription {\n          ...ReadinessSummary\n        }\n      }\n    }\n  }\n": typeof types.StartSessionDocument,
    "\n  query Today {\n    viewer {\n      id\n      coach {\n        __typename\n      }\n      athlete {\n        id\n        displayName\n        activeRoutine {\n          id\n          name\n        }\n        currentSession {\n          id\n          ...SessionLogger\n          prescription {\n            ...ReadinessSummary\n          }\n        }\n        nextRoutineDay {\n          id\n          ...NextDayPlan\n        }\n      }\n    }\n  }\n": typeof types.TodayDocument,
    "\n  fragment NextDayPlan on RoutineDay {\n    id\n    title\n    dayIndex\n    isRest\n    notes\n    exercises {\n      id\n      position\n      notes\n      exercise {\n        id\n        name\n      }\n      sets {\n        id\n        ...PlannedSetFields\n      }\n    }\n  }\n": typeof types.NextDayPlanFragmentDoc,
    "\n  fragment PlannedSetFields on RoutineExerciseSet {\n    id\n    setIndex\n    targetReps\n    targetWeightKg\n    targetRpe\n    targetRir\n    isWarmup\n    toFailure\n    targetRestSeconds\n  }\n": typeof types.PlannedSetFieldsFragmentDoc,
    "\n  fragment ReadinessSummary on SessionPrescription {\n    readinessLoadFactor\n    readiness {\n      score\n      band\n      reason\n      loadAdjustmentPct\n      dropSets\n    }\n  }\n": typeof types.ReadinessSummaryFragmentDoc,
    "\n  fragment SessionLogger on WorkoutSession {\n    id\n    status\n    workoutDate\n    startedAt\n    routineDay {\n      id\n      title\n      dayIndex\n      exercises {\n        id\n        position\n        notes\n        exercise {\n          id\n          name\n        }\n        sets {\n          id\n          ...PlannedSetFields\n        }\n      }\n    }\n    setLogs {\n      id\n      plannedSetId\n      ...LoggedSet\n    }\n    prescription {\n      exercises {\n        sets {\n          plannedSetId\n          targetWeightKg\n          targetReps\n          targetRpe\n          amrap\n          platesPerSide\n        }\n      }\n    }\n    progress {\n      ...SessionProgressFields\n    }\n  }\n": typeof types.SessionLoggerFragmentDoc,
    "\n  fragment LoggedSet on ExerciseSetLog {\n    id\n    clientId\n    plannedSetId\n    weightKg\n    reps\n    rpe\n    isWarmup\n    setIndex\n    performedAt\n    exercise {\n      id\n    }\n  }\n": typeof types.LoggedSetFragmentDoc,
};
const documents: Documents = {
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        id\n        role\n        fullName\n        username\n        athlete {\n          id\n        }\n        coach {\n          __typename\n        }\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      role\n      username\n      fullName\n      settings {\n        unitSystem\n      }\n      athlete {\n        id\n        displayName\n      }\n      coach {\n        __typename\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query Roster {\n    viewer {\n      id\n      coach {\n        athletes(first: 50) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              ...RosterAthlete\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  query WatchSession($sessionId: ID!) {\n    node(id: $sessionId) {\n      __typename\n      id\n      ... on WorkoutSession {\n        status\n        workoutDate\n        startedAt\n        completedAt\n        athlete {\n          id\n          displayName\n        }\n        routineDay {\n          id\n          title\n          exercises {\n            id\n            position\n            exercise {\n              id\n              name\n            }\n            sets {\n              id\n            }\n          }\n        }\n        setLogs {\n          id\n          plannedSetId\n          setIndex\n          weightKg\n          reps\n          rpe\n          isWarmup\n          performedAt\n          exercise {\n            id\n            name\n          }\n        }\n        progress {\n          ...SessionProgressFields\n        }\n      }\n    }\n  }\n": types.WatchSessionDocument,
    "\n  fragment RosterAthlete on Athlete {\n    id\n    displayName\n    activeRoutine {\n      id\n      name\n    }\n    currentSession {\n      id\n      status\n      startedAt\n      routineDay {\n        id\n        title\n      }\n    }\n  }\n": types.RosterAthleteFragmentDoc,
    "\n  fragment SessionProgressFields on SessionProgress {\n    sessionId\n    setsDone\n    setsPlanned\n    volumeKg\n    status\n  }\n": types.SessionProgressFieldsFragmentDoc,
    "\n  subscription SessionProgressUpdates($sessionId: ID!) {\n    sessionProgress(sessionId: $sessionId) {\n      ...SessionProgressFields\n    }\n  }\n": types.SessionProgressUpdatesDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    active\n    createdAt\n    lastUsedAt\n    revokedAt\n    expiresAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          ...ApiKeyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query TrainingSettings {\n    viewer {\n      id\n      settings {\n        unitSystem\n        e1rmFormula\n        barWeightKg\n        platesKg\n        saved\n      }\n    }\n  }\n": types.TrainingSettingsDocument,
    "\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      user {\n        id\n        settings {\n          unitSystem\n          e1rmFormula\n          barWeightKg\n          platesKg\n          saved\n        }\n      }\n    }\n  }\n": types.UpdateSettingsDocument,
    "\n  mutation CompleteSession($input: CompleteSessionInput!) {\n    completeSession(input: $input) {\n      session {\n        id\n        status\n        completedAt\n        revision\n        athlete {\n          id\n        }\n      }\n      progress {\n        sessionId\n        setsDone\n        setsPlanned\n        volumeKg\n        status\n      }\n    }\n  }\n": types.CompleteSessionDocument,
    "\n  mutation LogSet($input: LogSetInput!) {\n    logSet(input: $input) {\n      setLog {\n        id\n        plannedSetId\n        ...LoggedSet\n      }\n      progress {\n        ...SessionProgressFields\n      }\n      records {\n        kind\n        valueKg\n        previousKg\n        exercise {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LogSetDocument,
    "\n  query PlateSettings {\n    viewer {\n      id\n      settings {\n        barWeightKg\n        platesKg\n      }\n    }\n  }\n": types.PlateSettingsDocument,
    "\n  mutation RecordRecoverySignal($input: RecordRecoverySignalInput!) {\n    recordRecoverySignal(input: $input) {\n      created\n      recoverySignal {\n        id\n        measuredOn\n        sleepHours\n        readiness\n      }\n    }\n  }\n": types.RecordRecoverySignalDocument,
    "\n  mutation RecordSoreness($input: RecordSorenessInput!) {\n    recordSoreness(input: $input) {\n      sorenessLogs {\n        id\n        bodyPart\n        soreness\n        loggedOn\n      }\n    }\n  }\n": types.RecordSorenessDocument,
    "\n  mutation StartSession($input: StartSessionInput!) {\n    startSession(input: $input) {\n      session {\n        id\n        status\n        athlete {\n          id\n        }\n        ...SessionLogger\n        prescription {\n          ...ReadinessSummary\n        }\n      }\n    }\n  }\n": types.StartSessionDocument,
    "\n  query Today {\n    viewer {\n      id\n      coach {\n        __typename\n      }\n      athlete {\n        id\n        displayName\n        activeRoutine {\n          id\n          name\n        }\n        currentSession {\n          id\n          ...SessionLogger\n          prescription {\n            ...ReadinessSummary\n          }\n        }\n        nextRoutineDay {\n          id\n          ...NextDayPlan\n        }\n      }\n    }\n  }\n": types.TodayDocument,
    "\n  fragment NextDayPlan on RoutineDay {\n    id\n    title\n    dayIndex\n    isRest\n    notes\n    exercises {\n      id\n      position\n      notes\n      exercise {\n        id\n        name\n      }\n      sets {\n        id\n        ...PlannedSetFields\n      }\n    }\n  }\n": types.NextDayPlanFragmentDoc,
    "\n  fragment PlannedSetFields on RoutineExerciseSet {\n    id\n    setIndex\n    targetReps\n    targetWeightKg\n    targetRpe\n    targetRir\n    isWarmup\n    toFailure\n    targetRestSeconds\n  }\n": types.PlannedSetFieldsFragmentDoc,
    "\n  fragment ReadinessSummary on SessionPrescription {\n    readinessLoadFactor\n    readiness {\n      score\n      band\n      reason\n      loadAdjustmentPct\n      dropSets\n    }\n  }\n": types.ReadinessSummaryFragmentDoc,
    "\n  fragment SessionLogger on WorkoutSession {\n    id\n    status\n    workoutDate\n    startedAt\n    routineDay {\n      id\n      title\n      dayIndex\n      exercises {\n        id\n        position\n        notes\n        exercise {\n          id\n          name\n        }\n        sets {\n          id\n          ...PlannedSetFields\n        }\n      }\n    }\n    setLogs {\n      id\n      plannedSetId\n      ...LoggedSet\n    }\n    prescription {\n      exercises {\n        sets {\n          plannedSetId\n          targetWeightKg\n          targetReps\n          targetRpe\n          amrap\n          platesPerSide\n        }\n      }\n    }\n    progress {\n      ...SessionProgressFields\n    }\n  }\n": types.SessionLoggerFragmentDoc,
    "\n  fragment LoggedSet on ExerciseSetLog {\n    id\n    clientId\n    plannedSetId\n    weightKg\n    reps\n    rpe\n    isWarmup\n    setIndex\n    performedAt\n    exercise {\n      id\n    }\n  }\n": types.LoggedSetFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        id\n        role\n        fullName\n        username\n        athlete {\n          id\n        }\n        coach {\n          __typename\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        id\n        role\n        fullName\n        username\n        athlete {\n          id\n        }\n        coach {\n          __typename\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      role\n      username\n      fullName\n      settings {\n        unitSystem\n      }\n      athlete {\n        id\n        displayName\n      }\n      coach {\n        __typename\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      role\n      username\n      fullName\n      settings {\n        unitSystem\n      }\n      athlete {\n        id\n        displayName\n      }\n      coach {\n        __typename\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster {\n    viewer {\n      id\n      coach {\n        athletes(first: 50) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              ...RosterAthlete\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roster {\n    viewer {\n      id\n      coach {\n        athletes(first: 50) {\n          totalCount\n          edges {\n            cursor\n            node {\n              id\n              ...RosterAthlete\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WatchSession($sessionId: ID!) {\n    node(id: $sessionId) {\n      __typename\n      id\n      ... on WorkoutSession {\n        status\n        workoutDate\n        startedAt\n        completedAt\n        athlete {\n          id\n          displayName\n        }\n        routineDay {\n          id\n          title\n          exercises {\n            id\n            position\n            exercise {\n              id\n              name\n            }\n            sets {\n              id\n            }\n          }\n        }\n        setLogs {\n          id\n          plannedSetId\n          setIndex\n          weightKg\n          reps\n          rpe\n          isWarmup\n          performedAt\n          exercise {\n            id\n            name\n          }\n        }\n        progress {\n          ...SessionProgressFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WatchSession($sessionId: ID!) {\n    node(id: $sessionId) {\n      __typename\n      id\n      ... on WorkoutSession {\n        status\n        workoutDate\n        startedAt\n        completedAt\n        athlete {\n          id\n          displayName\n        }\n        routineDay {\n          id\n          title\n          exercises {\n            id\n            position\n            exercise {\n              id\n              name\n            }\n            sets {\n              id\n            }\n          }\n        }\n        setLogs {\n          id\n          plannedSetId\n          setIndex\n          weightKg\n          reps\n          rpe\n          isWarmup\n          performedAt\n          exercise {\n            id\n            name\n          }\n        }\n        progress {\n          ...SessionProgressFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RosterAthlete on Athlete {\n    id\n    displayName\n    activeRoutine {\n      id\n      name\n    }\n    currentSession {\n      id\n      status\n      startedAt\n      routineDay {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RosterAthlete on Athlete {\n    id\n    displayName\n    activeRoutine {\n      id\n      name\n    }\n    currentSession {\n      id\n      status\n      startedAt\n      routineDay {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionProgressFields on SessionProgress {\n    sessionId\n    setsDone\n    setsPlanned\n    volumeKg\n    status\n  }\n"): (typeof documents)["\n  fragment SessionProgressFields on SessionProgress {\n    sessionId\n    setsDone\n    setsPlanned\n    volumeKg\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SessionProgressUpdates($sessionId: ID!) {\n    sessionProgress(sessionId: $sessionId) {\n      ...SessionProgressFields\n    }\n  }\n"): (typeof documents)["\n  subscription SessionProgressUpdates($sessionId: ID!) {\n    sessionProgress(sessionId: $sessionId) {\n      ...SessionProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    active\n    createdAt\n    lastUsedAt\n    revokedAt\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    active\n    createdAt\n    lastUsedAt\n    revokedAt\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          ...ApiKeyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys(first: 100) {\n      edges {\n        cursor\n        node {\n          id\n          ...ApiKeyFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) {\n      apiKey {\n        id\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingSettings {\n    viewer {\n      id\n      settings {\n        unitSystem\n        e1rmFormula\n        barWeightKg\n        platesKg\n        saved\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingSettings {\n    viewer {\n      id\n      settings {\n        unitSystem\n        e1rmFormula\n        barWeightKg\n        platesKg\n        saved\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      user {\n        id\n        settings {\n          unitSystem\n          e1rmFormula\n          barWeightKg\n          platesKg\n          saved\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSettings($input: UpdateSettingsInput!) {\n    updateSettings(input: $input) {\n      user {\n        id\n        settings {\n          unitSystem\n          e1rmFormula\n          barWeightKg\n          platesKg\n          saved\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSession($input: CompleteSessionInput!) {\n    completeSession(input: $input) {\n      session {\n        id\n        status\n        completedAt\n        revision\n        athlete {\n          id\n        }\n      }\n      progress {\n        sessionId\n        setsDone\n        setsPlanned\n        volumeKg\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSession($input: CompleteSessionInput!) {\n    completeSession(input: $input) {\n      session {\n        id\n        status\n        completedAt\n        revision\n        athlete {\n          id\n        }\n      }\n      progress {\n        sessionId\n        setsDone\n        setsPlanned\n        volumeKg\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogSet($input: LogSetInput!) {\n    logSet(input: $input) {\n      setLog {\n        id\n        plannedSetId\n        ...LoggedSet\n      }\n      progress {\n        ...SessionProgressFields\n      }\n      records {\n        kind\n        valueKg\n        previousKg\n        exercise {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogSet($input: LogSetInput!) {\n    logSet(input: $input) {\n      setLog {\n        id\n        plannedSetId\n        ...LoggedSet\n      }\n      progress {\n        ...SessionProgressFields\n      }\n      records {\n        kind\n        valueKg\n        previousKg\n        exercise {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlateSettings {\n    viewer {\n      id\n      settings {\n        barWeightKg\n        platesKg\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlateSettings {\n    viewer {\n      id\n      settings {\n        barWeightKg\n        platesKg\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRecoverySignal($input: RecordRecoverySignalInput!) {\n    recordRecoverySignal(input: $input) {\n      created\n      recoverySignal {\n        id\n        measuredOn\n        sleepHours\n        readiness\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordRecoverySignal($input: RecordRecoverySignalInput!) {\n    recordRecoverySignal(input: $input) {\n      created\n      recoverySignal {\n        id\n        measuredOn\n        sleepHours\n        readiness\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSoreness($input: RecordSorenessInput!) {\n    recordSoreness(input: $input) {\n      sorenessLogs {\n        id\n        bodyPart\n        soreness\n        loggedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSoreness($input: RecordSorenessInput!) {\n    recordSoreness(input: $input) {\n      sorenessLogs {\n        id\n        bodyPart\n        soreness\n        loggedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSession($input: StartSessionInput!) {\n    startSession(input: $input) {\n      session {\n        id\n        status\n        athlete {\n          id\n        }\n        ...SessionLogger\n        prescription {\n          ...ReadinessSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartSession($input: StartSessionInput!) {\n    startSession(input: $input) {\n      session {\n        id\n        status\n        athlete {\n          id\n        }\n        ...SessionLogger\n        prescription {\n          ...ReadinessSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Today {\n    viewer {\n      id\n      coach {\n        __typename\n      }\n      athlete {\n        id\n        displayName\n        activeRoutine {\n          id\n          name\n        }\n        currentSession {\n          id\n          ...SessionLogger\n          prescription {\n            ...ReadinessSummary\n          }\n        }\n        nextRoutineDay {\n          id\n          ...NextDayPlan\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Today {\n    viewer {\n      id\n      coach {\n        __typename\n      }\n      athlete {\n        id\n        displayName\n        activeRoutine {\n          id\n          name\n        }\n        currentSession {\n          id\n          ...SessionLogger\n          prescription {\n            ...ReadinessSummary\n          }\n        }\n        nextRoutineDay {\n          id\n          ...NextDayPlan\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NextDayPlan on RoutineDay {\n    id\n    title\n    dayIndex\n    isRest\n    notes\n    exercises {\n      id\n      position\n      notes\n      exercise {\n        id\n        name\n      }\n      sets {\n        id\n        ...PlannedSetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NextDayPlan on RoutineDay {\n    id\n    title\n    dayIndex\n    isRest\n    notes\n    exercises {\n      id\n      position\n      notes\n      exercise {\n        id\n        name\n      }\n      sets {\n        id\n        ...PlannedSetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlannedSetFields on RoutineExerciseSet {\n    id\n    setIndex\n    targetReps\n    targetWeightKg\n    targetRpe\n    targetRir\n    isWarmup\n    toFailure\n    targetRestSeconds\n  }\n"): (typeof documents)["\n  fragment PlannedSetFields on RoutineExerciseSet {\n    id\n    setIndex\n    targetReps\n    targetWeightKg\n    targetRpe\n    targetRir\n    isWarmup\n    toFailure\n    targetRestSeconds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReadinessSummary on SessionPrescription {\n    readinessLoadFactor\n    readiness {\n      score\n      band\n      reason\n      loadAdjustmentPct\n      dropSets\n    }\n  }\n"): (typeof documents)["\n  fragment ReadinessSummary on SessionPrescription {\n    readinessLoadFactor\n    readiness {\n      score\n      band\n      reason\n      loadAdjustmentPct\n      dropSets\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionLogger on WorkoutSession {\n    id\n    status\n    workoutDate\n    startedAt\n    routineDay {\n      id\n      title\n      dayIndex\n      exercises {\n        id\n        position\n        notes\n        exercise {\n          id\n          name\n        }\n        sets {\n          id\n          ...PlannedSetFields\n        }\n      }\n    }\n    setLogs {\n      id\n      plannedSetId\n      ...LoggedSet\n    }\n    prescription {\n      exercises {\n        sets {\n          plannedSetId\n          targetWeightKg\n          targetReps\n          targetRpe\n          amrap\n          platesPerSide\n        }\n      }\n    }\n    progress {\n      ...SessionProgressFields\n    }\n  }\n"): (typeof documents)["\n  fragment SessionLogger on WorkoutSession {\n    id\n    status\n    workoutDate\n    startedAt\n    routineDay {\n      id\n      title\n      dayIndex\n      exercises {\n        id\n        position\n        notes\n        exercise {\n          id\n          name\n        }\n        sets {\n          id\n          ...PlannedSetFields\n        }\n      }\n    }\n    setLogs {\n      id\n      plannedSetId\n      ...LoggedSet\n    }\n    prescription {\n      exercises {\n        sets {\n          plannedSetId\n          targetWeightKg\n          targetReps\n          targetRpe\n          amrap\n          platesPerSide\n        }\n      }\n    }\n    progress {\n      ...SessionProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoggedSet on ExerciseSetLog {\n    id\n    clientId\n    plannedSetId\n    weightKg\n    reps\n    rpe\n    isWarmup\n    setIndex\n    performedAt\n    exercise {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment LoggedSet on ExerciseSetLog {\n    id\n    clientId\n    plannedSetId\n    weightKg\n    reps\n    rpe\n    isWarmup\n    setIndex\n    performedAt\n    exercise {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;