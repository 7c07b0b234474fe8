/** Vocabularies of the identity module (stored as text with CHECK constraints). */
export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
  OTHER = 'OTHER',
  PREFER_NOT_TO_SAY = 'PREFER_NOT_TO_SAY',
}

/** Which units the athlete sees; everything is stored metric (seed 002 `unit_system`). */
export enum UnitSystem {
  METRIC = 'METRIC',
  IMPERIAL = 'IMPERIAL',
}

/** The estimated-1RM formula an athlete prefers (seed 003 `E1RMFormula`). */
export enum E1rmFormula {
  EPLEY = 'EPLEY',
  BRZYCKI = 'BRZYCKI',
  LOMBARDI = 'LOMBARDI',
  OCONNER = 'OCONNER',
}

/**
 * What a partner API key may do (DESIGN: `read`, `write:logs`, `write:plans`). Login sessions may
 * do all three; account, key and invite mutations need a login session whatever the scopes.
 */
export enum ApiKeyScope {
  READ = 'READ',
  WRITE_LOGS = 'WRITE_LOGS',
  WRITE_PLANS = 'WRITE_PLANS',
}
