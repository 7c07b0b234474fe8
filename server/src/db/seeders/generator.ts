/**
 * Building blocks for realistic training data, shared by the demo seeder and the test
 * factories, the volume generator and benchmarks. Deterministic given a seed.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Exercise } from '../../modules/catalog/exercise.entity.js';
import { ExerciseSetLog } from '../../modules/execution/exercise-set-log.entity.js';
import { SessionStatus, WorkoutSession } from '../../modules/execution/workout-session.entity.js';
import { CoachAthlete } from '../../modules/identity/coach-athlete.entity.js';
import { Subject } from '../../modules/identity/subject.entity.js';
import { Role, User } from '../../modules/identity/user.entity.js';
import { Cycle } from '../../modules/planning/cycle.entity.js';
import { RoutineDayExercise } from '../../modules/planning/routine-day-exercise.entity.js';
import { RoutineDay } from '../../modules/planning/routine-day.entity.js';
import { RoutineExerciseSet } from '../../modules/planning/routine-exercise-set.entity.js';
import { Routine } from '../../modules/planning/routine.entity.js';
import { CATALOG } from './catalog.data.js';
import { syncCatalog } from './catalog.seeder.js';

export interface ExerciseSpec {
  slug: string;
  sets: number;
  reps: number;
  /** Working load for a strength scale of 1. */
  weightKg: number;
  rpe?: number;
  restSeconds?: number;
}

export interface DaySpec {
  title: string;
  exercises: ExerciseSpec[];
}

/** A classic upper/lower split, four training days a week. */
export const UPPER_LOWER_SPLIT: DaySpec[] = [
  {
    title: 'Upper A',
    exercises: [
      { slug: 'barbell-bench-press', sets: 4, reps: 6, weightKg: 80, rpe: 8, restSeconds: 180 },
      { slug: 'barbell-row', sets: 4, reps: 8, weightKg: 70, rpe: 8, restSeconds: 150 },
      { slug: 'seated-dumbbell-shoulder-press', sets: 3, reps: 10, weightKg: 22.5, restSeconds: 120 },
      { slug: 'lat-pulldown', sets: 3, reps: 10, weightKg: 60, restSeconds: 90 },
      { slug: 'triceps-pushdown', sets: 2, reps: 12, weightKg: 30, restSeconds: 60 },
    ],
  },
  {
    title: 'Lower A',
    exercises: [
      { slug: 'barbell-back-squat', sets: 4, reps: 5, weightKg: 110, rpe: 8, restSeconds: 180 },
      { slug: 'romanian-deadlift', sets: 3, reps: 8, weightKg: 90, rpe: 7.5, restSeconds: 150 },
      { slug: 'walking-lunge', sets: 3, reps: 10, weightKg: 20, restSeconds: 90 },
      { slug: 'standing-calf-raise', sets: 3, reps: 12, weightKg: 60, restSeconds: 60 },
    ],
  },
  {
    title: 'Upper B',
    exercises: [
      { slug: 'overhead-press', sets: 4, reps: 6, weightKg: 50, rpe: 8, restSeconds: 180 },
      { slug: 'pull-up', sets: 4, reps: 8, weightKg: 0, restSeconds: 150 },
      { slug: 'incline-dumbbell-press', sets: 3, reps: 10, weightKg: 30, restSeconds: 120 },
      { slug: 'seated-cable-row', sets: 3, reps: 10, weightKg: 60, restSeconds: 90 },
      { slug: 'barbell-curl', sets: 2, reps: 12, weightKg: 30, restSeconds: 60 },
    ],
  },
  {
    title: 'Lower B',
    exercises: [
      { slug: 'conventional-deadlift', sets: 3, reps: 5, weightKg: 140, rpe: 8, restSeconds: 210 },
      { slug: 'barbell-front-squat', sets: 3, reps: 6, weightKg: 80, rpe: 7.5, restSeconds: 180 },
      { slug: 'seated-leg-curl', sets: 3, reps: 12, weightKg: 45, restSeconds: 90 },
      { slug: 'hanging-leg-raise', sets: 3, reps: 12, weightKg: 0, restSeconds: 60 },
    ],
  },
];

/** mulberry32: a small, fast, seedable PRNG, so generated data is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rounds to a load a 2.5 kg plate pair can make. */
export const toLoadable = (kg: number) => Math.max(0, Math.round(kg / 2.5) * 2.5);

/**
 * Makes sure the shipped catalog is in the database (see syncCatalog: one statement when it
 * already is) and returns its exercises by slug, managed by `em`.
 */
export async function ensureCatalog(em: EntityManager): Promise<Map<string, Exercise>> {
  await syncCatalog(em);
  const exercises = await em.find(Exercise, { slug: { $in: CATALOG.map((entry) => entry.slug) }, createdBy: null });
  return new Map(exercises.map((exercise) => [exercise.slug, exercise]));
}

export function createUser(
  em: EntityManager,
  fields: { email: string; username: string; fullName?: string; passwordHash: string; role?: Role },
): User {
  return em.create(User, { role: Role.ATHLETE, ...fields, email: fields.email.toLowerCase() });
}

