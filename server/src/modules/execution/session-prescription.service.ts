import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { rawQuery } from '../../db/raw-query.js';
import type { PerformedSet } from '../../engine/progression.js';
import type { Readiness } from '../../engine/readiness.js';
import { loadReadinessInputs } from '../analytics/analytics.loaders.js';
import { BASELINE_DAYS, readinessOn } from '../analytics/analytics.service.js';
import { type ExerciseView, attachExercises } from '../catalog/exercise.type.js';
import { type DryRunSessionView, type NextTimeView, type OwnStep, type RoutineRow, loadRoutines, nextTimeOf, prescribeRoutineDay } from '../planning/dry-run.service.js';

/**
 * A session's prescription and its "next time" targets, computed by the planning module's dry-run
 * code (dry-run.service.ts) so a started session shows exactly what a dry run of its day shows.
 *
 * The cycle is the session's (set when it was started or planned), else the routine's current
 * one. Each slot's progression continues from its latest step (progression_steps, written when a
 * session completes) or, without one, starts from the plan; a completed session reads its own step. The athlete's readiness on the session's date (recovery readings against their 28-day
 * baseline, and that day's soreness) scales the loads and may drop a set (readinessLoadAdjustment);
 * with no readings the day is trained as written.
 */

export interface SessionPrescriptionView extends DryRunSessionView {
  readiness: Readiness;
}

interface SessionPlan {
  row: RoutineRow;
  dayIndex: number;
  cycleNumber: number | null;
  subjectId: number;
  workoutDate: string;
  /** The progression steps this session made, by slot (empty until it is completed). */
  ownSteps: Map<number, OwnStep>;
}

/** The routine, day and cycle of each session that follows a routine day: three statements for any number of sessions. */
async function loadSessionPlans(em: EntityManager, sessionIds: readonly number[]): Promise<{ plans: Map<number, SessionPlan>; exercises: Map<number, ExerciseView> }> {
  const sessions = await rawQuery<{
    id: number;
    routine_id: number;
    day_index: number;
    cycle_number: number | null;
    subject_id: number;
    workout_date: string;
    own_steps: [number, OwnStep['stateBefore'], OwnStep['rule'], OwnStep['startedWith']][];
  }>(
    em,
    `select ws.id, rd.routine_id, rd.day_index, c.cycle_number, ws.subject_id, ws.workout_date::text as workout_date,
            coalesce((select json_agg(json_build_array(ps.routine_day_exercise_id, ps.state_before, ps.rule, ps.started_with))
                        from progression_steps ps where ps.session_id = ws.id), '[]') as own_steps
       from workout_sessions ws join routine_days rd on rd.id = ws.routine_day_id left join cycles c on c.id = ws.cycle_id
      where ws.id in (?)`,
    [[...sessionIds]],
  );
  if (sessions.length === 0) return { plans: new Map(), exercises: new Map() };
  const rows = await loadRoutines(em, [...new Set(sessions.map((session) => session.routine_id))]);
  const exerciseIds = rows.flatMap((row) => row.days.flatMap(([, , , slots]) => slots.map(([, exerciseId]) => ({ exercise_id: exerciseId }))));
  const exercises = new Map((await attachExercises(em, exerciseIds)).map((row) => [row.exercise_id, row.exercise]));
  const byRoutine = new Map(rows.map((row) => [row.routine_id, row]));
  const plans = new Map<number, SessionPlan>();
  for (const session of sessions) {
    const row = byRoutine.get(session.routine_id);
    if (!row) continue;
    const ownSteps = new Map(session.own_steps.map(([slotId, stateBefore, rule, startedWith]) => [slotId, { stateBefore, rule, startedWith }]));
    plans.set(session.id, { row, dayIndex: session.day_index, cycleNumber: session.cycle_number, subjectId: session.subject_id, workoutDate: session.workout_date, ownSteps });
  }
  return { plans, exercises };
}

/** Prescriptions of many sessions (null without a routine day) in four statements. */
export function createSessionPrescriptionLoader(em: EntityManager) {
  return new DataLoader<number, SessionPrescriptionView | null>(async (sessionIds) => {
    const { plans, exercises } = await loadSessionPlans(em, sessionIds);
    const days = [...plans.values()].map((plan) => ({ subjectId: plan.subjectId, day: plan.workoutDate }));
    const readinessInputs = await loadReadinessInputs(em, days, BASELINE_DAYS);
    return sessionIds.map((id) => {
      const plan = plans.get(id);
      if (!plan) return null;
      const inputs = readinessInputs.get(`${plan.subjectId}|${plan.workoutDate}`) ?? { recovery: [], soreness: [] };
      const readiness = readinessOn(inputs, { to: plan.workoutDate });
      const view = prescribeRoutineDay(plan.row, exercises, plan.dayIndex, plan.cycleNumber, readiness.adjustment, plan.ownSteps);
      return view ? { ...view, readiness } : null;
    });
  });
}

