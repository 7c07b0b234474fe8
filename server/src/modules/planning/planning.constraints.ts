import type { ConstraintMessage } from '../../graphql/constraint-message.js';

/**
 * Messages for the planning tables' named constraints, when one rejects a write the service did
 * not catch first. Fields are the input fields of createRoutine/updateRoutine (the leaf name of
 * a nested field: the database cannot tell which day or set it was) and of the cycle mutations.
 * planning.constraints.api.test.ts checks that every constraint of these tables is listed.
 */
export const planningConstraints: Record<string, ConstraintMessage> = {
  // routines
  uq_routines_subject_name: {
    code: 'CONFLICT',
    field: 'name',
    message: 'name: this athlete already has a routine with this name (archived ones included), perhaps from an earlier attempt. Choose another name or edit that routine.',
  },
  ck_routines_revision_positive: { code: 'BAD_USER_INPUT', field: 'revision', message: 'revision must be 1 or more.' },
  routines_subject_id_foreign: { code: 'BAD_USER_INPUT', field: 'athleteId', message: 'athleteId: this athlete no longer exists.' },
  routines_created_by_id_foreign: { code: 'CONFLICT', message: 'Your account no longer exists: log in again.' },
  uq_routines_subject_client: {
    code: 'CONFLICT',
    field: 'clientId',
    message: 'clientId: another request with this clientId is writing a copy right now. Retry in a moment to get that copy.',
  },
  routines_copied_from_id_foreign: { code: 'CONFLICT', field: 'id', message: 'id: the routine to duplicate was deleted meanwhile.' },

  // routine_days
  uq_routine_days_routine_day_index: {
    code: 'CONFLICT',
    field: 'days',
    message: 'days: another edit wrote this routine at the same time. Reload it and apply your edit again.',
  },
  ck_routine_days_day_index_positive: { code: 'BAD_USER_INPUT', field: 'days', message: 'days: day numbers start at 1.' },
  routine_days_routine_id_foreign: { code: 'CONFLICT', field: 'id', message: 'id: this routine was deleted while you edited it.' },

  // routine_day_exercises
  uq_rde_day_pos: {
    code: 'CONFLICT',
    field: 'exercises',
    message: 'exercises: another edit wrote this day at the same time. Reload the routine and apply your edit again.',
  },
  ck_rde_position_positive: { code: 'BAD_USER_INPUT', field: 'exercises', message: 'exercises: positions start at 1.' },
  ck_rde_superset_group_positive: { code: 'BAD_USER_INPUT', field: 'supersetGroup', message: 'supersetGroup must be 1 or more.' },
  routine_day_exercises_section_check: { code: 'BAD_USER_INPUT', field: 'section', message: 'section must be WARMUP, MAIN or ACCESSORY.' },
  routine_day_exercises_routine_day_id_foreign: {
    code: 'CONFLICT',
    field: 'days',
    message: 'days: a day of this routine was removed while you edited it. Reload the routine and apply your edit again.',
  },
  routine_day_exercises_exercise_id_foreign: {
    code: 'BAD_USER_INPUT',
    field: 'exerciseId',
    message: 'exerciseId: no exercise has this id (it may have been deleted). Pick an exercise from the catalog.',
  },

  // routine_exercise_sets
  uq_res_rde_set_idx: {
    code: 'CONFLICT',
    field: 'sets',
    message: 'sets: another edit wrote this exercise at the same time. Reload the routine and apply your edit again.',
  },
  ck_res_set_index_positive: { code: 'BAD_USER_INPUT', field: 'sets', message: 'sets: set numbers start at 1.' },
  ck_res_target_weight_range: { code: 'BAD_USER_INPUT', field: 'targetWeightKg', message: 'targetWeightKg must be between 0 and 1000 kg.' },
  ck_res_target_reps_range: { code: 'BAD_USER_INPUT', field: 'targetReps', message: 'targetReps must be between 0 and 1000.' },
  ck_res_target_rir_range: { code: 'BAD_USER_INPUT', field: 'targetRir', message: 'targetRir must be between 0 and 10.' },
  ck_res_target_rpe_range: { code: 'BAD_USER_INPUT', field: 'targetRpe', message: 'targetRpe must be between 1 and 10.' },
  ck_res_target_rpe_half_steps: { code: 'BAD_USER_INPUT', field: 'targetRpe', message: 'targetRpe must be a whole or half number, e.g. 7.5.' },
  ck_res_target_rest_nonnegative: { code: 'BAD_USER_INPUT', field: 'targetRestSeconds', message: 'targetRestSeconds must be 0 or more.' },
  ck_res_rep_range_ordered: {
    code: 'BAD_USER_INPUT',
    field: 'targetRepsMax',
    message: 'targetRepsMin and targetRepsMax must be between 0 and 1000, and targetRepsMax at least targetRepsMin.',
  },
  ck_res_target_pct_1rm_range: { code: 'BAD_USER_INPUT', field: 'targetPct1rm', message: 'targetPct1rm must be greater than 0 and at most 120.' },
  ck_res_target_duration_nonnegative: { code: 'BAD_USER_INPUT', field: 'targetDurationSeconds', message: 'targetDurationSeconds must be 0 or more.' },
  ck_res_target_distance_nonnegative: { code: 'BAD_USER_INPUT', field: 'targetDistanceMeters', message: 'targetDistanceMeters must be 0 or more.' },
  routine_exercise_sets_routine_day_exercise_id_foreign: {
    code: 'CONFLICT',
    field: 'exercises',
    message: 'exercises: an exercise of this routine was removed while you edited it. Reload the routine and apply your edit again.',
  },

  // progression_rules
  uq_progression_rules_rde: {
    code: 'CONFLICT',
    field: 'progressionRule',
    message: 'progressionRule: this exercise already has a progression rule (another edit wrote it at the same time). Reload the routine and apply your edit again.',
  },
  ck_progression_rules_increment_range: { code: 'BAD_USER_INPUT', field: 'incrementKg', message: 'incrementKg must be between 0 and 50 kg.' },
  ck_progression_rules_rep_range: {
    code: 'BAD_USER_INPUT',
    field: 'repRangeMax',
    message: 'repRangeMin must be 1 or more and repRangeMax at least repRangeMin.',
  },
  ck_progression_rules_deload_every: { code: 'BAD_USER_INPUT', field: 'deloadEveryNCycles', message: 'deloadEveryNCycles must be 2 or more.' },
  ck_progression_rules_deload_pct: { code: 'BAD_USER_INPUT', field: 'deloadPct', message: 'deloadPct must be greater than 0 and less than 100.' },
  ck_progression_rules_wave_length: { code: 'BAD_USER_INPUT', field: 'waveLength', message: 'waveLength must be between 2 and 8.' },
  progression_rules_style_check: {
    code: 'BAD_USER_INPUT',
    field: 'style',
    message: 'style must be SINGLE_PROGRESSION, DOUBLE_PROGRESSION, WAVE_LOADING, PERCENT_1RM_WAVE or RPE_AUTOREGULATION.',
  },
  progression_rules_routine_day_exercise_id_foreign: {
    code: 'CONFLICT',
    field: 'exercises',
    message: 'exercises: an exercise of this routine was removed while you edited it. Reload the routine and apply your edit again.',
  },

  // cycles
  uq_cycles_routine_number: {
    code: 'CONFLICT',
    field: 'routineId',
    message: 'routineId: another cycle of this routine was started at the same moment. Reload the cycles before starting another.',
  },
  ck_cycles_number_positive: { code: 'BAD_USER_INPUT', field: 'cycleNumber', message: 'cycleNumber must be 1 or more.' },
  ck_cycles_dates_ordered: { code: 'BAD_USER_INPUT', field: 'endedOn', message: 'endedOn must be on or after the day the cycle started.' },
  cycles_subject_id_foreign: { code: 'BAD_USER_INPUT', field: 'athleteId', message: 'athleteId: this athlete no longer exists.' },
  cycles_routine_id_foreign: { code: 'BAD_USER_INPUT', field: 'routineId', message: 'routineId: this routine no longer exists.' },
};
