import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { rawJsonRows, rawQuery } from '../../db/raw-query.js';
import { groupLoader, oneLoader } from '../../graphql/batch.js';
import { type ExerciseColumns, type ExerciseView, attachExercises, exerciseColumns, exerciseFromRow } from '../catalog/exercise.type.js';
import { Cycle } from './cycle.entity.js';
import type { ExerciseSection, ProgressionStyle } from './planning.enums.js';
import { type ProgressionRuleView, type RoutineDayExerciseView, type RoutineExerciseSetView, routineDayFromRow, routineFromRow } from './routine.type.js';
import { RoutineDay } from './routine-day.entity.js';
import { Routine } from './routine.entity.js';

interface SlotRow extends ExerciseColumns {
  id: number;
  routine_day_id: number;
  position: number;
  section: ExerciseSection;
  superset_group: number | null;
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
  target_reps_min: number | null;
  target_reps_max: number | null;
  target_pct_1rm: string | null;
  target_rir: number | null;
  target_rpe: string | null;
  target_tempo: string | null;
  target_rest_s: number | null;
  target_duration_s: number | null;
  target_distance_m: string | null;
  notes: string | null;
}

interface ProgressionRuleRow {
  routine_day_exercise_id: number;
  style: ProgressionStyle;
  increment_kg: string;
  rep_range_min: number | null;
  rep_range_max: number | null;
  wave_length: number | null;
  deload_every_n_cycles: number | null;
  deload_pct: string;
}

/** numeric columns arrive as strings from a raw query (as numbers from rawJsonRows). */
const toNumber = (value: string | number | null) => (value === null ? null : Number(value));

const SLOT_COLUMNS = `rde.id, rde.routine_day_id, rde.position, rde.section, rde.superset_group, rde.notes, ${exerciseColumns('e')}`;

const LEAN_SLOT_COLUMNS = 'rde.id, rde.routine_day_id, rde.position, rde.section, rde.superset_group, rde.notes, rde.exercise_id';

type LeanSlotRow = Omit<SlotRow, keyof ExerciseColumns> & { exercise_id: number };

function leanSlotFromRow(row: LeanSlotRow & { exercise: ExerciseView }): RoutineDayExerciseView & { routineDayId: number } {
  return {
    id: row.id,
    routineDayId: row.routine_day_id,
    position: row.position,
    section: row.section,
    supersetGroup: row.superset_group,
    notes: row.notes,
    exercise: row.exercise,
  };
}

function slotFromRow(row: SlotRow): RoutineDayExerciseView & { routineDayId: number } {
  return leanSlotFromRow({ ...row, exercise_id: row.ex_id, exercise: exerciseFromRow(row) });
}

const PLANNED_SET_COLUMNS = `res.id, res.routine_day_exercise_id, res.set_index, res.is_warmup, res.to_failure, res.target_weight_kg, res.target_reps,
  res.target_reps_min, res.target_reps_max, res.target_pct_1rm, res.target_rir, res.target_rpe, res.target_tempo, res.target_rest_s,
  res.target_duration_s, res.target_distance_m, res.notes`;

/** A planned set as a positional JSON array (see daysByRoutineId): no repeated keys to parse. */
const PLANNED_SET_TUPLE = `res.id, res.set_index, res.is_warmup, res.to_failure, res.target_weight_kg, res.target_reps, res.target_reps_min,
  res.target_reps_max, res.target_pct_1rm, res.target_rir, res.target_rpe, res.target_tempo, res.target_rest_s, res.target_duration_s,
  res.target_distance_m, res.notes`;

type PlannedSetTuple = [
  number, number, boolean, boolean, number | null, number | null, number | null,
  number | null, number | null, number | null, number | null, string | null, number | null, number | null,
  number | null, string | null,
];

/** A slot as a positional JSON array: id, position, section, superset group, notes, exercise id, planned sets. */
type SlotTuple = [number, number, ExerciseSection, number | null, string | null, number, PlannedSetTuple[]];

function plannedSetFromTuple(slotId: number, set: PlannedSetTuple): RoutineExerciseSetView & { slotId: number } {
  return {
    id: set[0],
    slotId,
    setIndex: set[1],
    isWarmup: set[2],
    toFailure: set[3],
    targetWeightKg: set[4],
    targetReps: set[5],
    targetRepsMin: set[6],
    targetRepsMax: set[7],
    targetPct1rm: set[8],
    targetRir: set[9],
    targetRpe: set[10],
    targetTempo: set[11],
    targetRestSeconds: set[12],
    targetDurationSeconds: set[13],
    targetDistanceMeters: set[14],
    notes: set[15],
  };
}

function plannedSetFromRow(row: PlannedSetRow): RoutineExerciseSetView & { slotId: number } {
  return {
    id: row.id,
    slotId: row.routine_day_exercise_id,
    setIndex: row.set_index,
    isWarmup: row.is_warmup,
    toFailure: row.to_failure,
    targetWeightKg: toNumber(row.target_weight_kg),
    targetReps: row.target_reps,
    targetRepsMin: row.target_reps_min,
    targetRepsMax: row.target_reps_max,
    targetPct1rm: toNumber(row.target_pct_1rm),
    targetRir: row.target_rir,
    targetRpe: toNumber(row.target_rpe),
    targetTempo: row.target_tempo,
    targetRestSeconds: row.target_rest_s,
    targetDurationSeconds: row.target_duration_s,
    targetDistanceMeters: toNumber(row.target_distance_m),
    notes: row.notes,
  };
}

