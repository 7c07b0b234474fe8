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
