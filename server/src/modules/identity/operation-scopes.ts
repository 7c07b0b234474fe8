import { ApiKeyScope } from './identity.enums.js';

/** Only a login session may run it: API keys may not, whatever their scopes. */
export const LOGIN_SESSION = 'LOGIN_SESSION' as const;

export type Requirement = ApiKeyScope | typeof LOGIN_SESSION;

/**
 * What each mutation needs of the credential that calls it. Every Mutation field must be listed
 * (operation-scopes.test.ts enumerates the schema), so a new mutation is refused to API keys until
 * someone decides its scope here. Login sessions hold every scope; anonymous callers pass this
 * check and meet the resolver's own (UNAUTHENTICATED where a login is needed).
 */
export const MUTATION_REQUIREMENTS: Readonly<Record<string, Requirement>> = {
  // Logging: sessions, sets, imports, health data.
  startSession: ApiKeyScope.WRITE_LOGS,
  planSession: ApiKeyScope.WRITE_LOGS,
  updateSession: ApiKeyScope.WRITE_LOGS,
  skipSession: ApiKeyScope.WRITE_LOGS,
  completeSession: ApiKeyScope.WRITE_LOGS,
  deleteSession: ApiKeyScope.WRITE_LOGS,
  logSet: ApiKeyScope.WRITE_LOGS,
  correctSetLog: ApiKeyScope.WRITE_LOGS,
  deleteSetLog: ApiKeyScope.WRITE_LOGS,
  importWorkouts: ApiKeyScope.WRITE_LOGS,
  updateAthleteProfile: ApiKeyScope.WRITE_LOGS,
  recordBodyMetrics: ApiKeyScope.WRITE_LOGS,
  deleteBodyMetrics: ApiKeyScope.WRITE_LOGS,
  recordRecoverySignal: ApiKeyScope.WRITE_LOGS,
  deleteRecoverySignal: ApiKeyScope.WRITE_LOGS,
  recordSoreness: ApiKeyScope.WRITE_LOGS,
  deleteSorenessLog: ApiKeyScope.WRITE_LOGS,
  recordBenchmark: ApiKeyScope.WRITE_LOGS,
  updateBenchmark: ApiKeyScope.WRITE_LOGS,
  deleteBenchmark: ApiKeyScope.WRITE_LOGS,
  setAthleteEquipment: ApiKeyScope.WRITE_LOGS,
  setMovementRules: ApiKeyScope.WRITE_PLANS,

  // Planning: routines, cycles, exercises.
  createRoutine: ApiKeyScope.WRITE_PLANS,
  updateRoutine: ApiKeyScope.WRITE_PLANS,
  archiveRoutine: ApiKeyScope.WRITE_PLANS,
  duplicateRoutine: ApiKeyScope.WRITE_PLANS,
  setActiveRoutine: ApiKeyScope.WRITE_PLANS,
  startCycle: ApiKeyScope.WRITE_PLANS,
  advanceCycle: ApiKeyScope.WRITE_PLANS,
  updateCycle: ApiKeyScope.WRITE_PLANS,
  archiveCycle: ApiKeyScope.WRITE_PLANS,
  createExercise: ApiKeyScope.WRITE_PLANS,
  updateExercise: ApiKeyScope.WRITE_PLANS,
  archiveExercise: ApiKeyScope.WRITE_PLANS,

  // The account itself, its sessions, keys and coaching links: never through a key.
  signUp: LOGIN_SESSION,
  logIn: LOGIN_SESSION,
  logOut: LOGIN_SESSION,
  logOutEverywhere: LOGIN_SESSION,
  changePassword: LOGIN_SESSION,
  revokeSession: LOGIN_SESSION,
  updateSettings: LOGIN_SESSION,
  createApiKey: LOGIN_SESSION,
  revokeApiKey: LOGIN_SESSION,
  createCoachInvite: LOGIN_SESSION,
  revokeCoachInvite: LOGIN_SESSION,
  acceptCoachInvite: LOGIN_SESSION,
  removeAthlete: LOGIN_SESSION,
  leaveCoach: LOGIN_SESSION,
  // Privacy: all of one's data out, or the account gone; a leaked key must do neither.
  exportMyData: LOGIN_SESSION,
  deleteMyAccount: LOGIN_SESSION,
};

/** Query and Subscription fields need READ, except these. */
export const QUERY_REQUIREMENTS: Readonly<Record<string, Requirement>> = {
  mySessions: LOGIN_SESSION,
  apiKeys: LOGIN_SESSION,
};

export const SCOPE_NAMES: Record<ApiKeyScope, string> = {
  [ApiKeyScope.READ]: 'read',
  [ApiKeyScope.WRITE_LOGS]: 'write:logs',
  [ApiKeyScope.WRITE_PLANS]: 'write:plans',
};
