/** What a benchmark measures (seed 001 `MetricType`). */
export enum BenchmarkType {
  /** One-rep max of an exercise (needs the exercise). */
  ONE_RM = 'ONE_RM',
  /** Training max, the reduced 1RM percentage programs use (needs the exercise). */
  TRAINING_MAX = 'TRAINING_MAX',
  /** Functional threshold power, watts. */
  FTP = 'FTP',
  MAX_HEART_RATE = 'MAX_HEART_RATE',
  HR_ZONE_1 = 'HR_ZONE_1',
  HR_ZONE_2 = 'HR_ZONE_2',
  HR_ZONE_3 = 'HR_ZONE_3',
  HR_ZONE_4 = 'HR_ZONE_4',
  HR_ZONE_5 = 'HR_ZONE_5',
  /** Paces in seconds per kilometre. */
  PACE_5K = 'PACE_5K',
  PACE_10K = 'PACE_10K',
  PACE_HALF_MARATHON = 'PACE_HALF_MARATHON',
}

/** Where a recovery signal came from (seed 003 `RecoverySource`). */
export enum RecoverySource {
  MANUAL = 'MANUAL',
  GARMIN = 'GARMIN',
  APPLE = 'APPLE',
  OURA = 'OURA',
  WHOOP = 'WHOOP',
}

/** How an import's text arrived (seed 002 import log, DESIGN §3 parsing). */
export enum ImportSource {
  TEXT = 'TEXT',
  STRONG_CSV = 'STRONG_CSV',
  HEVY_CSV = 'HEVY_CSV',
}

export enum ImportStatus {
  /** Parsed and waiting for the athlete to confirm. */
  PARSED = 'PARSED',
  /** Written as sessions and sets. */
  APPLIED = 'APPLIED',
  /** Nothing could be read. */
  FAILED = 'FAILED',
}
