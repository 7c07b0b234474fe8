import type { ConstraintMessage } from '../../graphql/constraint-message.js';
import { CnsLoad, Equipment, ExerciseRelationshipType, ForceVector, Mechanics, MetricType, MovementPattern, MovementRuleType, MuscleGroup, RuleCadence, SkillLevel } from './catalog.enums.js';

const oneOf = (field: string, values: Record<string, string>): ConstraintMessage => ({
  code: 'BAD_USER_INPUT',
  field,
  message: `${field} must be one of ${Object.values(values).join(', ')}.`,
});

/**
 * Messages for the catalog tables' named constraints, when one rejects a write the service did
 * not catch first. Fields are the names createExercise / updateExercise / setAthleteEquipment use.
 */
export const catalogConstraints: Record<string, ConstraintMessage> = {
  // exercises
  uq_exercises_slug: {
    code: 'CONFLICT',
    field: 'name',
    message: 'Another exercise took the slug this name makes at the same moment: send the request again and a free slug is chosen.',
  },
  uq_exercises_system_name: {
    code: 'CONFLICT',
    field: 'name',
    message: 'The shipped catalog already has an exercise with this name (ignoring case).',
  },
  uq_exercises_creator_name: {
    code: 'CONFLICT',
    field: 'name',
    message: 'You already have an exercise with this name (ignoring case, archived ones included): choose another name or edit that one.',
  },
  ck_exercises_name_not_empty: { code: 'BAD_USER_INPUT', field: 'name', message: 'name must be at least 2 characters, not counting spaces.' },
  ck_exercises_slug_not_empty: { code: 'BAD_USER_INPUT', field: 'name', message: 'name must contain a letter or a digit.' },
  exercises_primary_muscle_check: oneOf('primaryMuscle', MuscleGroup),
  exercises_movement_check: oneOf('movement', MovementPattern),
  exercises_mechanics_check: oneOf('mechanics', Mechanics),
  exercises_force_check: oneOf('force', ForceVector),
  exercises_equipment_check: oneOf('equipment', Equipment),
  exercises_difficulty_check: oneOf('difficulty', SkillLevel),
  exercises_metric_type_check: oneOf('metricType', MetricType),
  exercises_cns_load_check: oneOf('cnsLoad', CnsLoad),
  exercises_created_by_id_foreign: { code: 'BAD_USER_INPUT', message: 'Your account no longer exists: log in again.' },

  // aliases
  uq_exercise_alias: { code: 'BAD_USER_INPUT', field: 'aliases', message: 'aliases must not list the same name twice.' },
  ck_exercise_aliases_not_empty: { code: 'BAD_USER_INPUT', field: 'aliases', message: 'aliases must not be blank.' },
  exercise_aliases_exercise_id_foreign: { code: 'BAD_USER_INPUT', field: 'id', message: 'The exercise was deleted meanwhile.' },

  // movement rules (setMovementRules)
  uq_smr_subject_exercise: { code: 'BAD_USER_INPUT', field: 'rules', message: 'rules must name each exercise at most once.' },
  uq_smr_subject_movement: { code: 'BAD_USER_INPUT', field: 'rules', message: 'rules must name each movement pattern at most once.' },
  ck_smr_one_target: { code: 'BAD_USER_INPUT', field: 'rules', message: 'Each rule names exactly one of exerciseId or movement.' },
  subject_movement_rules_movement_check: oneOf('movement', MovementPattern),
  subject_movement_rules_rule_type_check: oneOf('ruleType', MovementRuleType),
  subject_movement_rules_cadence_check: oneOf('cadence', RuleCadence),
  subject_movement_rules_subject_id_foreign: { code: 'BAD_USER_INPUT', field: 'athleteId', message: 'The athlete was deleted meanwhile.' },
  subject_movement_rules_exercise_id_foreign: { code: 'BAD_USER_INPUT', field: 'rules', message: 'An exercise in rules was deleted meanwhile: send the request again without it.' },

  // tags
  uq_tags_name: { code: 'CONFLICT', field: 'tags', message: 'Someone created this tag at the same moment: send the request again.' },
  ck_tags_name_not_empty: { code: 'BAD_USER_INPUT', field: 'tags', message: 'tags must not be blank.' },
  uq_exercise_tag: { code: 'BAD_USER_INPUT', field: 'tags', message: 'tags must not list the same tag twice (tags ignore case).' },
  exercise_tags_pkey: { code: 'BAD_USER_INPUT', field: 'tags', message: 'tags must not list the same tag twice (tags ignore case).' },
  exercise_tags_exercise_id_foreign: { code: 'BAD_USER_INPUT', field: 'id', message: 'The exercise was deleted meanwhile.' },
  exercise_tags_tag_id_foreign: { code: 'CONFLICT', field: 'tags', message: 'A tag was removed meanwhile: send the request again.' },

  // secondary muscles
  uq_exercise_muscle: { code: 'BAD_USER_INPUT', field: 'secondaryMuscles', message: 'secondaryMuscles must not list a muscle twice.' },
  exercise_secondary_muscles_pkey: { code: 'BAD_USER_INPUT', field: 'secondaryMuscles', message: 'secondaryMuscles must not list a muscle twice.' },
  exercise_secondary_muscles_muscle_check: oneOf('secondaryMuscles', MuscleGroup),
  exercise_secondary_muscles_exercise_id_foreign: { code: 'BAD_USER_INPUT', field: 'id', message: 'The exercise was deleted meanwhile.' },

  // equipment
  uq_equipment_code: { code: 'CONFLICT', field: 'code', message: 'An equipment item with this code already exists.' },
  uq_equipment_name: { code: 'CONFLICT', field: 'name', message: 'An equipment item with this name already exists.' },
  ck_equipment_code_format: {
    code: 'BAD_USER_INPUT',
    field: 'code',
    message: 'Equipment codes are upper case letters, digits and underscores, starting with a letter, e.g. FLAT_BENCH.',
  },
  exercise_equipment_pkey: { code: 'BAD_USER_INPUT', field: 'equipmentCodes', message: 'equipmentCodes must not list a code twice.' },
  exercise_equipment_exercise_id_foreign: { code: 'BAD_USER_INPUT', field: 'id', message: 'The exercise was deleted meanwhile.' },
  exercise_equipment_equipment_id_foreign: { code: 'BAD_USER_INPUT', field: 'equipmentCodes', message: 'equipmentCodes names equipment that no longer exists (see Query.equipment).' },
  subject_equipment_pkey: { code: 'BAD_USER_INPUT', field: 'equipmentCodes', message: 'equipmentCodes must not list a code twice.' },
  subject_equipment_subject_id_foreign: { code: 'BAD_USER_INPUT', field: 'athleteId', message: 'The athlete no longer exists.' },
  subject_equipment_equipment_id_foreign: { code: 'BAD_USER_INPUT', field: 'equipmentCodes', message: 'equipmentCodes names equipment that no longer exists (see Query.equipment).' },

  // relationships
  uq_exercise_relationship: { code: 'BAD_USER_INPUT', field: 'relationships', message: 'relationships must not list the same link (type and exercise) twice.' },
  ck_exercise_relationships_not_self: { code: 'BAD_USER_INPUT', field: 'relationships', message: 'An exercise cannot relate to itself.' },
  exercise_relationships_relationship_type_check: oneOf('relationships', ExerciseRelationshipType),
  exercise_relationships_source_id_foreign: { code: 'BAD_USER_INPUT', field: 'id', message: 'The exercise was deleted meanwhile.' },
  exercise_relationships_target_id_foreign: { code: 'BAD_USER_INPUT', field: 'relationships', message: 'A related exercise was deleted meanwhile.' },
};
