import type { EntityManager } from '@mikro-orm/postgresql';
import { Exercise } from '../catalog/exercise.entity.js';
import type { ExerciseSection, ProgressionStyle } from './planning.enums.js';
import { ProgressionRule } from './progression-rule.entity.js';
import { RoutineDayExercise } from './routine-day-exercise.entity.js';
import { RoutineDay } from './routine-day.entity.js';
import { RoutineExerciseSet } from './routine-exercise-set.entity.js';
import type { Routine } from './routine.entity.js';

/**
 * Writing a routine's tree (days → exercises → planned sets, progression rules) from a whole new
 * tree, keeping the ids of rows that still stand where they stood:
 * - the day at the same dayIndex is kept (updated in place);
 * - an exercise is kept when the same exercise stays at the same position of a kept day;
 * - a planned set is kept at the same setIndex of a kept exercise; a progression rule with it.
 * Everything else is removed or added. Kept rows never move, so the unique orderings
 * (dayIndex, position, setIndex per parent) cannot collide: removals run first, then updates
 * and inserts fill the freed and new places.
 */

export interface SetSpec {
  isWarmup: boolean;
  toFailure: boolean;
  targetReps: number | null;
  targetRepsMin: number | null;
  targetRepsMax: number | null;
  targetWeightKg: number | null;
  targetPct1rm: number | null;
  targetRir: number | null;
  targetRpe: number | null;
  targetTempo: string | null;
  targetRestSeconds: number | null;
  targetDurationSeconds: number | null;
  targetDistanceMeters: number | null;
  notes: string | null;
}

export interface RuleSpec {
  style: ProgressionStyle;
  incrementKg: number;
  repRangeMin: number | null;
  repRangeMax: number | null;
  waveLength: number | null;
  deloadEveryNCycles: number | null;
  deloadPct: number;
}

export interface SlotSpec {
  exerciseId: number;
  section: ExerciseSection;
  supersetGroup: number | null;
  notes: string | null;
  rule: RuleSpec | null;
  sets: SetSpec[];
}

export interface DaySpec {
  title: string | null;
  isRest: boolean;
  notes: string | null;
  exercises: SlotSpec[];
}

/** The stored tree of one routine, as entities of the transaction's EntityManager. */
export interface StoredTree {
  days: RoutineDay[];
  slots: RoutineDayExercise[];
  sets: RoutineExerciseSet[];
  rules: ProgressionRule[];
}

export interface TreeChanges {
  daysKept: number;
  daysAdded: number;
  daysRemoved: number;
  exercisesKept: number;
  exercisesAdded: number;
  exercisesRemoved: number;
  setsKept: number;
  setsAdded: number;
  setsRemoved: number;
}

export async function loadStoredTree(em: EntityManager, routineId: number): Promise<StoredTree> {
  const days = await em.find(RoutineDay, { routine: routineId });
  if (days.length === 0) return { days, slots: [], sets: [], rules: [] };
  const slots = await em.find(RoutineDayExercise, { routineDay: { $in: days.map((day) => day.id) } });
  if (slots.length === 0) return { days, slots, sets: [], rules: [] };
  const slotIds = slots.map((slot) => slot.id);
  // One after the other: a transaction is one connection.
  const sets = await em.find(RoutineExerciseSet, { routineDayExercise: { $in: slotIds } });
  const rules = await em.find(ProgressionRule, { routineDayExercise: { $in: slotIds } });
  return { days, slots, sets, rules };
}

