import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { rawQuery } from '../../db/raw-query.js';
import { type DryRunDay, type DryRunExercise, type DryRunSlot, type OutcomeAssumption, dryRunRoutine } from '../../engine/dry-run.js';
import { type E1rmFormula, estimateOneRepMax } from '../../engine/e1rm.js';
import { loadableWeight, platesPerSide } from '../../engine/plates.js';
import type { LoadBenchmark, PlannedSet } from '../../engine/prescription.js';
import type { LoadAdjustment } from '../../engine/readiness.js';
import {
  type AutoregulationTools,
  type PerformedSet,
  type ProgressionRule,
  type ProgressionState,
  advanceProgression,
  initialProgressionState,
  wendlerTrainingMaxKg,
} from '../../engine/progression.js';
import { RPE_CHART_MAX_REPS, RPE_CHART_MAX_RPE, RPE_CHART_MIN_REPS, RPE_CHART_MIN_RPE, e1rmFromRpeSet, isOnRpeChart, percentOfOneRepMax } from '../../engine/rpe.js';
import { type ExerciseView, attachExercises } from '../catalog/exercise.type.js';
import { DEFAULT_SETTINGS } from '../identity/settings.type.js';
import type { ProgressionStyle } from './planning.enums.js';

/**
 * Routine dry run: the next sessions of a routine as the engine would prescribe them, under an
 * assumed outcome, for the routine's athlete (their bar, plates, e1RM formula, benchmarks and
 * best e1RMs). Reads only.
 *
 * Starting point. A slot with progression steps (progression_steps: one per completed session)
 * continues from the state its latest step left (PROGRESSION_CONTINUES). Any other slot with a rule —
 * or one whose rule was edited since — starts from the plan as written: its work sets (warm-ups
 * excluded) and reps, and a starting load from, in order,
 * - SINGLE/DOUBLE/WAVE: the first work set's planned kg, else its %1RM of the 1RM/training max;
 * - PERCENT_1RM_WAVE: the TRAINING_MAX benchmark, else 90 % of the 1RM benchmark or of the best
 *   e1RM (Wendler), else the first work set's planned kg;
 * - RPE_AUTOREGULATION: the best e1RM × the RPE chart at the rule's RPE 8, else the planned kg.
 * Cycles are numbered on from the routine's current cycle (the latest not archived; the next one
 * once it has ended; 1 without cycles), so deloads fall where the athlete's cycle count puts them.
 *
 * Rounding. Barbell exercises (equipment BARBELL) round to bar + pairs of the athlete's plates
 * (plates.loadableWeight, nearest) and show the plates per side; other exercises round to pairs of
 * the plates without a bar (a loadable dumbbell, a plate-loaded machine; 0 kg stays 0), since a
 * 0 kg pull-up or a 22.5 kg dumbbell is no barbell load. The engine takes one rounding function
 * per run, and slots never interact, so the two kinds run separately and are merged by session.
 */

export type DryRunAssumptionKind = 'ALL_TARGETS_HIT' | 'MISS_LAST_SET_EVERY_NTH_SESSION';

export interface DryRunKey {
  routineId: number;
  cycles: number;
  assumption: DryRunAssumptionKind;
  missEvery: number;
}

export interface DryRunDecisionView {
  setIndex: number | null;
  code: string;
  message: string;
  /** A decision on the assumed outcome (which progression rule fired), not on the session's targets. */
  afterOutcome: boolean;
}

export interface DryRunSetView {
  setIndex: number;
  /** The planned set (routine_exercise_sets.id) it prescribes. */
  plannedSetId: number;
  isWarmup: boolean;
  targetWeightKg: number | null;
  targetReps: number | null;
  targetRpe: number | null;
  amrap: boolean;
  platesPerSide: number[] | null;
}

export interface DryRunExerciseView {
  slotId: number;
  exercise: ExerciseView;
  cycleNumber: number | null;
  isDeload: boolean;
  sets: DryRunSetView[];
  decisions: DryRunDecisionView[];
}

