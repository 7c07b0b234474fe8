/**
 * Shared pieces of the planning API tests: operations, a realistic routine tree as input, and
 * row counts straight from the database (to prove a refused write stored nothing).
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { UPPER_LOWER_SPLIT, ensureCatalog } from '../../db/seeders/generator.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Exercise } from '../catalog/exercise.entity.js';
import { Equipment, ForceVector, Mechanics, MovementPattern, MuscleGroup } from '../catalog/catalog.enums.js';
import { User } from '../identity/user.entity.js';

export const SET_FIELDS = `id setIndex isWarmup toFailure targetReps targetRepsMin targetRepsMax targetWeightKg targetPct1rm targetRir targetRpe
  targetTempo targetRestSeconds targetDurationSeconds targetDistanceMeters notes`;
export const RULE_FIELDS = 'style incrementKg repRangeMin repRangeMax waveLength deloadEveryNCycles deloadPct';
export const TREE_FIELDS = `days { id dayIndex title isRest notes exercises { id position section supersetGroup notes exercise { id slug }
  progressionRule { ${RULE_FIELDS} } sets { ${SET_FIELDS} } } }`;
export const ROUTINE_FIELDS = `id name description startsOn isActive revision archivedAt createdAt updatedAt
  createdBy { id displayName role isViewer } athlete { id } ${TREE_FIELDS}`;

export const CREATE_ROUTINE = `mutation ($input: CreateRoutineInput!) {
  createRoutine(input: $input) { routine { ${ROUTINE_FIELDS} } deactivatedRoutines { id isActive } } }`;
export const UPDATE_ROUTINE = `mutation ($input: UpdateRoutineInput!) {
  updateRoutine(input: $input) { routine { ${ROUTINE_FIELDS} }
    treeChanges { daysKept daysAdded daysRemoved exercisesKept exercisesAdded exercisesRemoved setsKept setsAdded setsRemoved } } }`;
export const ARCHIVE_ROUTINE = `mutation ($input: ArchiveRoutineInput!) { archiveRoutine(input: $input) { routine { id isActive revision archivedAt } } }`;
export const SET_ACTIVE_ROUTINE = `mutation ($input: SetActiveRoutineInput!) {
  setActiveRoutine(input: $input) { routine { id isActive revision } deactivatedRoutines { id isActive } } }`;
export const READ_ROUTINE = `query ($id: ID!) { node(id: $id) { ... on Routine { ${ROUTINE_FIELDS} } } }`;

export const CYCLE_FIELDS = 'id cycleNumber startedOn endedOn isDeload notes archivedAt routine { id }';
export const START_CYCLE = `mutation ($input: StartCycleInput!) { startCycle(input: $input) { cycle { ${CYCLE_FIELDS} } endedCycles { ${CYCLE_FIELDS} } created } }`;
export const UPDATE_CYCLE = `mutation ($input: UpdateCycleInput!) { updateCycle(input: $input) { cycle { ${CYCLE_FIELDS} } } }`;
export const ARCHIVE_CYCLE = `mutation ($input: ArchiveCycleInput!) { archiveCycle(input: $input) { cycle { ${CYCLE_FIELDS} } } }`;

export interface SetInput {
  isWarmup?: boolean;
  toFailure?: boolean;
  targetReps?: number | null;
  targetRepsMin?: number | null;
  targetRepsMax?: number | null;
  targetWeightKg?: number | null;
  targetPct1rm?: number | null;
  targetRir?: number | null;
  targetRpe?: number | null;
  targetTempo?: string | null;
  targetRestSeconds?: number | null;
  targetDurationSeconds?: number | null;
  targetDistanceMeters?: number | null;
  notes?: string | null;
}
export interface RuleInput {
  style: string;
  incrementKg?: number;
  repRangeMin?: number | null;
  repRangeMax?: number | null;
  waveLength?: number | null;
  deloadEveryNCycles?: number | null;
  deloadPct?: number;
}
export interface ExerciseInput {
  exerciseId: string;
  section?: string;
  supersetGroup?: number | null;
  notes?: string | null;
  progressionRule?: RuleInput | null;
  sets: SetInput[];
}
export interface DayInput {
  title?: string | null;
  isRest?: boolean;
  notes?: string | null;
  exercises: ExerciseInput[];
}

export interface SetView extends Required<SetInput> {
  id: string;
  setIndex: number;
}
export interface ExerciseView {
  id: string;
  position: number;
  section: string;
  supersetGroup: number | null;
  notes: string | null;
  exercise: { id: string; slug: string };
  progressionRule: Required<RuleInput> | null;
  sets: SetView[];
}
export interface DayView {
  id: string;
  dayIndex: number;
  title: string | null;
  isRest: boolean;
  notes: string | null;
  exercises: ExerciseView[];
}
export interface RoutineView {
  id: string;
  name: string;
  description: string | null;
  startsOn: string | null;
  isActive: boolean;
  revision: number;
  archivedAt: string | null;
  createdBy: { id: string; displayName: string; role: string; isViewer: boolean } | null;
  athlete: { id: string };
  days: DayView[];
}

export const uniqueName = (prefix = 'Routine') => `${prefix} ${randomBytes(4).toString('hex')}`;

/** Global ids of the starter catalog, by slug. */
export async function catalogIds(orm: MikroORM): Promise<Map<string, string>> {
  const catalog = await ensureCatalog(orm.em.fork());
  return new Map([...catalog].map(([slug, exercise]) => [slug, toGlobalId('Exercise', exercise.id)]));
}

