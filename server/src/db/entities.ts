import { BaseEntity } from './base.entity.js';
import { AuthSession } from '../modules/identity/auth-session.entity.js';
import { CoachAthlete } from '../modules/identity/coach-athlete.entity.js';
import { Subject } from '../modules/identity/subject.entity.js';
import { User } from '../modules/identity/user.entity.js';
import { Exercise } from '../modules/catalog/exercise.entity.js';
import { Cycle } from '../modules/planning/cycle.entity.js';
import { Routine } from '../modules/planning/routine.entity.js';
import { RoutineDay } from '../modules/planning/routine-day.entity.js';
import { RoutineDayExercise } from '../modules/planning/routine-day-exercise.entity.js';
import { RoutineExerciseSet } from '../modules/planning/routine-exercise-set.entity.js';
import { ExerciseSetLog } from '../modules/execution/exercise-set-log.entity.js';
import { WorkoutSession } from '../modules/execution/workout-session.entity.js';

/** Every entity, listed explicitly: discovery by folder scanning breaks under bundlers and test runners. */
export const entities = [
  BaseEntity,
  User,
  Subject,
  AuthSession,
  CoachAthlete,
  Exercise,
  Routine,
  RoutineDay,
  RoutineDayExercise,
  RoutineExerciseSet,
  Cycle,
  WorkoutSession,
  ExerciseSetLog,
];