export interface DryRunSessionView {
  index: number;
  dayIndex: number;
  dayTitle: string | null;
  cycleNumber: number;
  isDeload: boolean;
  exercises: DryRunExerciseView[];
}

export interface DryRunView {
  startCycleNumber: number;
  barWeightKg: number;
  platesKg: number[];
  e1rmFormula: E1rmFormula;
  sessions: DryRunSessionView[];
}

/** A planned set as [setIndex, isWarmup, weightKg, reps, repsMin, repsMax, pct1rm, rpe, id] (json numbers). */
type SetTuple = [number, boolean, number | null, number | null, number | null, number | null, number | null, number | null, number];

export interface RuleJson {
  style: ProgressionStyle;
  increment_kg: number;
  rep_range_min: number | null;
  rep_range_max: number | null;
  wave_length: number | null;
  deload_every_n_cycles: number | null;
  deload_pct: number;
}

/** A slot's latest progression step (progression_steps): [the state it left, the rule it was made under, its session's date]. */
type LatestStep = [ProgressionState, RuleJson, string];
/** A slot as [id, exerciseId, rule or null, sets, latest progression step or null]. */
type SlotTuple = [number, number, RuleJson | null, SetTuple[], LatestStep | null];

/** A session's own progression step of a slot: what it started from and the decision that said so. */
export interface OwnStep {
  stateBefore: ProgressionState;
  rule: RuleJson;
  startedWith: { code: string; message: string };
}
/** A day as [dayIndex, isRest, title, slots]. */
type DayTuple = [number, boolean, string | null, SlotTuple[]];

export interface RoutineRow {
  routine_id: number;
  subject_id: number;
  last_cycle: [number, boolean] | null;
  days: DayTuple[];
  bar_weight_kg: string | null;
  plates_kg: number[] | null;
  e1rm_formula: E1rmFormula | null;
  /** [exerciseId, 'ONE_RM' | 'TRAINING_MAX', kg], the latest of each. */
  benchmarks: [number, 'ONE_RM' | 'TRAINING_MAX', number][];
  /** [exerciseId, kg]: the BEST_E1RM personal record. */
  e1rms: [number, number][];
}

/**
 * Everything the dry runs of these routines need, in one statement: the tree (days → slots → rule
 * and planned sets, as compact JSON), the current cycle, and the athlete's settings, latest
 * 1RM/training-max benchmarks and best e1RMs. Its cost does not grow with the plan's size.
 */
export function loadRoutines(em: EntityManager, routineIds: readonly number[]): Promise<RoutineRow[]> {
  return rawQuery<RoutineRow>(
    em,
    `select r.id as routine_id, r.subject_id,
        (select json_build_array(c.cycle_number, c.ended_on is not null) from cycles c
          where c.routine_id = r.id and c.archived_at is null order by c.cycle_number desc limit 1) as last_cycle,
        coalesce((select json_agg(json_build_array(d.day_index, d.is_rest, d.title, coalesce((
            select json_agg(json_build_array(rde.id, rde.exercise_id,
                (select json_build_object('style', pr.style, 'increment_kg', pr.increment_kg, 'rep_range_min', pr.rep_range_min,
                   'rep_range_max', pr.rep_range_max, 'wave_length', pr.wave_length, 'deload_every_n_cycles', pr.deload_every_n_cycles,
                   'deload_pct', pr.deload_pct) from progression_rules pr where pr.routine_day_exercise_id = rde.id),
                coalesce((select json_agg(json_build_array(res.set_index, res.is_warmup, res.target_weight_kg, res.target_reps,
                    res.target_reps_min, res.target_reps_max, res.target_pct_1rm, res.target_rpe, res.id) order by res.set_index)
                  from routine_exercise_sets res where res.routine_day_exercise_id = rde.id), '[]'),
                (select json_build_array(ps.state, ps.rule, ws.workout_date)
                   from progression_steps ps join workout_sessions ws on ws.id = ps.session_id
                  where ps.routine_day_exercise_id = rde.id order by ps.id desc limit 1)) order by rde.position)
              from routine_day_exercises rde where rde.routine_day_id = d.id), '[]')) order by d.day_index)
          from routine_days d where d.routine_id = r.id), '[]') as days,
        us.bar_weight_kg, us.plates_kg, us.e1rm_formula,
        coalesce((select json_agg(json_build_array(b.exercise_id, b.metric_type, b.value)) from (
            select distinct on (b.exercise_id, b.metric_type) b.exercise_id, b.metric_type, b.value from benchmarks b
             where b.subject_id = r.subject_id and b.metric_type in ('ONE_RM', 'TRAINING_MAX') and b.exercise_id is not null
             order by b.exercise_id, b.metric_type, b.established_on desc, b.id desc) b), '[]') as benchmarks,
        coalesce((select json_agg(json_build_array(p.exercise_id, p.value)) from personal_records p
           where p.subject_id = r.subject_id and p.record_type = 'BEST_E1RM'), '[]') as e1rms
       from routines r join subjects s on s.id = r.subject_id left join user_settings us on us.user_id = s.user_id
      where r.id in (?)`,
    [[...routineIds]],
  );
}