function progressionRuleFromRow(row: ProgressionRuleRow): ProgressionRuleView & { slotId: number } {
  return {
    slotId: row.routine_day_exercise_id,
    style: row.style,
    incrementKg: Number(row.increment_kg),
    repRangeMin: row.rep_range_min,
    repRangeMax: row.rep_range_max,
    waveLength: row.wave_length,
    deloadEveryNCycles: row.deload_every_n_cycles,
    deloadPct: Number(row.deload_pct),
  };
}

/** One page of a keyset connection under one parent: `first` rows after the cursor key, newest first. */
export interface PageKey {
  parentId: number;
  first: number;
  /** The order key of the last row of the previous page. */
  after: number | null;
  /** Extra conditions on the listed table (alias `t`), the same for every parent of one shape. */
  filter: { sql: string; params: unknown[] };
}

const pageShape = (key: PageKey) => `${key.first}|${key.after ?? ''}|${key.filter.sql}|${JSON.stringify(key.filter.params)}`;
const pageCacheKey = (key: PageKey) => `${key.parentId}|${pageShape(key)}`;

/**
 * Pages of `table` for many parents in one statement per page shape (first, after, filter): a
 * LATERAL join walks each parent's rows in `orderColumn` order for just `first + 1` rows, so the
 * cost follows the page size, not the number of rows a parent has. `orderColumn` must be unique
 * per parent and is the cursor. Rows come back as entities of `entity`.
 */
function keysetPageLoader<T extends object>(
  em: EntityManager,
  entity: new () => T,
  spec: { table: string; parentColumn: string; orderColumn: string },
) {
  return new DataLoader<PageKey, { row: Record<string, unknown>; entity: T }[], string>(
    async (keys) => {
      const shapes = new Map<string, PageKey[]>();
      for (const key of keys) shapes.set(pageShape(key), [...(shapes.get(pageShape(key)) ?? []), key]);
      const pages = new Map<string, { row: Record<string, unknown>; entity: T }[]>();
      for (const [shape, group] of shapes) {
        const { first, after, filter } = group[0]!;
        const rows = await rawQuery<Record<string, unknown>>(
          em,
          `select page.* from unnest(array[?]::int[]) as parent(id)
             cross join lateral (
               select * from ${spec.table} t
                where t.${spec.parentColumn} = parent.id ${filter.sql} ${after === null ? '' : `and t.${spec.orderColumn} < ?`}
                order by t.${spec.orderColumn} desc
                limit ?
             ) page`,
          [group.map((key) => key.parentId), ...filter.params, ...(after === null ? [] : [after]), first + 1],
        );
        for (const row of rows) {
          const key = `${String(row[spec.parentColumn])}|${shape}`;
          pages.set(key, [...(pages.get(key) ?? []), { row, entity: em.map(entity, row) }]);
        }
      }
      return keys.map((key) => pages.get(pageCacheKey(key)) ?? []);
    },
    { cacheKeyFn: pageCacheKey },
  );
}

/** An athlete's routines, newest first (by id). Used through loaderAt: one loader per place in a query. */
export const createRoutinePageLoader = (em: EntityManager) =>
  keysetPageLoader(em, Routine, { table: 'routines', parentColumn: 'subject_id', orderColumn: 'id' });

/** An athlete's cycles across routines, newest first (by id). */
export const createAthleteCyclePageLoader = (em: EntityManager) =>
  keysetPageLoader(em, Cycle, { table: 'cycles', parentColumn: 'subject_id', orderColumn: 'id' });

/** A routine's cycles, newest first (by cycle number, unique per routine). */
export const createRoutineCyclePageLoader = (em: EntityManager) =>
  keysetPageLoader(em, Cycle, { table: 'cycles', parentColumn: 'routine_id', orderColumn: 'cycle_number' });

