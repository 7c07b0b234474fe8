import type { ConstraintMessage } from '../../graphql/constraint-message.js';

/**
 * Messages for the identity tables' named constraints, when one rejects a write the service did
 * not catch first. Fields are the input fields of the operations that write each table.
 */
export const identityConstraints: Record<string, ConstraintMessage> = {
  // users
  uq_users_email: { code: 'CONFLICT', field: 'email', message: 'An account with this e-mail already exists: log in, or use another address.' },
  uq_users_username: { code: 'CONFLICT', field: 'username', message: 'This username is taken: choose another.' },
  ck_users_email_lower: { code: 'BAD_USER_INPUT', field: 'email', message: 'email must be stored in lower case.' },
  ck_users_username_not_empty: { code: 'BAD_USER_INPUT', field: 'username', message: 'username must not be empty or only spaces.' },
  users_role_check: { code: 'BAD_USER_INPUT', field: 'role', message: 'role must be ATHLETE, COACH or ADMIN.' },

  // subjects
  uq_subjects_user: { code: 'CONFLICT', field: 'userId', message: 'This account already has a training log.' },
  uq_subjects_pseudonym: { code: 'CONFLICT', message: 'A pseudonym collided (astronomically unlikely): try again.' },
  subjects_user_id_foreign: { code: 'BAD_USER_INPUT', field: 'userId', message: 'userId names no account.' },

  // coach_athletes
  uq_coach_athletes_pair: { code: 'CONFLICT', field: 'athleteId', message: "This athlete is already on the coach's roster." },
  ck_coach_athletes_not_self: { code: 'BAD_USER_INPUT', field: 'athleteId', message: 'A coach cannot put themself on their own roster.' },
  coach_athletes_coach_id_foreign: { code: 'BAD_USER_INPUT', field: 'coachId', message: 'coachId names no account.' },
  coach_athletes_athlete_id_foreign: { code: 'BAD_USER_INPUT', field: 'athleteId', message: 'athleteId names no account.' },

  // auth_sessions
  uq_auth_sessions_token_hash: { code: 'CONFLICT', message: 'Logging in collided with another session: log in again.' },
  auth_sessions_user_id_foreign: { code: 'BAD_USER_INPUT', field: 'email', message: 'The account no longer exists.' },

  // api_keys (uq_api_keys_user_live_name is a partial unique index: one live key per name)
  uq_api_keys_user_live_name: { code: 'CONFLICT', field: 'name', message: 'You already have a key with this name: choose another, or revoke that key first.' },
  uq_api_keys_user_client: {
    code: 'CONFLICT',
    field: 'clientId',
    message: 'This clientId already created a key: resend the same input to get it again, or use a new clientId for another key.',
  },
  uq_api_keys_secret_hash: { code: 'CONFLICT', message: 'Creating the key collided with another one (astronomically unlikely): try again.' },
  ck_api_keys_name_not_empty: { code: 'BAD_USER_INPUT', field: 'name', message: 'name must not be empty or only spaces.' },
  ck_api_keys_scopes_not_empty: { code: 'BAD_USER_INPUT', field: 'scopes', message: 'scopes must name at least one scope.' },
  api_keys_scopes_check: { code: 'BAD_USER_INPUT', field: 'scopes', message: 'scopes must be READ, WRITE_LOGS or WRITE_PLANS.' },
  ck_api_keys_prefix_format: { code: 'BAD_USER_INPUT', message: 'An API key prefix must be rwk_ and 6 characters.' },
  api_keys_user_id_foreign: { code: 'BAD_USER_INPUT', message: 'The account no longer exists.' },

  // coach_invites
  uq_coach_invites_code_hash: { code: 'CONFLICT', message: 'Creating the invite collided with another code (astronomically unlikely): try again.' },
  uq_coach_invites_coach_client: {
    code: 'CONFLICT',
    field: 'clientId',
    message: 'This clientId already created an invite: resend the same input to get it again, or use a new clientId for another invite.',
  },
  ck_coach_invites_expiry: { code: 'BAD_USER_INPUT', message: 'An invite must expire after it is created.' },
  ck_coach_invites_one_outcome: { code: 'CONFLICT', field: 'id', message: 'An invite is either accepted or revoked, never both.' },
  ck_coach_invites_label_not_empty: { code: 'BAD_USER_INPUT', field: 'label', message: 'label must not be empty or only spaces: leave it out instead.' },
  coach_invites_coach_id_foreign: { code: 'BAD_USER_INPUT', message: 'The coach account no longer exists.' },
  coach_invites_accepted_by_id_foreign: { code: 'BAD_USER_INPUT', message: 'The athlete account no longer exists.' },

  // subject_profiles
  uq_subject_profiles_subject: {
    code: 'CONFLICT',
    field: 'athleteId',
    message: 'This athlete already has a profile: change it with updateAthleteProfile.',
  },
  ck_subject_profiles_birth_year: { code: 'BAD_USER_INPUT', field: 'birthYear', message: 'birthYear must be 1900 or later.' },
  ck_subject_profiles_height_range: { code: 'BAD_USER_INPUT', field: 'heightCm', message: 'heightCm must be between 50 and 272.' },
  subject_profiles_sex_check: { code: 'BAD_USER_INPUT', field: 'sex', message: 'sex must be MALE, FEMALE, OTHER or PREFER_NOT_TO_SAY.' },
  subject_profiles_subject_id_foreign: { code: 'BAD_USER_INPUT', field: 'athleteId', message: 'athleteId names no athlete (the account may just have been erased).' },

  // subject_body_metrics
  uq_sbm_subject_day: {
    code: 'CONFLICT',
    field: 'measuredOn',
    message: 'There already are body metrics for that day: record the day again with recordBodyMetrics to update them.',
  },
  ck_sbm_weight_range: { code: 'BAD_USER_INPUT', field: 'weightKg', message: 'weightKg must be between 0 and 699.99 kg.' },
  ck_sbm_bodyfat_range: { code: 'BAD_USER_INPUT', field: 'bodyfatPct', message: 'bodyfatPct must be between 0 and 100.' },
  ck_sbm_resting_hr_range: { code: 'BAD_USER_INPUT', field: 'restingHr', message: 'restingHr must be between 1 and 299 bpm.' },
  subject_body_metrics_subject_id_foreign: { code: 'BAD_USER_INPUT', field: 'athleteId', message: 'athleteId names no athlete (the account may just have been erased).' },

  // user_settings
  uq_user_settings_user: { code: 'CONFLICT', message: 'This account already has settings: change them with updateSettings.' },
  ck_user_settings_bar_weight_range: { code: 'BAD_USER_INPUT', field: 'barWeightKg', message: 'barWeightKg must be between 0 and 100 kg.' },
  ck_user_settings_plates_array: { code: 'BAD_USER_INPUT', field: 'platesKg', message: 'platesKg must be a list of plate sizes in kg.' },
  user_settings_unit_system_check: { code: 'BAD_USER_INPUT', field: 'unitSystem', message: 'unitSystem must be METRIC or IMPERIAL.' },
  user_settings_e1rm_formula_check: { code: 'BAD_USER_INPUT', field: 'e1rmFormula', message: 'e1rmFormula must be EPLEY, BRZYCKI, LOMBARDI or OCONNER.' },
  user_settings_user_id_foreign: { code: 'BAD_USER_INPUT', message: 'The account no longer exists.' },
};