/** The RTS chart as the fraction the engine wants; off the chart (reps 1–12, RPE 6–10) it reads the nearest cell. */
export function chartFraction(reps: number, rpe: number): number {
  const onReps = Math.min(RPE_CHART_MAX_REPS, Math.max(RPE_CHART_MIN_REPS, Math.round(reps)));
  const onRpe = Math.min(RPE_CHART_MAX_RPE, Math.max(RPE_CHART_MIN_RPE, Math.round(rpe * 2) / 2));
  return percentOfOneRepMax(onReps, onRpe)! / 100;
}

const kgText = (value: number) => `${Number(value.toFixed(2))} kg`;
const DEFAULT_RPE_TARGET = 8;

function plannedSetOf(set: SetTuple): PlannedSet {
  return {
    setIndex: set[0],
    isWarmup: set[1],
    targetWeightKg: set[2],
    targetReps: set[3],
    targetRepsMin: set[4],
    targetRepsMax: set[5],
    targetPct1rm: set[6],
    targetRpe: set[7],
  };
}

function ruleOf(json: RuleJson): ProgressionRule {
  return {
    style: json.style,
    incrementKg: Number(json.increment_kg),
    repRangeMin: json.rep_range_min,
    repRangeMax: json.rep_range_max,
    waveLength: json.wave_length,
    deloadEveryNCycles: json.deload_every_n_cycles,
    deloadPct: Number(json.deload_pct),
  };
}

interface Start {
  state: ProgressionState;
  message: string;
}