const groupBy = <T, K>(items: T[], keyOf: (item: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
};

/**
 * Writes `spec` over `stored` (empty for a new routine): deletes what no longer stands, then
 * persists updates and inserts into `em`'s unit of work (the caller flushes, in its transaction).
 */
export async function writeTree(em: EntityManager, routine: Routine, stored: StoredTree, spec: DaySpec[]): Promise<TreeChanges> {
  const changes: TreeChanges = {
    daysKept: 0, daysAdded: 0, daysRemoved: 0,
    exercisesKept: 0, exercisesAdded: 0, exercisesRemoved: 0,
    setsKept: 0, setsAdded: 0, setsRemoved: 0,
  };
  const dayAt = new Map(stored.days.map((day) => [day.dayIndex, day]));
  const slotsOfDay = groupBy(stored.slots, (slot) => slot.routineDay.id);
  const setsOfSlot = groupBy(stored.sets, (set) => set.routineDayExercise.id);
  const ruleOfSlot = new Map(stored.rules.map((rule) => [rule.routineDayExercise.id, rule]));
  const removed = { days: [] as number[], slots: [] as number[], sets: [] as number[], rules: [] as number[] };
  const removeSlot = (slot: RoutineDayExercise, withDay = false) => {
    if (!withDay) removed.slots.push(slot.id);
    changes.exercisesRemoved += 1;
    changes.setsRemoved += setsOfSlot.get(slot.id)?.length ?? 0;
  };

  // What stands where: decided on the stored tree before anything is written.
  const plan = spec.map((daySpec, i) => {
    const day = dayAt.get(i + 1) ?? null;
    const slotAt = new Map((day ? (slotsOfDay.get(day.id) ?? []) : []).map((slot) => [slot.position, slot]));
    for (const [position, slot] of slotAt) if (position > daySpec.exercises.length) removeSlot(slot);
    const slots = daySpec.exercises.map((slotSpec, j) => {
      const old = slotAt.get(j + 1);
      const slot = old && old.exercise.id === slotSpec.exerciseId ? old : null;
      if (old && !slot) removeSlot(old);
      const setAt = new Map((slot ? (setsOfSlot.get(slot.id) ?? []) : []).map((set) => [set.setIndex, set]));
      for (const [setIndex, set] of setAt) {
        if (setIndex > slotSpec.sets.length) {
          removed.sets.push(set.id);
          changes.setsRemoved += 1;
        }
      }
      const rule = slot ? (ruleOfSlot.get(slot.id) ?? null) : null;
      if (rule && !slotSpec.rule) removed.rules.push(rule.id);
      return { spec: slotSpec, slot, rule, sets: slotSpec.sets.map((setSpec, k) => ({ spec: setSpec, set: setAt.get(k + 1) ?? null })) };
    });
    return { spec: daySpec, day, slots };
  });
  for (const day of stored.days) {
    if (day.dayIndex > spec.length) {
      removed.days.push(day.id);
      changes.daysRemoved += 1;
      for (const slot of slotsOfDay.get(day.id) ?? []) removeSlot(slot, true);
    }
  }

  // Removals first (a removed day takes its exercises, sets and rules with it: ON DELETE CASCADE).
  if (removed.days.length > 0) await em.nativeDelete(RoutineDay, { id: { $in: removed.days } });
  if (removed.slots.length > 0) await em.nativeDelete(RoutineDayExercise, { id: { $in: removed.slots } });
  if (removed.sets.length > 0) await em.nativeDelete(RoutineExerciseSet, { id: { $in: removed.sets } });
  if (removed.rules.length > 0) await em.nativeDelete(ProgressionRule, { id: { $in: removed.rules } });

  plan.forEach(({ spec: daySpec, day: kept, slots }, i) => {
    const day = kept ?? em.create(RoutineDay, { routine, dayIndex: i + 1 });
    changes[kept ? 'daysKept' : 'daysAdded'] += 1;
    Object.assign(day, { title: daySpec.title, isRest: daySpec.isRest, notes: daySpec.notes });
    slots.forEach(({ spec: slotSpec, slot: keptSlot, rule, sets }, j) => {
      const slot = keptSlot ?? em.create(RoutineDayExercise, { routineDay: day, exercise: em.getReference(Exercise, slotSpec.exerciseId), position: j + 1 });
      changes[keptSlot ? 'exercisesKept' : 'exercisesAdded'] += 1;
      Object.assign(slot, { section: slotSpec.section, supersetGroup: slotSpec.supersetGroup, notes: slotSpec.notes });
      if (slotSpec.rule) Object.assign(rule ?? em.create(ProgressionRule, { routineDayExercise: slot, style: slotSpec.rule.style }), slotSpec.rule);
      sets.forEach(({ spec: setSpec, set: keptSet }, k) => {
        const set = keptSet ?? em.create(RoutineExerciseSet, { routineDayExercise: slot, setIndex: k + 1 });
        changes[keptSet ? 'setsKept' : 'setsAdded'] += 1;
        Object.assign(set, setSpec);
      });
    });
  });
  return changes;
}