/** A coach's own exercise (private unless `isPublic`). */
export async function createCoachExercise(orm: MikroORM, coach: User, isPublic: boolean): Promise<string> {
  const em = orm.em.fork();
  const name = `Coach move ${randomBytes(4).toString('hex')}`;
  const exercise = em.create(Exercise, {
    name,
    slug: name.toLowerCase().replace(/\s+/g, '-'),
    primaryMuscle: MuscleGroup.CHEST,
    movement: MovementPattern.HORIZONTAL_PUSH,
    mechanics: Mechanics.COMPOUND,
    force: ForceVector.PUSH,
    equipment: Equipment.DUMBBELL,
    createdBy: em.getReference(User, coach.id),
    isPublic,
  });
  await em.flush();
  return toGlobalId('Exercise', exercise.id);
}

/**
 * The upper/lower split as an input tree, with what the seeds add: sections, a superset, rep
 * ranges, %1RM and RPE/RIR targets, tempo, warm-ups, a timed set and progression rules.
 */
export function upperLowerInput(ids: Map<string, string>): DayInput[] {
  return UPPER_LOWER_SPLIT.map((day, d) => ({
    title: day.title,
    notes: d === 0 ? 'Heavy upper day' : null,
    exercises: day.exercises.map((spec, e) => ({
      exerciseId: ids.get(spec.slug)!,
      section: e === 0 ? 'MAIN' : 'ACCESSORY',
      supersetGroup: e >= 3 ? 1 : null,
      notes: e === 0 ? 'Brace hard' : null,
      progressionRule:
        e === 0
          ? { style: 'DOUBLE_PROGRESSION', incrementKg: 2.5, repRangeMin: spec.reps, repRangeMax: spec.reps + 2, deloadEveryNCycles: 4, deloadPct: 60 }
          : e === 1
            ? { style: 'WAVE_LOADING', incrementKg: 5, waveLength: 3 }
            : null,
      sets: [
        ...(e === 0 ? [{ isWarmup: true, targetReps: 10, targetWeightKg: 20, targetRestSeconds: 60 }] : []),
        ...Array.from({ length: spec.sets }, (_, s): SetInput => ({
          targetReps: e === 0 ? null : spec.reps,
          targetRepsMin: e === 0 ? spec.reps : null,
          targetRepsMax: e === 0 ? spec.reps + 2 : null,
          targetWeightKg: spec.weightKg,
          targetPct1rm: e === 1 ? 72.5 : null,
          targetRpe: spec.rpe ?? null,
          targetRir: spec.rpe ? null : 2,
          targetTempo: e === 0 ? '31X0' : null,
          targetRestSeconds: spec.restSeconds ?? null,
          toFailure: s === spec.sets - 1 && e >= 3,
        })),
        // Timed and distance work (seed 003's metric types) on the last exercise of Lower A.
        ...(d === 1 && e === day.exercises.length - 1 ? [{ targetDurationSeconds: 45, targetDistanceMeters: 20.5, notes: 'Finisher' }] : []),
      ],
    })),
  }));
}