/** A slot's first progression state (see the module comment), or null when the plan has no work set to progress. */
function startOf(rule: ProgressionRule, sets: PlannedSet[], cycleNumber: number, benchmarks: Map<string, number>, e1rmKg: number | null): Start | null {
  const work = sets.filter((set) => !set.isWarmup);
  if (work.length === 0) return null;
  const first = work[0]!;
  let reps = first.targetReps || first.targetRepsMin || rule.repRangeMin || 5;
  if (rule.style === 'DOUBLE_PROGRESSION') reps = Math.min(rule.repRangeMax!, Math.max(rule.repRangeMin!, reps));
  const oneRm = benchmarks.get('ONE_RM') ?? null;
  const trainingMax = benchmarks.get('TRAINING_MAX') ?? null;
  let loadKg: number | null = null;
  let from = '';
  if (rule.style === 'PERCENT_1RM_WAVE') {
    if (trainingMax !== null) [loadKg, from] = [trainingMax, 'the training max benchmark'];
    else if (oneRm !== null) [loadKg, from] = [wendlerTrainingMaxKg(oneRm), `90% of the 1RM benchmark ${kgText(oneRm)}`];
    else if (e1rmKg !== null) [loadKg, from] = [wendlerTrainingMaxKg(e1rmKg), `90% of the best e1RM ${kgText(e1rmKg)}`];
  } else if (rule.style === 'RPE_AUTOREGULATION' && e1rmKg !== null) {
    [loadKg, from] = [e1rmKg * chartFraction(reps, DEFAULT_RPE_TARGET), `the best e1RM ${kgText(e1rmKg)} at ${reps} reps @ RPE ${DEFAULT_RPE_TARGET}`];
  }
  if (loadKg === null && first.targetWeightKg != null) [loadKg, from] = [first.targetWeightKg, "the first work set's planned weight"];
  const benchmark = oneRm ?? trainingMax;
  if (loadKg === null && first.targetPct1rm != null && benchmark !== null) {
    [loadKg, from] = [(benchmark * first.targetPct1rm) / 100, `${first.targetPct1rm}% of ${oneRm !== null ? 'the 1RM' : 'the training max'} ${kgText(benchmark)}`];
  }
  if (loadKg === null) [loadKg, from] = [0, 'nothing (no planned weight, benchmark or e1RM): 0 kg'];
  const state = initialProgressionState(rule, { loadKg, sets: Math.min(work.length, 50), reps, cycleNumber, e1rmKg });
  return { state, message: `${rule.style} starts at cycle ${cycleNumber} from ${from}: ${kgText(loadKg)} × ${state.setReps.join('/')}` };
}

function assumptionOf(key: DryRunKey): OutcomeAssumption {
  return key.assumption === 'ALL_TARGETS_HIT' ? { kind: 'ALL_TARGETS_HIT' } : { kind: 'MISS_LAST_SET_EVERY_NTH_SESSION', n: key.missEvery };
}

/** What the engine needs of the routine's athlete: bar, plates, formula, benchmarks and best e1RMs, and the rounding they imply. */
interface AthleteContext {
  barWeightKg: number;
  platesKg: number[];
  e1rmFormula: E1rmFormula;
  /** The routine's current cycle (the next one once it has ended; 1 without cycles). */
  startCycleNumber: number;
  benchmarks: Map<number, Map<string, number>>;
  e1rms: Map<number, number>;
  isBarbell: (exerciseId: number) => boolean;
  autoregulation: AutoregulationTools;
  /** The nearest load the athlete can put on the bar (barbell) or on a pair of plates/dumbbells (anything else). */
  roundLoadKg: (barKg: number, kg: number) => number;
}

function athleteContextOf(row: RoutineRow, exercises: Map<number, ExerciseView>): AthleteContext {
  const barWeightKg = row.bar_weight_kg === null ? DEFAULT_SETTINGS.barWeightKg : Number(row.bar_weight_kg);
  const platesKg = (row.plates_kg ?? [...DEFAULT_SETTINGS.platesKg]).map(Number);
  const e1rmFormula = row.e1rm_formula ?? DEFAULT_SETTINGS.e1rmFormula;
  const startCycleNumber = row.last_cycle === null ? 1 : row.last_cycle[1] ? row.last_cycle[0] + 1 : row.last_cycle[0];
  const benchmarks = new Map<number, Map<string, number>>();
  for (const [exerciseId, kind, value] of row.benchmarks) {
    const byKind = benchmarks.get(exerciseId) ?? new Map<string, number>();
    byKind.set(kind, Number(value));
    benchmarks.set(exerciseId, byKind);
  }
  return {
    barWeightKg,
    platesKg,
    e1rmFormula,
    startCycleNumber,
    benchmarks,
    e1rms: new Map(row.e1rms.map(([exerciseId, value]) => [exerciseId, Number(value)])),
    isBarbell: (exerciseId) => exercises.get(exerciseId)?.equipment === 'BARBELL',
    autoregulation: {
      // A set with an RPE on the chart is read back through the same chart that turned the RPE target
      // into its load, so a target hit exactly leaves the e1RM where it was (the formula with RPE
      // folded in as reps in reserve does not invert the chart: loads would drift ~2 % a session).
      estimateE1rm: (set) =>
        (set.rpe != null && isOnRpeChart(set.reps, set.rpe) ? e1rmFromRpeSet(set.weightKg, set.reps, set.rpe) : null) ??
        estimateOneRepMax({ weightKg: set.weightKg, reps: set.reps, rpe: set.rpe ?? null }, e1rmFormula),
      percentOfOneRepMax: chartFraction,
    },
    roundLoadKg: (barKg, kg) => loadableWeight(Math.min(kg, 1000), { barKg, platesKg, mode: 'nearest' })!,
  };
}

