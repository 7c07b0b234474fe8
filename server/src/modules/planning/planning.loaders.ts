import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import { groupLoader, oneLoader } from '../../graphql/batch.js';
import { type ExerciseColumns, exerciseColumns, exerciseFromRow } from '../catalog/exercise.type.js';
import type { RoutineExerciseSetView } from './routine.type.js';
import { RoutineDay } from './routine-day.entity.js';
import { Routine } from './routine.entity.js';

interface SlotRow extends ExerciseColumns {
  id: number;
  routine_day_id: number;
  position: number;
  notes: string | null;
}

interface PlannedSetRow {
  id: number;
  routine_day_exercise_id: number;
  set_index: number;
  is_warmup: boolean;
  to_failure: boolean;
  target_weight_kg: string | null;
  target_reps: number | null;
  target_rir: number | null;
  target_rpe: string | null;
  target_tempo: string | null;
  target_rest_s: number | null;
}

/** numeric columns arrive as strings from a raw query. */
const toNumber = (value: string | null) => (value === null ? null : Number(value));

function plannedSetFromRow(row: PlannedSetRow): RoutineExerciseSetView & { slotId: number } {
  return {
    id: row.id,
    slotId: row.routine_day_exercise_id,
    setIndex: row.set_index,
    isWarmup: row.is_warmup,
    toFailure: row.to_failure,
    targetWeightKg: toNumber(row.target_weight_kg),
    targetReps: row.target_reps,
    targetRir: row.target_rir,
    targetRpe: toNumber(row.target_rpe),
    targetTempo: row.target_tempo,
    targetRestSeconds: row.target_rest_s,
  } as RoutineExerciseSetView & { slotId: number };
}

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
    /**
     * The two widest levels of a plan tree (slots and planned sets) are read as plain rows, not
     * entities: hydrating thousands of managed entities cost ~20× the SQL itself (bench/dashboard).
     * The exercise comes joined: it is always shown with its slot.
     */
    exercisesByDayId: groupLoader(
      (dayIds: readonly number[]) =>
        rawQuery<SlotRow>(
          em,
          `select rde.id, rde.routine_day_id, rde.position, rde.notes, ${exerciseColumns('e')}
             from routine_day_exercises rde join exercises e on e.id = rde.exercise_id
            where rde.routine_day_id in (?) order by rde.routine_day_id, rde.position`,
          [[...dayIds]],
        ).then((rows) => rows.map((row) => ({ id: row.id, routineDayId: row.routine_day_id, position: row.position, notes: row.notes, exercise: exerciseFromRow(row) }))),
      (slot) => slot.routineDayId,
    ),
    setsByDayExerciseId: groupLoader(
      (slotIds: readonly number[]) =>
        rawQuery<PlannedSetRow>(
          em,
          `select id, routine_day_exercise_id, set_index, is_warmup, to_failure, target_weight_kg, target_reps, target_rir,
                  target_rpe, target_tempo, target_rest_s
             from routine_exercise_sets where routine_day_exercise_id in (?) order by routine_day_exercise_id, set_index`,
          [[...slotIds]],
        ).then((rows) => rows.map(plannedSetFromRow)),
      (set) => set.slotId,
    ),
  };
}