export function createAthlete(
  em: EntityManager,
  fields: { email: string; username: string; fullName?: string; passwordHash: string; coach?: User },
): { user: User; subject: Subject } {
  const user = createUser(em, { ...fields, role: Role.ATHLETE });
  const subject = em.create(Subject, { user });
  if (fields.coach) em.create(CoachAthlete, { coach: fields.coach, athlete: user });
  return { user, subject };
}

export interface BuiltRoutine {
  routine: Routine;
  days: RoutineDay[];
  cycle: Cycle;
  /** Planned sets per day, in order, with their exercise. */
  plan: Map<RoutineDay, { slot: RoutineDayExercise; sets: RoutineExerciseSet[] }[]>;
}

/** A routine with its days, exercise slots and planned sets, and its first cycle. */
export function createRoutine(
  em: EntityManager,
  subject: Subject,
  options: { name: string; days: DaySpec[]; catalog: Map<string, Exercise>; scale?: number; startsOn?: string },
): BuiltRoutine {
  const scale = options.scale ?? 1;
  const routine = em.create(Routine, { subject, name: options.name, startsOn: options.startsOn ?? null });
  const plan: BuiltRoutine['plan'] = new Map();
  const days = options.days.map((spec, dayIndex) => {
    const day = em.create(RoutineDay, { routine, dayIndex: dayIndex + 1, title: spec.title });
    plan.set(
      day,
      spec.exercises.map((exerciseSpec, position) => {
        const exercise = options.catalog.get(exerciseSpec.slug);
        if (!exercise) throw new Error(`unknown exercise slug ${exerciseSpec.slug}`);
        const slot = em.create(RoutineDayExercise, { routineDay: day, exercise, position: position + 1 });
        const sets = Array.from({ length: exerciseSpec.sets }, (_, setIndex) =>
          em.create(RoutineExerciseSet, {
            routineDayExercise: slot,
            setIndex: setIndex + 1,
            targetReps: exerciseSpec.reps,
            targetWeightKg: toLoadable(exerciseSpec.weightKg * scale),
            targetRpe: exerciseSpec.rpe ?? null,
            targetRestSeconds: exerciseSpec.restSeconds ?? null,
          }),
        );
        return { slot, sets };
      }),
    );
    return day;
  });
  const cycle = em.create(Cycle, { subject, routine, cycleNumber: 1, startedOn: options.startsOn ?? null });
  return { routine, days, cycle, plan };
}

/** Training weekdays (UTC): Monday, Tuesday, Thursday, Friday. */
const TRAINING_WEEKDAYS = new Set([1, 2, 4, 5]);

/**
 * Logged history: sessions on training weekdays from `weeks` weeks before `today` up to
 * yesterday, following the routine's rotation, with loads creeping up ~1 % a week and
 * realistic noise in reps and RPE. About one session in ten is cut short (PARTIAL).
 * Personal records are not written here (the rows do not exist before the flush): after flushing,
 * run execution's rebuildPersonalRecords for the subject, as the demo seeder and volume generator do.
 */
export function createHistory(
  em: EntityManager,
  subject: Subject,
  built: BuiltRoutine,
  options: { weeks: number; today: Date; random: () => number },
): { sessions: number; sets: number } {
  const { random } = options;
  let sessions = 0;
  let sets = 0;
  const start = new Date(options.today.getTime() - options.weeks * 7 * 86_400_000);
  for (let date = start; date < options.today; date = new Date(date.getTime() + 86_400_000)) {
    if (!TRAINING_WEEKDAYS.has(date.getUTCDay())) continue;
    const day = built.days[sessions % built.days.length]!;
    const weeksIn = (date.getTime() - start.getTime()) / (7 * 86_400_000);
    const partial = random() < 0.1;
    const slots = built.plan.get(day)!;
    const startedAt = new Date(`${date.toISOString().slice(0, 10)}T17:30:00Z`);
    const session = em.create(WorkoutSession, {
      subject,
      workoutDate: date.toISOString().slice(0, 10),
      routineDay: day,
      cycle: built.cycle,
      status: partial ? SessionStatus.PARTIAL : SessionStatus.COMPLETED,
      startedAt,
      completedAt: new Date(startedAt.getTime() + 70 * 60_000),
      perceivedFatigue: 3 + Math.floor(random() * 5),
    });
    sessions += 1;
    let minute = 0;
    const performed = partial ? slots.slice(0, -1) : slots;
    for (const { slot, sets: plannedSets } of performed) {
      for (const planned of plannedSets) {
        minute += 3;
        const target = planned.targetWeightKg ?? 0;
        const weight = target === 0 ? 0 : toLoadable(target * (0.94 + 0.01 * weeksIn));
        const reps = Math.max(1, (planned.targetReps ?? 8) + Math.round(random() * 2 - 1));
        em.create(ExerciseSetLog, {
          subject,
          exercise: slot.exercise,
          session,
          plannedSet: planned,
          clientId: crypto.randomUUID(),
          performedAt: new Date(startedAt.getTime() + minute * 60_000),
          setIndex: planned.setIndex,
          actualWeightKg: weight,
          actualReps: reps,
          actualRpe: Math.min(10, Math.round((7 + random() * 2.5) * 2) / 2),
        });
        sets += 1;
      }
    }
  }
  return { sessions, sets };
}