/**
 * Where a slot continues from its progression steps: for a session that made a step of it (`own`),
 * the state it started from, with the same decision, so its prescription and "next time" read the
 * same afterwards; otherwise the state its latest step left. A rule edited since voids the steps:
 * `{ restart }` says why.
 */
function storedStart(
  rule: ProgressionRule,
  ruleJson: RuleJson,
  latest: LatestStep | null | undefined,
  own: OwnStep | undefined,
): (Start & { code?: string }) | { restart: string } | null {
  if (own && sameRule(own.rule, ruleJson)) return { state: own.stateBefore, message: own.startedWith.message, code: own.startedWith.code };
  if (!latest) return null;
  const [state, latestRule, date] = latest;
  if (!sameRule(latestRule, ruleJson)) return { restart: 'the progression rule changed since the last completed session, so it starts again' };
  const misses = state.consecutiveMisses > 0 ? `, ${state.consecutiveMisses} miss${state.consecutiveMisses === 1 ? '' : 'es'} in a row` : '';
  return { state, message: `${rule.style} continues from the session of ${date}: cycle ${state.cycleNumber}, ${kgText(state.loadKg)} × ${state.setReps.join('/')}${misses}` };
}

const NO_STEPS: ReadonlyMap<number, OwnStep> = new Map();

const sameRule = (a: RuleJson, b: RuleJson) =>
  a.style === b.style &&
  Number(a.increment_kg) === Number(b.increment_kg) &&
  a.rep_range_min === b.rep_range_min &&
  a.rep_range_max === b.rep_range_max &&
  a.wave_length === b.wave_length &&
  a.deload_every_n_cycles === b.deload_every_n_cycles &&
  Number(a.deload_pct) === Number(b.deload_pct);

/** A slot as the engine takes it, starting at `cycleNumber`, and the decision saying where its progression starts (null without a rule). */
function slotOf(
  ctx: AthleteContext,
  [slotId, exerciseId, ruleJson, setTuples, latest]: SlotTuple,
  cycleNumber: number,
  ownSteps: ReadonlyMap<number, OwnStep> = NO_STEPS,
): { slot: DryRunSlot; start: { code: string; message: string } | null } {
  const plannedSets = setTuples.map(plannedSetOf);
  const byKind = ctx.benchmarks.get(exerciseId) ?? new Map<string, number>();
  const latestE1rmKg = ctx.e1rms.get(exerciseId) ?? null;
  const rule = ruleJson ? ruleOf(ruleJson) : null;
  let start: Start | null = null;
  let decision: { code: string; message: string } | null = null;
  const continued = rule && ruleJson ? storedStart(rule, ruleJson, latest, ownSteps.get(slotId)) : null;
  if (continued && 'state' in continued) {
    start = continued;
    decision = { code: continued.code ?? 'PROGRESSION_CONTINUES', message: continued.message };
  } else if (rule) {
    try {
      start = startOf(rule, plannedSets, cycleNumber, byKind, latestE1rmKg);
      const restart = continued ? `${continued.restart}; ` : '';
      decision = start ? { code: 'PROGRESSION_START', message: `${restart}${start.message}` } : { code: 'PROGRESSION_UNUSED', message: `${rule.style} has no work set to progress` };
    } catch (error) {
      // A stored rule the engine cannot run (e.g. WAVE_LOADING without a rep range): the slot keeps its plan, and says why.
      if (!(error instanceof RangeError)) throw error;
      decision = { code: 'PROGRESSION_UNUSED', message: `${rule.style} cannot run: ${error.message.replace(/^progression: /, '')}; the planned targets apply` };
    }
  }
  const oneRm = byKind.get('ONE_RM');
  const trainingMax = byKind.get('TRAINING_MAX');
  const benchmark: LoadBenchmark | null =
    oneRm !== undefined ? { kind: 'ONE_RM', valueKg: oneRm } : trainingMax !== undefined ? { kind: 'TRAINING_MAX', valueKg: trainingMax } : null;
  return { slot: { slotId, exerciseId, plannedSets, rule: start ? rule : null, state: start?.state ?? null, benchmark, latestE1rmKg }, start: decision };
}

