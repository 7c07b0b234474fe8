import type { ConstraintMessage } from '../../graphql/constraint-message.js';

/**
 * Messages for the execution tables' named constraints, when one rejects a write the service did
 * not catch first (a race, or a path that skipped validation). Range checks repeat the input
 * validation's wording, so a client shows the same message whichever wall stopped the write.
 */
export const executionConstraints: Record<string, ConstraintMessage> = {
  // workout_sessions
  uq_ws_subject_date: {
    code: 'CONFLICT',
    field: 'slot',
    message: 'That slot of the day already holds a session: choose another slot (1–4), or start the planned session.',
  },
  uq_ws_subject_import_fingerprint: {
    code: 'CONFLICT',
    field: 'content',
    message: 'This workout was already imported (the same date, start and sets): it is not imported twice. Retry to see which sessions are new.',
  },
  ck_ws_slot_range: { code: 'BAD_USER_INPUT', field: 'slot', message: 'slot must be between 1 and 4.' },
  ck_ws_fatigue_range: { code: 'BAD_USER_INPUT', field: 'perceivedFatigue', message: 'perceivedFatigue must be between 1 and 10.' },
  ck_ws_bodyweight_range: { code: 'BAD_USER_INPUT', field: 'bodyweightKg', message: 'bodyweightKg must be more than 0 and less than 700 kg.' },
  ck_ws_revision_positive: { code: 'BAD_USER_INPUT', field: 'revision', message: 'revision must be 1 or more.' },
  workout_sessions_status_check: {
    code: 'BAD_USER_INPUT',
    field: 'status',
    message: 'status must be one of PLANNED, IN_PROGRESS, COMPLETED, PARTIAL or SKIPPED.',
  },
  workout_sessions_subject_id_foreign: { code: 'CONFLICT', message: 'The athlete of this session no longer exists.' },
  workout_sessions_routine_day_id_foreign: {
    code: 'CONFLICT',
    field: 'routineDayId',
    message: 'routineDayId: that routine day was just deleted; reload the routine and try again.',
  },
  workout_sessions_cycle_id_foreign: { code: 'CONFLICT', message: "The routine's cycle was just deleted; reload the routine and try again." },

  // exercise_set_logs
  uq_esl_subject_client: {
    code: 'CONFLICT',
    field: 'clientId',
    message: 'clientId was already used for another set: generate a new clientId for a new set.',
  },
  uq_esl_session_planned_set: {
    code: 'CONFLICT',
    field: 'plannedSetId',
    message: 'That planned set is already logged in this session: correct the logged set instead of logging it again.',
  },
  uq_esl_session_set: {
    code: 'CONFLICT',
    message: 'A set of this exercise with the same position was logged at the same instant: retry, and the set gets the next position.',
  },
  ck_esl_set_index_positive: { code: 'BAD_USER_INPUT', field: 'setIndex', message: 'setIndex must be 1 or more.' },
  ck_esl_weight_range: { code: 'BAD_USER_INPUT', field: 'weightKg', message: 'weightKg must be between 0 and 1000 kg.' },
  ck_esl_reps_range: { code: 'BAD_USER_INPUT', field: 'reps', message: 'reps must be between 0 and 1000.' },
  ck_esl_rir_range: { code: 'BAD_USER_INPUT', field: 'rir', message: 'rir must be between 0 and 10.' },
  ck_esl_rpe_range: { code: 'BAD_USER_INPUT', field: 'rpe', message: 'rpe must be between 1 and 10.' },
  ck_esl_rpe_half_steps: { code: 'BAD_USER_INPUT', field: 'rpe', message: 'rpe must be between 1 and 10 in half steps, e.g. 7.5.' },
  ck_esl_rest_nonnegative: { code: 'BAD_USER_INPUT', field: 'restSeconds', message: 'restSeconds must be 0 or more.' },
  ck_esl_duration_nonnegative: { code: 'BAD_USER_INPUT', field: 'durationSeconds', message: 'durationSeconds must be 0 or more.' },
  ck_esl_distance_nonnegative: { code: 'BAD_USER_INPUT', field: 'distanceMeters', message: 'distanceMeters must be 0 or more.' },
  ck_esl_avg_hr_range: { code: 'BAD_USER_INPUT', field: 'avgHeartRate', message: 'avgHeartRate must be between 20 and 250 bpm.' },
  ck_esl_max_hr_range: { code: 'BAD_USER_INPUT', field: 'maxHeartRate', message: 'maxHeartRate must be between 20 and 250 bpm.' },
  ck_esl_drop_not_warmup: { code: 'BAD_USER_INPUT', field: 'isDropSet', message: 'A set is either a warm-up or a drop set, not both: unmark one.' },
  exercise_set_logs_subject_id_foreign: { code: 'CONFLICT', message: 'The athlete of this set no longer exists.' },
  exercise_set_logs_exercise_id_foreign: {
    code: 'CONFLICT',
    field: 'exerciseId',
    message: 'The exercise has logged sets, so it cannot be deleted (deactivate it instead), or it no longer exists.',
  },
  exercise_set_logs_session_id_foreign: { code: 'CONFLICT', field: 'sessionId', message: 'sessionId: that session was just deleted.' },
  exercise_set_logs_planned_set_id_foreign: {
    code: 'CONFLICT',
    field: 'plannedSetId',
    message: 'plannedSetId: that planned set was just removed from the routine; log the set without it.',
  },

  // personal_records (written by the services only: a violation means a concurrent change, worth a retry)
  uq_personal_records_subject_exercise_type: {
    code: 'CONFLICT',
    message: 'Your records of this exercise were being updated at the same moment: retry the change.',
  },
  ck_personal_records_value_positive: { code: 'BAD_USER_INPUT', message: 'A personal record must have a value above 0.' },
  ck_personal_records_source: { code: 'BAD_USER_INPUT', message: 'A personal record must name the set or the session that holds it.' },
  personal_records_record_type_check: {
    code: 'BAD_USER_INPUT',
    field: 'kind',
    message: 'kind must be one of HEAVIEST_WEIGHT, BEST_E1RM, SET_VOLUME or SESSION_VOLUME.',
  },
  personal_records_subject_id_foreign: { code: 'CONFLICT', message: 'The athlete of this record no longer exists.' },
  personal_records_exercise_id_foreign: { code: 'CONFLICT', message: 'The exercise of this record no longer exists.' },
  personal_records_set_log_id_foreign: { code: 'CONFLICT', message: 'The set holding this record was just deleted: retry the change.' },
  personal_records_session_id_foreign: { code: 'CONFLICT', message: 'The session holding this record was just deleted: retry the change.' },
};
