import { BaseEntity } from './base.entity.js';
import { AuthSession } from '../modules/identity/auth-session.entity.js';
import { CoachAthlete } from '../modules/identity/coach-athlete.entity.js';
import { ApiKey } from '../modules/identity/api-key.entity.js';
import { CoachInvite } from '../modules/identity/coach-invite.entity.js';
import { LoginFailure } from '../modules/identity/login-failure.entity.js';
import { Subject } from '../modules/identity/subject.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { SubjectBodyMetric } from '../modules/identity/subject-body-metric.entity.js';
import { SubjectProfile } from '../modules/identity/subject-profile.entity.js';
import { UserSettings } from '../modules/identity/user-settings.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { Exercise } from '../modules/catalog/exercise.entity.js';
import { ExerciseAlias } from '../modules/catalog/exercise-alias.entity.js';
import { ExerciseRelationship } from '../modules/catalog/exercise-relationship.entity.js';
import { ExerciseSecondaryMuscle } from '../modules/catalog/exercise-secondary-muscle.entity.js';
import { EquipmentItem, ExerciseEquipment, SubjectEquipment } from '../modules/catalog/equipment.entity.js';
import { SubjectMovementRule } from '../modules/catalog/movement-rule.entity.js';
import { ExerciseTag, Tag } from '../modules/catalog/tag.entity.js';
import { ProgressionRule } from '../modules/planning/progression-rule.entity.js';
import { ProgressionStep } from '../modules/planning/progression-step.entity.js';
import { Cycle } from '../modules/planning/cycle.entity.js';
import { Routine } from '../modules/planning/routine.entity.js';
import { RoutineDay } from '../modules/planning/routine-day.entity.js';
import { RoutineDayExercise } from '../modules/planning/routine-day-exercise.entity.js';
import { RoutineExerciseSet } from '../modules/planning/routine-exercise-set.entity.js';
import { ExerciseSetLog } from '../modules/execution/exercise-set-log.entity.js';
import { WorkoutSession } from '../modules/execution/workout-session.entity.js';
import { PersonalRecord } from '../modules/execution/personal-record.entity.js';
import { Benchmark } from '../modules/health/benchmark.entity.js';
import { ImportLog } from '../modules/health/import-log.entity.js';
import { RecoverySignal } from '../modules/health/recovery-signal.entity.js';
import { SorenessLog } from '../modules/health/soreness-log.entity.js';

/** Every entity, listed explicitly: discovery by folder scanning breaks under bundlers and test runners. */
export const entities = [
  BaseEntity,
  User,
  Subject,
  AuthSession,
  CoachAthlete,
  ApiKey,
  CoachInvite,
  LoginFailure,
  Exercise,
  Routine,
  RoutineDay,
  RoutineDayExercise,
  RoutineExerciseSet,
  Cycle,
  WorkoutSession,
  ExerciseSetLog,
  SubjectProfile,
  SubjectBodyMetric,
  UserSettings,
  AuditLog,
  ExerciseAlias,
  Tag,
  ExerciseTag,
  ExerciseSecondaryMuscle,
  EquipmentItem,
  ExerciseEquipment,
  SubjectEquipment,
  ExerciseRelationship,
  SubjectMovementRule,
  ProgressionRule,
  ProgressionStep,
  PersonalRecord,
  Benchmark,
  RecoverySignal,
  SorenessLog,
  ImportLog,
];