interface RunScope {
  days: DayTuple[];
  startCycleNumber: number;
  horizon: { cycles: number } | { sessions: number };
  assumption: OutcomeAssumption;
  /** The day's readiness adjustment (a session's prescription); a dry run's future days have none. */
  readiness?: LoadAdjustment | null;
  /** The prescribed session's own progression steps, by slot (it reads them from before it). */
  ownSteps?: ReadonlyMap<number, OwnStep>;
}

/** The simulated sessions of some of a routine's days (see the module comment). */
function simulate(row: RoutineRow, ctx: AthleteContext, exercises: Map<number, ExerciseView>, scope: RunScope): DryRunSessionView[] {
  const starts = new Map<number, { code: string; message: string } | null>();
  const plannedSetIds = new Map<number, Map<number, number>>();
  const daysFor = (barbell: boolean): DryRunDay[] =>
    scope.days.map(([dayIndex, isRest, , slots]) => ({
      dayIndex,
      isRest,
      slots: slots
        .filter(([, exerciseId]) => ctx.isBarbell(exerciseId) === barbell)
        .map((tuple): DryRunSlot => {
          const { slot, start } = slotOf(ctx, tuple, scope.startCycleNumber, scope.ownSteps);
          starts.set(slot.slotId, start);
          plannedSetIds.set(slot.slotId, new Map(tuple[3].map((set) => [set[0], set[8]])));
          return slot;
        }),
    }));

  const run = (barbell: boolean, barKg: number) =>
    dryRunRoutine({
      days: daysFor(barbell),
      horizon: scope.horizon,
      assumption: scope.assumption,
      prescription: {
        // The future's readiness is unknown: a dry run assumes a fully ready athlete; a session's prescription brings its day's.
        readinessLoadFactor: scope.readiness?.loadFactor ?? 1,
        readinessSetDelta: scope.readiness?.setDelta ?? 0,
        ...(scope.readiness ? { readinessReason: scope.readiness.reason } : {}),
        roundLoadKg: (kg) => ctx.roundLoadKg(barKg, kg),
        percentOfOneRepMax: chartFraction,
      },
      autoregulation: ctx.autoregulation,
    });
  const barbellRun = run(true, ctx.barWeightKg);
  const otherRun = run(false, 0);

  const titles = new Map(row.days.map(([dayIndex, , title]) => [dayIndex, title]));
  const slotOrder = new Map(row.days.flatMap(([, , , slots]) => slots.map(([slotId], position) => [slotId, position] as const)));
  const seen = new Set<number>();
  return barbellRun.sessions.map((session, i): DryRunSessionView => {
    const merged = [...session.exercises, ...otherRun.sessions[i]!.exercises].sort((a, b) => slotOrder.get(a.slotId)! - slotOrder.get(b.slotId)!);
    const views = merged.map((exercise) =>
      exerciseView(exercise, exercises, ctx.isBarbell(exercise.exerciseId) ? ctx.barWeightKg : null, ctx.platesKg, seen.has(exercise.slotId) ? null : starts.get(exercise.slotId) ?? null, plannedSetIds.get(exercise.slotId)!),
    );
    merged.forEach((exercise) => seen.add(exercise.slotId));
    return {
      index: session.sessionNumber,
      dayIndex: session.dayIndex,
      dayTitle: titles.get(session.dayIndex) ?? null,
      cycleNumber: scope.startCycleNumber + session.pass - 1,
      isDeload: views.some((view) => view.isDeload),
      exercises: views,
    };
  });
}