export function createPlanningLoaders(em: EntityManager) {
  /** A day's exercise slots, each with its exercise (read once per batch, see attachExercises). */
  const exercisesByDayId = groupLoader(
    async (dayIds: readonly number[]) => {
      const rows = await rawJsonRows<LeanSlotRow>(
        em,
        `select ${LEAN_SLOT_COLUMNS} from routine_day_exercises rde where rde.routine_day_id in (?)`,
        [[...dayIds]],
        'q.routine_day_id, q.position',
      );
      return (await attachExercises(em, rows)).map(leanSlotFromRow);
    },
    (slot) => slot.routineDayId,
    );
  /** Planned sets of slots, in order. */
  const setsByDayExerciseId = groupLoader(
    (slotIds: readonly number[]) =>
      rawJsonRows<PlannedSetRow>(
        em,
        `select ${PLANNED_SET_COLUMNS} from routine_exercise_sets res where res.routine_day_exercise_id in (?)`,
        [[...slotIds]],
        'q.routine_day_exercise_id, q.set_index',
      ).then((rows) => rows.map(plannedSetFromRow)),
    (set) => set.slotId,
    );
  return {
    /** The active routine of each subject (the most recently created, if several are active). */
    activeRoutineBySubjectId: oneLoader(
      (subjectIds: readonly number[]) =>
        rawQuery<Record<string, unknown>>(
          em,
          'select * from routines where subject_id in (?) and is_active order by created_at desc, id desc',
          [[...subjectIds]],
        ).then((rows) => rows.map(routineFromRow)),
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
    cycleById: oneLoader(
      (ids: readonly number[]) => em.find(Cycle, { id: { $in: [...ids] } }),
      (cycle) => cycle.id,
    ),
    /**
     * Days with their whole plan below them, in one statement: PostgreSQL nests each day's slots
     * and their planned sets as compact JSON arrays, and the slot and set loaders are primed from
     * it, so a plan tree costs one round trip (plus one for its distinct exercises) however deep
     * the client reads it. Plans are small (≤ 20 days × 30 exercises × 20 sets).
     */
    daysByRoutineId: groupLoader(
      async (routineIds: readonly number[]) => {
        const rows = await rawQuery<Record<string, unknown> & { slots: SlotTuple[] }>(
          em,
          `select d.*, coalesce((
              select json_agg(json_build_array(rde.id, rde.position, rde.section, rde.superset_group, rde.notes, rde.exercise_id, coalesce((
                  select json_agg(json_build_array(${PLANNED_SET_TUPLE}) order by res.set_index)
                    from routine_exercise_sets res where res.routine_day_exercise_id = rde.id), '[]')) order by rde.position)
                from routine_day_exercises rde where rde.routine_day_id = d.id), '[]') as slots
             from routine_days d where d.routine_id in (?) order by d.routine_id, d.day_index`,
          [[...routineIds]],
        );
        const slots = rows.flatMap((day) => day.slots.map((slot) => ({ dayId: day.id as number, slot })));
        const withExercises = await attachExercises(
          em,
          slots.map(({ slot }) => ({ exercise_id: slot[5] })),
        );
        const byDay = new Map<number, (RoutineDayExerciseView & { routineDayId: number })[]>();
        slots.forEach(({ dayId, slot }, i) => {
          const view = { id: slot[0], routineDayId: dayId, position: slot[1], section: slot[2], supersetGroup: slot[3], notes: slot[4], exercise: withExercises[i]!.exercise };
          const list = byDay.get(dayId);
          if (list) list.push(view);
          else byDay.set(dayId, [view]);
          setsByDayExerciseId.prime(slot[0], slot[6].map((set) => plannedSetFromTuple(slot[0], set)));
        });
        for (const day of rows) exercisesByDayId.prime(day.id as number, byDay.get(day.id as number) ?? []);
        return rows.map(routineDayFromRow);
      },
      (day) => day.routine.id,
    ),
    /** Read directly when a slot or set is reached without its day (node(id)); primed by daysByRoutineId otherwise. */
    exercisesByDayId,
    setsByDayExerciseId,
    progressionRuleByDayExerciseId: oneLoader(
      (slotIds: readonly number[]) =>
        rawQuery<ProgressionRuleRow>(
          em,
          `select routine_day_exercise_id, style, increment_kg, rep_range_min, rep_range_max, wave_length, deload_every_n_cycles, deload_pct
             from progression_rules where routine_day_exercise_id in (?)`,
          [[...slotIds]],
        ).then((rows) => rows.map(progressionRuleFromRow)),
      (rule) => rule.slotId,
    ),
    /** Slots by id with their owner, for `node(id)`. */
    dayExerciseById: oneLoader(
      (ids: readonly number[]) =>
        rawQuery<SlotRow & { subject_id: number }>(
          em,
          `select ${SLOT_COLUMNS}, r.subject_id
             from routine_day_exercises rde join exercises e on e.id = rde.exercise_id
             join routine_days rd on rd.id = rde.routine_day_id join routines r on r.id = rd.routine_id
            where rde.id in (?)`,
          [[...ids]],
        ).then((rows) => rows.map((row) => ({ ...slotFromRow(row), subjectId: row.subject_id }))),
      (slot) => slot.id,
    ),
    /** Planned sets by id with their owner, for `node(id)`. */
    plannedSetById: oneLoader(
      (ids: readonly number[]) =>
        rawQuery<PlannedSetRow & { subject_id: number }>(
          em,
          `select ${PLANNED_SET_COLUMNS}, r.subject_id
             from routine_exercise_sets res join routine_day_exercises rde on rde.id = res.routine_day_exercise_id
             join routine_days rd on rd.id = rde.routine_day_id join routines r on r.id = rd.routine_id
            where res.id in (?)`,
          [[...ids]],
        ).then((rows) => rows.map((row) => ({ ...plannedSetFromRow(row), subjectId: row.subject_id }))),
      (set) => set.id,
    ),
  };
}
