import type { EntityManager } from '@mikro-orm/postgresql';
import { groupLoader, oneLoader } from '../../graphql/batch.js';
import { RoutineDayExercise } from './routine-day-exercise.entity.js';
import { RoutineDay } from './routine-day.entity.js';
import { RoutineExerciseSet } from './routine-exercise-set.entity.js';
import { Routine } from './routine.entity.js';

export function createPlanningLoaders(em: EntityManager) {
  return {
    /** The active routine of each subject (the most recently created, if several are active). */
    activeRoutineBySubjectId: oneLoader(
      (subjectIds: readonly number[]) =>
        em.find(Routine, { subject: { $in: [...subjectIds] }, isActive: true }, { orderBy: { createdAt: 'desc', id: 'desc' } }),
      (routine) => routine.subject.id,
    ),
    routineById: oneLoader(
      (ids: readonly number[]) => em.find(Routine, { id: { $in: [...ids] } }),
      (routine) => routine.id,
    ),
    routineDayById: oneLoader(
      (ids: readonly number[]) => em.find(RoutineDay, { id: { $in: [...ids] } }),
      (day) => day.id,
    ),
    daysByRoutineId: groupLoader(
      (routineIds: readonly number[]) =>
        em.find(RoutineDay, { routine: { $in: [...routineIds] } }, { orderBy: { routine: 'asc', dayIndex: 'asc' } }),
      (day) => day.routine.id,
    ),
    exercisesByDayId: groupLoader(
      (dayIds: readonly number[]) =>
        // The exercise comes joined: it is always shown with its slot, and a shared exercise
        // loader would batch differently depending on which branch of a query resolves first.
        em.find(
          RoutineDayExercise,
          { routineDay: { $in: [...dayIds] } },
          { populate: ['exercise'], orderBy: { routineDay: 'asc', position: 'asc' } },
        ),
      (slot) => slot.routineDay.id,
    ),
    setsByDayExerciseId: groupLoader(
      (slotIds: readonly number[]) =>
        em.find(
          RoutineExerciseSet,
          { routineDayExercise: { $in: [...slotIds] } },
          { orderBy: { routineDayExercise: 'asc', setIndex: 'asc' } },
        ),
      (set) => set.routineDayExercise.id,
    ),
  };
}