/** One dry run from its loaded row; `exercises` maps exercise ids to their views. */
function runOne(row: RoutineRow, key: DryRunKey, exercises: Map<number, ExerciseView>): DryRunView {
  const ctx = athleteContextOf(row, exercises);
  const sessions = simulate(row, ctx, exercises, { days: row.days, startCycleNumber: ctx.startCycleNumber, horizon: { cycles: key.cycles }, assumption: assumptionOf(key) });
  return { startCycleNumber: ctx.startCycleNumber, barWeightKg: ctx.barWeightKg, platesKg: ctx.platesKg, e1rmFormula: ctx.e1rmFormula, sessions };
}

/**
 * Today's targets for one training day of a loaded routine: the first session of a dry run of that
 * day alone in cycle `cycleNumber` (the routine's current cycle when null), with the day's readiness
 * adjustment (none: a fully ready athlete). Null for a rest day or a day the routine no longer has.
 */
export function prescribeRoutineDay(
  row: RoutineRow,
  exercises: Map<number, ExerciseView>,
  dayIndex: number,
  cycleNumber: number | null,
  readiness: LoadAdjustment | null = null,
  ownSteps: ReadonlyMap<number, OwnStep> = NO_STEPS,
): DryRunSessionView | null {
  const day = row.days.find(([index]) => index === dayIndex);
  if (!day || day[1]) return null;
  const ctx = athleteContextOf(row, exercises);
  const scope: RunScope = {
    days: [day],
    startCycleNumber: cycleNumber ?? ctx.startCycleNumber,
    horizon: { sessions: 1 },
    assumption: { kind: 'ALL_TARGETS_HIT' },
    readiness,
    ownSteps,
  };
  return simulate(row, ctx, exercises, scope)[0] ?? null;
}

export interface NextTimeTargetView {
  setIndex: number;
  /** Rounded like the prescription: to the athlete's bar and plates (barbell) or pairs of plates. */
  weightKg: number;
  reps: number;
  rpe: number | null;
  amrap: boolean;
}

export interface NextTimeView {
  slotId: number;
  exercise: ExerciseView;
  /** The cycle the targets are for. */
  cycleNumber: number | null;
  isDeload: boolean;
  targets: NextTimeTargetView[];
  reasons: { code: string; message: string }[];
  /** The progression step this session makes (absent when the rule cannot run): stored by completeSession. */
  advance?: { stateBefore: ProgressionState; state: ProgressionState; rule: RuleJson; startedWith: { code: string; message: string } };
}

/**
 * What each slot of a day with a progression rule should lift next time: advanceProgression from
 * the state the session started from (its own step, else as prescribeRoutineDay starts it) over
 * `performed`, the slot's logged work sets in order; `advance` is the step completeSession stores.
 * A rule the engine cannot run answers no targets and says why.
 */