export interface PlanCounts {
  routines: number;
  days: number;
  exercises: number;
  sets: number;
  rules: number;
  cycles: number;
}

/** Rows of a subject's plans, counted in the database. */
export async function countPlanRows(orm: MikroORM, subjectId: number): Promise<PlanCounts> {
  const [row] = await orm.em.fork().execute<{ [K in keyof PlanCounts]: string }[]>(
    `select (select count(*) from routines r where r.subject_id = ?) as routines,
            (select count(*) from routine_days rd join routines r on r.id = rd.routine_id where r.subject_id = ?) as days,
            (select count(*) from routine_day_exercises rde join routine_days rd on rd.id = rde.routine_day_id
               join routines r on r.id = rd.routine_id where r.subject_id = ?) as exercises,
            (select count(*) from routine_exercise_sets res join routine_day_exercises rde on rde.id = res.routine_day_exercise_id
               join routine_days rd on rd.id = rde.routine_day_id join routines r on r.id = rd.routine_id where r.subject_id = ?) as sets,
            (select count(*) from progression_rules pr join routine_day_exercises rde on rde.id = pr.routine_day_exercise_id
               join routine_days rd on rd.id = rde.routine_day_id join routines r on r.id = rd.routine_id where r.subject_id = ?) as rules,
            (select count(*) from cycles c where c.subject_id = ?) as cycles`,
    [subjectId, subjectId, subjectId, subjectId, subjectId, subjectId],
  );
  return Object.fromEntries(Object.entries(row!).map(([key, value]) => [key, Number(value)])) as unknown as PlanCounts;
}

/** The tree as sent, in the shape the API reads it back (ids, defaults and derived fields aside). */
export function expectedTree(days: DayInput[]) {
  return days.map((day, d) => ({
    dayIndex: d + 1,
    title: day.title ?? null,
    isRest: day.isRest ?? false,
    notes: day.notes ?? null,
    exercises: day.exercises.map((slot, e) => ({
      position: e + 1,
      section: slot.section ?? 'MAIN',
      supersetGroup: slot.supersetGroup ?? null,
      notes: slot.notes ?? null,
      exercise: { id: slot.exerciseId },
      progressionRule: slot.progressionRule
        ? {
            style: slot.progressionRule.style,
            incrementKg: slot.progressionRule.incrementKg ?? 2.5,
            repRangeMin: slot.progressionRule.repRangeMin ?? null,
            repRangeMax: slot.progressionRule.repRangeMax ?? null,
            waveLength: slot.progressionRule.waveLength ?? null,
            deloadEveryNCycles: slot.progressionRule.deloadEveryNCycles ?? null,
            deloadPct: slot.progressionRule.deloadPct ?? 60,
          }
        : null,
      sets: slot.sets.map((set, s) => ({
        setIndex: s + 1,
        isWarmup: set.isWarmup ?? false,
        toFailure: set.toFailure ?? false,
        targetReps: set.targetReps ?? null,
        targetRepsMin: set.targetRepsMin ?? null,
        targetRepsMax: set.targetRepsMax ?? null,
        targetWeightKg: set.targetWeightKg ?? null,
        targetPct1rm: set.targetPct1rm ?? null,
        targetRir: set.targetRir ?? null,
        targetRpe: set.targetRpe ?? null,
        targetTempo: set.targetTempo ?? null,
        targetRestSeconds: set.targetRestSeconds ?? null,
        targetDurationSeconds: set.targetDurationSeconds ?? null,
        targetDistanceMeters: set.targetDistanceMeters ?? null,
        notes: set.notes ?? null,
      })),
    })),
  }));
}

/** A read-back tree without ids (and without the exercise slug), to compare with expectedTree. */
export function storedTree(days: DayView[]) {
  return days.map(({ id: _day, exercises, ...day }) => ({
    ...day,
    exercises: exercises.map(({ id: _slot, exercise, sets, ...slot }) => ({
      ...slot,
      exercise: { id: exercise.id },
      sets: sets.map(({ id: _set, ...set }) => set),
    })),
  }));
}