/**
 * Next time's targets for the slots of a session's day that have a progression rule, from the
 * session's logged work sets (not warm-ups, not drop sets): a log counts for the slot of its
 * planned set when it is that slot's exercise (a substitute's sets do not), or (logged without
 * one) for the first slot of the day with its exercise. Four statements.
 */
export async function nextTimeForSession(em: EntityManager, sessionId: number): Promise<NextTimeView[]> {
  const { plans, exercises } = await loadSessionPlans(em, [sessionId]);
  const plan = plans.get(sessionId);
  if (!plan) return [];
  const logs = await rawQuery<{ planned_set_id: number | null; exercise_id: number; weight: string | null; reps: number | null; rpe: string | null }>(
    em,
    `select planned_set_id, exercise_id, actual_weight_kg as weight, actual_reps as reps, actual_rpe as rpe
       from exercise_set_logs where session_id = ? and not is_warmup and not is_drop_set order by performed_at, id`,
    [sessionId],
  );
  const slots = plan.row.days.find(([index]) => index === plan.dayIndex)?.[3] ?? [];
  const slotOfPlannedSet = new Map(slots.flatMap(([slotId, , , sets]) => sets.map((set) => [set[8], slotId] as const)));
  const slotOfExercise = new Map<number, number>();
  const exerciseOfSlot = new Map<number, number>();
  for (const [slotId, exerciseId] of slots) {
    if (!slotOfExercise.has(exerciseId)) slotOfExercise.set(exerciseId, slotId);
    exerciseOfSlot.set(slotId, exerciseId);
  }
  const performed = new Map<number, PerformedSet[]>();
  for (const log of logs) {
    const plannedSlot = log.planned_set_id !== null ? slotOfPlannedSet.get(log.planned_set_id) : undefined;
    // A planned set done with today's substitute says nothing about the planned exercise's loads:
    // its rule sees a session without it (and repeats the load), not the substitute's numbers.
    if (plannedSlot !== undefined && exerciseOfSlot.get(plannedSlot) !== log.exercise_id) continue;
    const slotId = plannedSlot ?? slotOfExercise.get(log.exercise_id);
    if (slotId === undefined) continue;
    const set: PerformedSet = { weightKg: Number(log.weight ?? 0), reps: log.reps ?? 0, rpe: log.rpe === null ? null : Number(log.rpe) };
    performed.set(slotId, [...(performed.get(slotId) ?? []), set]);
  }
  return nextTimeOf(plan.row, exercises, plan.dayIndex, plan.cycleNumber, performed, plan.ownSteps);
}

/**
 * Stores the progression steps a just-completed session makes (call it in completeSession's
 * transaction, when the session changed to COMPLETED or PARTIAL): for every slot of its day with a
 * rule the engine can run, the state it started from and the state after it. The next prescription
 * and dry run continue from there. Returns the session's "next time".
 */
export async function advanceProgressionForSession(em: EntityManager, sessionId: number, subjectId: number): Promise<NextTimeView[]> {
  const nextTime = await nextTimeForSession(em, sessionId);
  const steps = nextTime.filter((view) => view.advance);
  if (steps.length > 0) {
    await rawQuery(
      em,
      `insert into progression_steps (subject_id, routine_day_exercise_id, session_id, state_before, state, rule, started_with)
       select ?::int, s.slot_id, ?::int, s.state_before, s.state, s.rule, s.started_with
         from json_to_recordset(?::json) as s(slot_id int, state_before jsonb, state jsonb, rule jsonb, started_with jsonb)
       on conflict on constraint uq_progression_steps_session_slot do nothing`,
      [
        subjectId,
        sessionId,
        JSON.stringify(
          steps.map((view) => ({ slot_id: view.slotId, state: view.advance!.state, state_before: view.advance!.stateBefore, rule: view.advance!.rule, started_with: view.advance!.startedWith })),
        ),
      ],
    );
  }
  return nextTime;
}
