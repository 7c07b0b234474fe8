import type { ConstraintMessage } from '../../graphql/constraint-message.js';

/**
 * Messages for the health tables' named constraints, when one rejects a write the service did not
 * catch first (the services validate every rule below; these answer a race or a missed check).
 * Fields are the input fields of recordBenchmark, recordRecoverySignal, recordSoreness.
 */
export const healthConstraints: Record<string, ConstraintMessage> = {
  // benchmarks
  ck_benchmarks_value_positive: { code: 'BAD_USER_INPUT', field: 'value', message: 'value must be greater than 0.' },
  ck_benchmarks_exercise_required: {
    code: 'BAD_USER_INPUT',
    field: 'exerciseId',
    message: 'exerciseId is required for ONE_RM and TRAINING_MAX benchmarks: name the exercise it was tested on.',
  },
  benchmarks_metric_type_check: { code: 'BAD_USER_INPUT', field: 'metricType', message: 'metricType is not a benchmark type this API knows.' },
  benchmarks_exercise_id_foreign: { code: 'BAD_USER_INPUT', field: 'exerciseId', message: 'exerciseId names no exercise in the catalog (it may just have been deleted).' },
  benchmarks_subject_id_foreign: { code: 'BAD_USER_INPUT', field: 'athleteId', message: 'athleteId names no athlete (the account may just have been erased).' },

  // recovery_signals
  uq_recovery_signals_subject_day_source: {
    code: 'CONFLICT',
    field: 'measuredOn',
    message: 'There already is a reading from this source on that day: record it again with recordRecoverySignal to update it.',
  },
  ck_recovery_signals_hrv_range: { code: 'BAD_USER_INPUT', field: 'hrvMs', message: 'hrvMs must be between 0.1 and 300 ms.' },
  ck_recovery_signals_resting_hr_range: { code: 'BAD_USER_INPUT', field: 'restingHr', message: 'restingHr must be between 1 and 299 bpm.' },
  ck_recovery_signals_sleep_score_range: { code: 'BAD_USER_INPUT', field: 'sleepScore', message: 'sleepScore must be between 0 and 100.' },
  ck_recovery_signals_sleep_hours_range: { code: 'BAD_USER_INPUT', field: 'sleepHours', message: 'sleepHours must be between 0 and 24.' },
  ck_recovery_signals_readiness_range: { code: 'BAD_USER_INPUT', field: 'readiness', message: 'readiness must be between 0 and 100.' },
  recovery_signals_source_check: { code: 'BAD_USER_INPUT', field: 'source', message: 'source must be MANUAL, GARMIN, APPLE, OURA or WHOOP.' },
  recovery_signals_session_id_foreign: { code: 'BAD_USER_INPUT', field: 'sessionId', message: 'sessionId names no session (it may just have been deleted).' },
  recovery_signals_subject_id_foreign: { code: 'BAD_USER_INPUT', field: 'athleteId', message: 'athleteId names no athlete (the account may just have been erased).' },

  // soreness_logs
  uq_soreness_logs_subject_day_part: {
    code: 'CONFLICT',
    field: 'entries',
    message: 'That body part already has a soreness entry on that day: record it again with recordSoreness to update it.',
  },
  ck_soreness_logs_level_range: { code: 'BAD_USER_INPUT', field: 'entries', message: 'soreness must be between 1 and 5.' },
  soreness_logs_body_part_check: { code: 'BAD_USER_INPUT', field: 'entries', message: 'bodyPart is not a body part this API knows.' },
  soreness_logs_inferred_cause_session_id_foreign: {
    code: 'BAD_USER_INPUT',
    field: 'inferredCauseSessionId',
    message: 'inferredCauseSessionId names no session (it may just have been deleted).',
  },
  soreness_logs_subject_id_foreign: { code: 'BAD_USER_INPUT', field: 'athleteId', message: 'athleteId names no athlete (the account may just have been erased).' },

  // import_logs (written by the importer, a later issue; its input field names)
  ck_import_logs_confidence_range: { code: 'BAD_USER_INPUT', field: 'confidence', message: 'confidence must be between 0 and 1.' },
  ck_import_logs_raw_not_empty: { code: 'BAD_USER_INPUT', field: 'rawText', message: 'rawText must not be empty: paste the workouts to import.' },
  import_logs_source_check: { code: 'BAD_USER_INPUT', field: 'source', message: 'source must be TEXT, STRONG_CSV or HEVY_CSV.' },
  import_logs_status_check: { code: 'BAD_USER_INPUT', field: 'status', message: 'status must be PARSED, APPLIED or FAILED.' },
  import_logs_subject_id_foreign: { code: 'BAD_USER_INPUT', field: 'athleteId', message: 'athleteId names no athlete (the account may just have been erased).' },
  import_logs_routine_id_foreign: { code: 'BAD_USER_INPUT', field: 'routineId', message: 'routineId names no routine (it may just have been deleted).' },
};