export function nextTimeOf(
  row: RoutineRow,
  exercises: Map<number, ExerciseView>,
  dayIndex: number,
  cycleNumber: number | null,
  performed: Map<number, PerformedSet[]>,
  ownSteps: ReadonlyMap<number, OwnStep> = NO_STEPS,
): NextTimeView[] {
  const day = row.days.find(([index]) => index === dayIndex);
  if (!day) return [];
  const ctx = athleteContextOf(row, exercises);
  const cycle = cycleNumber ?? ctx.startCycleNumber;
  return day[3]
    .filter(([, , ruleJson]) => ruleJson !== null)
    .map((tuple): NextTimeView => {
      const { slot, start } = slotOf(ctx, tuple, cycle, ownSteps);
      const exercise = exercises.get(slot.exerciseId)!;
      if (!slot.rule || !slot.state) return { slotId: slot.slotId, exercise, cycleNumber: null, isDeload: false, targets: [], reasons: start ? [start] : [] };
      const step = advanceProgression(slot.rule, slot.state, { sets: performed.get(slot.slotId) ?? [] }, ctx.autoregulation);
      const workIndexes = slot.plannedSets.filter((set) => !set.isWarmup).map((set) => set.setIndex);
      const lastIndex = Math.max(0, ...slot.plannedSets.map((set) => set.setIndex));
      const barKg = ctx.isBarbell(slot.exerciseId) ? ctx.barWeightKg : 0;
      return {
        slotId: slot.slotId,
        exercise,
        cycleNumber: step.targets.cycleNumber,
        isDeload: step.targets.isDeload,
        targets: step.targets.sets.map((target, k) => ({
          setIndex: workIndexes[k] ?? lastIndex + k - workIndexes.length + 1,
          weightKg: ctx.roundLoadKg(barKg, target.weightKg),
          reps: target.reps,
          rpe: target.rpe,
          amrap: target.amrap,
        })),
        reasons: [...(start ? [start] : []), ...step.reasons.map(({ code, message }) => ({ code, message }))],
        advance: { stateBefore: slot.state, state: step.state, rule: tuple[2]!, startedWith: start! },
      };
    });
}

function exerciseView(
  exercise: DryRunExercise,
  exercises: Map<number, ExerciseView>,
  barKg: number | null,
  platesKg: number[],
  start: { code: string; message: string } | null,
  plannedSetIds: Map<number, number>,
): DryRunExerciseView {
  const decisions: DryRunDecisionView[] = [];
  if (start) decisions.push({ setIndex: null, ...start, afterOutcome: false });
  exercise.prescriptionReasons.forEach((reason) => decisions.push({ setIndex: null, code: reason.code, message: reason.message, afterOutcome: false }));
  for (const set of exercise.sets) set.reasons.forEach((reason) => decisions.push({ setIndex: set.setIndex, code: reason.code, message: reason.message, afterOutcome: false }));
  exercise.progressionReasons.forEach((reason) => decisions.push({ setIndex: null, code: reason.code, message: reason.message, afterOutcome: true }));
  return {
    slotId: exercise.slotId,
    exercise: exercises.get(exercise.exerciseId)!,
    cycleNumber: exercise.cycleNumber,
    isDeload: exercise.isDeload,
    sets: exercise.sets.map((set) => ({
      setIndex: set.setIndex,
      plannedSetId: plannedSetIds.get(set.setIndex)!,
      isWarmup: set.isWarmup,
      targetWeightKg: set.targetWeightKg,
      targetReps: set.targetReps,
      targetRpe: set.targetRpe,
      amrap: set.amrap,
      platesPerSide: barKg === null || set.targetWeightKg === null ? null : platesPerSide(set.targetWeightKg, barKg, platesKg),
    })),
    decisions,
  };
}

const keyOf = (key: DryRunKey) => `${key.routineId}|${key.cycles}|${key.assumption}|${key.missEvery}`;

/**
 * Dry runs of many routines (and argument sets) in a fixed number of statements: the routines'
 * trees and athletes' context in one, their exercises in one more.
 */
export function createDryRunLoader(em: EntityManager) {
  return new DataLoader<DryRunKey, DryRunView | null, string>(
    async (keys) => {
      const rows = await loadRoutines(em, [...new Set(keys.map((key) => key.routineId))]);
      const exerciseIds = rows.flatMap((row) => row.days.flatMap(([, , , slots]) => slots.map(([, exerciseId]) => ({ exercise_id: exerciseId }))));
      const exercises = new Map((await attachExercises(em, exerciseIds)).map((row) => [row.exercise_id, row.exercise]));
      const byId = new Map(rows.map((row) => [row.routine_id, row]));
      return keys.map((key) => {
        const row = byId.get(key.routineId);
        return row ? runOne(row, key, exercises) : null;
      });
    },
    { cacheKeyFn: keyOf },
  );
}
