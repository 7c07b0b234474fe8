/**
 * Progression: how a routine exercise's targets move from one cycle to the next.
 *
 * One step = one cycle of the exercise (one pass through the routine, Repwise's `Cycle`). The
 * state describes the targets of `state.cycleNumber`; `advanceProgression` takes that cycle's
 * outcome and returns the state, targets and reasons for the next cycle. Loads are in kg and
 * exact (never rounded here): the prescription rounds them to a loadable weight.
 *
 * Styles (seed 003 `ProgressionStyle`, DESIGN §3):
 * - SINGLE_PROGRESSION (linear): every set reaches its reps → +incrementKg; otherwise repeat the
 *   load; after `missesBeforeReset` consecutive misses the load drops by `resetPct` (defaults:
 *   3 misses, 10%, the common "stall three times, reset ~10%" linear-progression convention).
 * - DOUBLE_PROGRESSION: reps climb within [repRangeMin, repRangeMax] set by set at one load; when
 *   every set reaches the top, the load rises by incrementKg and every set drops to the bottom.
 *   Reps and load never rise in the same step.
 * - WAVE_LOADING: waves of `waveLength` steps; step k lifts base + k·incrementKg for reps falling
 *   from repRangeMax to repRangeMin; after the last step the next wave restarts one increment
 *   higher than the last one started.
 * - PERCENT_1RM_WAVE: weeks of percentages of a training max (default Wendler 2011, "5/3/1",
 *   2nd ed.: 65/75/85 % × 5/5/5+, 70/80/90 % × 3/3/3+, 75/85/95 % × 5/3/1+; deload week
 *   40/50/60 % × 5); after each wave the training max rises by incrementKg (Wendler: 5 lb ≈
 *   2.5 kg for upper-body lifts, 10 lb ≈ 5 kg for lower-body lifts) or, when a week's minimum
 *   reps were missed, drops by resetPct.
 * - RPE_AUTOREGULATION: the next load is the last top set's e1RM × the chart's %1RM for the
 *   target reps at the target RPE (both functions injected).
 * - Every style: cycle c is a deload when deloadEveryNCycles divides c. A deload keeps
 *   ⌈sets · deloadPct/100⌉ sets at deloadPct % of the working load (`deloadPct` is the load
 *   during a deload as a percentage of the working load, as `progression_rules.deload_pct`
 *   stores it); PERCENT_1RM_WAVE uses its table's deload week instead. A deload's outcome
 *   never moves the progression.
 *
 * Valid ranges are enforced with RangeError (programmer mistakes, see STYLE.md "Errors").
 */

export const PROGRESSION_STYLES = ['SINGLE_PROGRESSION', 'DOUBLE_PROGRESSION', 'WAVE_LOADING', 'PERCENT_1RM_WAVE', 'RPE_AUTOREGULATION'] as const;
export type ProgressionStyle = (typeof PROGRESSION_STYLES)[number];

/** Which rule fired. Codes are stable (tests and clients branch on them); messages are for people. */
export type ProgressionReasonCode =
  | 'LINEAR_INCREMENT'
  | 'LINEAR_REPEAT'
  | 'DOUBLE_REPS_UP'
  | 'DOUBLE_LOAD_UP'
  | 'DOUBLE_REPEAT'
  | 'WAVE_STEP'
  | 'WAVE_REPEAT'
  | 'WAVE_RESTART_HIGHER'
  | 'WAVE_COMPLETE'
  | 'TRAINING_MAX_WEEK'
  | 'TRAINING_MAX_INCREMENT'
  | 'TRAINING_MAX_RESET'
  | 'PERCENT_WEEK_MISSED'
  | 'RPE_LOAD_FROM_E1RM'
  | 'RPE_NO_E1RM'
  | 'MISS_RESET'
  | 'DELOAD'
  | 'DELOAD_OUTCOME_IGNORED';

export interface Reason<Code extends string = string> {
  code: Code;
  message: string;
}
export type ProgressionReason = Reason<ProgressionReasonCode>;

/** One set of a percentage week: `percent` of the training max for `reps` (a minimum when `amrap`). */
export interface PercentSet {
  percent: number;
  reps: number;
  amrap?: boolean;
}

/** Wendler 2011, "5/3/1" 2nd ed.: the three working weeks, percentages of the training max. */
export const WENDLER_531_WEEKS: readonly (readonly PercentSet[])[] = [
  [
    { percent: 65, reps: 5 },
    { percent: 75, reps: 5 },
    { percent: 85, reps: 5, amrap: true },
  ],
  [
    { percent: 70, reps: 3 },
    { percent: 80, reps: 3 },
    { percent: 90, reps: 3, amrap: true },
  ],
  [
    { percent: 75, reps: 5 },
    { percent: 85, reps: 3 },
    { percent: 95, reps: 1, amrap: true },
  ],
];

/** Wendler 2011, "5/3/1" 2nd ed.: the deload week (no "+" sets). */
export const WENDLER_531_DELOAD: readonly PercentSet[] = [
  { percent: 40, reps: 5 },
  { percent: 50, reps: 5 },
  { percent: 60, reps: 5 },
];

/** Wendler's training max: 90% of the 1RM (Wendler 2011). Input in kg, > 0. */
export function wendlerTrainingMaxKg(oneRepMaxKg: number): number {
  if (!Number.isFinite(oneRepMaxKg) || oneRepMaxKg <= 0) throw new RangeError(`wendlerTrainingMaxKg: 1RM must be a positive number of kg (got ${oneRepMaxKg})`);
  return oneRepMaxKg * 0.9;
}

/** Wendler's per-cycle training-max increment: 5 lb upper body, 10 lb lower body, as 2.5 / 5 kg. */
export function wendlerIncrementKg(bodyRegion: 'UPPER' | 'LOWER'): number {
  return bodyRegion === 'UPPER' ? 2.5 : 5;
}

/** The progression rule of a routine exercise (`progression_rules` plus engine defaults). */
export interface ProgressionRule {
  style: ProgressionStyle;
  /** Load step in kg, 0–50 (the column's CHECK). */
  incrementKg: number;
  /** Rep range; DOUBLE_PROGRESSION and WAVE_LOADING need both (1 ≤ min ≤ max). */
  repRangeMin?: number | null;
  repRangeMax?: number | null;
  /** Steps per wave, 2–8 (WAVE_LOADING; PERCENT_1RM_WAVE takes its length from the table). */
  waveLength?: number | null;
  /** Every Nth cycle is a deload, N ≥ 2; null = never. */
  deloadEveryNCycles?: number | null;
  /** Load during a deload as a percentage of the working load, 0 < pct < 100. */
  deloadPct: number;
  /** Consecutive missed cycles before the load is reset (default 3, ≥ 1). */
  missesBeforeReset?: number | null;
  /** Reset size in percent of the load, 0 < pct ≤ 50 (default 10). */
  resetPct?: number | null;
  /** RPE_AUTOREGULATION target RPE, 6–10 in halves (default 8). */
  targetRpe?: number | null;
  /** PERCENT_1RM_WAVE weeks (default WENDLER_531_WEEKS) and deload week (default WENDLER_531_DELOAD). */
  percentWeeks?: readonly (readonly PercentSet[])[] | null;
  percentDeloadWeek?: readonly PercentSet[] | null;
}

export interface ProgressionState {
  /** The cycle these targets are for, integer ≥ 1. */
  cycleNumber: number;
  /** Working load in kg (≥ 0); the training max for PERCENT_1RM_WAVE, the next wave's base for WAVE_LOADING. */
  loadKg: number;
  /** Target reps per work set (integers ≥ 1); DOUBLE_PROGRESSION climbs them. */
  setReps: readonly number[];
  /** 0-based step in the current wave; equal to the wave length while a finished wave waits out a deload. */
  waveStep: number;
  /** Consecutive missed cycles (PERCENT_1RM_WAVE: missed weeks in the current wave). */
  consecutiveMisses: number;
  /** RPE_AUTOREGULATION: the latest top-set e1RM in kg. */
  e1rmKg?: number | null;
}

export interface SetTarget {
  weightKg: number;
  reps: number;
  /** Target RPE (RPE_AUTOREGULATION), else null. */
  rpe: number | null;
  /** "+" set: reps are a minimum, as many as possible. */
  amrap: boolean;
  /** PERCENT_1RM_WAVE: the percentage of the training max, else null. */
  percentOfTrainingMax: number | null;
}

export interface ProgressionTargets {
  cycleNumber: number;
  isDeload: boolean;
  sets: SetTarget[];
  reasons: ProgressionReason[];
}

/** A performed set; `rpe` when it was rated. */
export interface PerformedSet {
  weightKg: number;
  reps: number;
  rpe?: number | null;
}

export interface CycleOutcome {
  /** Work sets in the order of the targets; missing sets count as missed. */
  sets: readonly PerformedSet[];
}

/** What RPE_AUTOREGULATION needs from the e1RM and RPE-chart modules. */
export interface AutoregulationTools {
  /** e1RM in kg of a set (RPE-aware), null when the set cannot estimate one. */
  estimateE1rm: (set: PerformedSet) => number | null;
  /** Fraction of 1RM (0–1] for `reps` at `rpe` (an RTS-style chart). */
  percentOfOneRepMax: (reps: number, rpe: number) => number;
}

export interface ProgressionStep {
  state: ProgressionState;
  targets: ProgressionTargets;
  /** Why the state moved (the rule that fired), then why the targets are what they are. */
  reasons: ProgressionReason[];
}

const DEFAULT_MISSES_BEFORE_RESET = 3;
const DEFAULT_RESET_PCT = 10;
const DEFAULT_TARGET_RPE = 8;

const kg = (value: number) => `${Number(value.toFixed(2))} kg`;
const reps = (values: readonly number[]) => values.join('/');
const isInt = (value: number, min: number, max = Number.MAX_SAFE_INTEGER) => Number.isInteger(value) && value >= min && value <= max;

function fail(message: string): never {
  throw new RangeError(`progression: ${message}`);
}

/** Checks a rule's ranges (the database CHECKs plus what its style needs); throws RangeError. */
export function validateProgressionRule(rule: ProgressionRule): void {
  if (!PROGRESSION_STYLES.includes(rule.style)) fail(`unknown style ${String(rule.style)}`);
  if (!Number.isFinite(rule.incrementKg) || rule.incrementKg < 0 || rule.incrementKg > 50) fail(`incrementKg must be 0–50 (got ${rule.incrementKg})`);
  if (!Number.isFinite(rule.deloadPct) || rule.deloadPct <= 0 || rule.deloadPct >= 100) fail(`deloadPct must be in (0, 100) (got ${rule.deloadPct})`);
  const { repRangeMin: min, repRangeMax: max } = rule;
  if (min != null && !isInt(min, 1)) fail(`repRangeMin must be an integer ≥ 1 (got ${min})`);
  if (max != null && !isInt(max, 1)) fail(`repRangeMax must be an integer ≥ 1 (got ${max})`);
  if (min != null && max != null && min > max) fail(`repRangeMin ${min} exceeds repRangeMax ${max}`);
  if ((rule.style === 'DOUBLE_PROGRESSION' || rule.style === 'WAVE_LOADING') && (min == null || max == null)) fail(`${rule.style} needs repRangeMin and repRangeMax`);
  if (rule.style === 'WAVE_LOADING' && (rule.waveLength == null || !isInt(rule.waveLength, 2, 8))) fail(`WAVE_LOADING needs waveLength 2–8 (got ${rule.waveLength})`);
  if (rule.deloadEveryNCycles != null && !isInt(rule.deloadEveryNCycles, 2)) fail(`deloadEveryNCycles must be an integer ≥ 2 (got ${rule.deloadEveryNCycles})`);
  if (rule.missesBeforeReset != null && !isInt(rule.missesBeforeReset, 1)) fail(`missesBeforeReset must be an integer ≥ 1 (got ${rule.missesBeforeReset})`);
  if (rule.resetPct != null && (!Number.isFinite(rule.resetPct) || rule.resetPct <= 0 || rule.resetPct > 50)) fail(`resetPct must be in (0, 50] (got ${rule.resetPct})`);
  if (rule.targetRpe != null && (!(rule.targetRpe >= 6 && rule.targetRpe <= 10) || !Number.isInteger(rule.targetRpe * 2))) fail(`targetRpe must be 6–10 in halves (got ${rule.targetRpe})`);
  for (const week of [...percentWeeks(rule), percentDeloadWeek(rule)]) {
    if (week.length === 0) fail('a percentage week needs at least one set');
    for (const set of week) {
      if (!(set.percent > 0 && set.percent <= 120)) fail(`a percentage must be in (0, 120] (got ${set.percent})`);
      if (!isInt(set.reps, 1)) fail(`a percentage set needs integer reps ≥ 1 (got ${set.reps})`);
    }
  }
}

function validateState(rule: ProgressionRule, state: ProgressionState): void {
  if (!isInt(state.cycleNumber, 1)) fail(`cycleNumber must be an integer ≥ 1 (got ${state.cycleNumber})`);
  if (!Number.isFinite(state.loadKg) || state.loadKg < 0) fail(`loadKg must be ≥ 0 (got ${state.loadKg})`);
  if (state.setReps.length === 0 || !state.setReps.every((value) => isInt(value, 1))) fail(`setReps must be integers ≥ 1, at least one set (got ${reps(state.setReps)})`);
  if (!isInt(state.consecutiveMisses, 0)) fail(`consecutiveMisses must be an integer ≥ 0 (got ${state.consecutiveMisses})`);
  if (!isInt(state.waveStep, 0, waveLength(rule))) fail(`waveStep must be 0–${waveLength(rule)} (got ${state.waveStep})`);
  if (rule.style === 'DOUBLE_PROGRESSION' && !state.setReps.every((value) => value >= rule.repRangeMin! && value <= rule.repRangeMax!)) {
    fail(`DOUBLE_PROGRESSION setReps ${reps(state.setReps)} must lie in ${rule.repRangeMin}–${rule.repRangeMax}`);
  }
}

const percentWeeks = (rule: ProgressionRule) => rule.percentWeeks ?? WENDLER_531_WEEKS;
const percentDeloadWeek = (rule: ProgressionRule) => rule.percentDeloadWeek ?? WENDLER_531_DELOAD;
const missesBeforeReset = (rule: ProgressionRule) => rule.missesBeforeReset ?? DEFAULT_MISSES_BEFORE_RESET;
const resetPct = (rule: ProgressionRule) => rule.resetPct ?? DEFAULT_RESET_PCT;
const targetRpe = (rule: ProgressionRule) => rule.targetRpe ?? DEFAULT_TARGET_RPE;

/** Steps per wave: WAVE_LOADING's waveLength, PERCENT_1RM_WAVE's number of weeks, 0 for the other styles. */
function waveLength(rule: ProgressionRule): number {
  if (rule.style === 'WAVE_LOADING') return rule.waveLength!;
  if (rule.style === 'PERCENT_1RM_WAVE') return percentWeeks(rule).length;
  return 0;
}

/** Whether cycle `cycleNumber` is a deload: exactly the multiples of deloadEveryNCycles (never when null). */
export function isDeloadCycle(rule: Pick<ProgressionRule, 'deloadEveryNCycles'>, cycleNumber: number): boolean {
  const every = rule.deloadEveryNCycles;
  return every != null && cycleNumber % every === 0;
}

/** WAVE_LOADING reps at step k: from repRangeMax down to repRangeMin in even steps, rounded. */
function waveReps(rule: ProgressionRule, step: number): number {
  const min = rule.repRangeMin!;
  const max = rule.repRangeMax!;
  return Math.round(max - (step * (max - min)) / (rule.waveLength! - 1));
}

/** A first state for a rule: `sets` work sets at `loadKg` (the training max for PERCENT_1RM_WAVE). */
export function initialProgressionState(
  rule: ProgressionRule,
  start: { loadKg: number; sets: number; reps?: number; cycleNumber?: number; e1rmKg?: number | null },
): ProgressionState {
  validateProgressionRule(rule);
  if (!isInt(start.sets, 1, 50)) fail(`sets must be an integer 1–50 (got ${start.sets})`);
  const repsPerSet = start.reps ?? rule.repRangeMin ?? 5;
  const state: ProgressionState = {
    cycleNumber: start.cycleNumber ?? 1,
    loadKg: start.loadKg,
    setReps: Array.from({ length: start.sets }, () => repsPerSet),
    waveStep: 0,
    consecutiveMisses: 0,
    e1rmKg: start.e1rmKg ?? null,
  };
  validateState(rule, state);
  return state;
}

function plainSets(weightKg: number, setReps: readonly number[], rpe: number | null): SetTarget[] {
  return setReps.map((value) => ({ weightKg, reps: value, rpe, amrap: false, percentOfTrainingMax: null }));
}

function percentSets(trainingMaxKg: number, week: readonly PercentSet[]): SetTarget[] {
  return week.map((set) => ({
    weightKg: (trainingMaxKg * set.percent) / 100,
    reps: set.reps,
    rpe: null,
    amrap: set.amrap ?? false,
    percentOfTrainingMax: set.percent,
  }));
}

/**
 * The targets of `state.cycleNumber`: the style's working sets, or on a deload cycle the deload
 * (see the module comment). Loads are exact kg, not yet rounded.
 */
export function progressionTargets(rule: ProgressionRule, state: ProgressionState): ProgressionTargets {
  validateProgressionRule(rule);
  validateState(rule, state);
  const reasons: ProgressionReason[] = [];
  const deload = isDeloadCycle(rule, state.cycleNumber);
  if (rule.style === 'PERCENT_1RM_WAVE') {
    if (deload) {
      const week = percentDeloadWeek(rule);
      reasons.push({
        code: 'DELOAD',
        message: `Cycle ${state.cycleNumber} is a deload (every ${rule.deloadEveryNCycles} cycles): ${week.map((set) => `${set.percent}%×${set.reps}`).join(', ')} of training max ${kg(state.loadKg)}`,
      });
      return { cycleNumber: state.cycleNumber, isDeload: true, sets: percentSets(state.loadKg, week), reasons };
    }
    if (state.waveStep >= waveLength(rule)) fail('a finished wave (waveStep = wave length) is only valid on a deload cycle');
    const week = percentWeeks(rule)[state.waveStep]!;
    reasons.push({
      code: 'TRAINING_MAX_WEEK',
      message: `Week ${state.waveStep + 1} of ${waveLength(rule)}: ${week.map((set) => `${set.percent}%×${set.reps}${set.amrap ? '+' : ''}`).join(', ')} of training max ${kg(state.loadKg)}`,
    });
    return { cycleNumber: state.cycleNumber, isDeload: false, sets: percentSets(state.loadKg, week), reasons };
  }

  let sets: SetTarget[];
  switch (rule.style) {
    case 'WAVE_LOADING': {
      // While a finished wave waits out a deload, the deload scales the last step's load.
      const step = Math.min(state.waveStep, rule.waveLength! - 1);
      if (!deload && state.waveStep >= rule.waveLength!) fail('a finished wave (waveStep = wave length) is only valid on a deload cycle');
      const stepReps = waveReps(rule, step);
      sets = plainSets(
        state.loadKg + step * rule.incrementKg,
        state.setReps.map(() => stepReps),
        null,
      );
      if (!deload) {
        reasons.push({ code: 'WAVE_STEP', message: `Wave step ${step + 1} of ${rule.waveLength}: ${kg(sets[0]!.weightKg)} × ${stepReps} (wave base ${kg(state.loadKg)} + ${step} × ${kg(rule.incrementKg)})` });
      }
      break;
    }
    case 'RPE_AUTOREGULATION':
      sets = plainSets(state.loadKg, state.setReps, targetRpe(rule));
      break;
    default:
      sets = plainSets(state.loadKg, state.setReps, null);
  }
  if (deload) {
    const kept = Math.max(1, Math.ceil((sets.length * rule.deloadPct) / 100));
    const working = sets[0]!.weightKg;
    sets = sets.slice(0, kept).map((set) => ({ ...set, weightKg: (set.weightKg * rule.deloadPct) / 100 }));
    reasons.push({
      code: 'DELOAD',
      message: `Cycle ${state.cycleNumber} is a deload (every ${rule.deloadEveryNCycles} cycles): ${kept} of ${state.setReps.length} sets at ${rule.deloadPct}% of ${kg(working)}`,
    });
  }
  return { cycleNumber: state.cycleNumber, isDeload: deload, sets, reasons };
}

/** Sets that fell short of their target reps (missing ones included), as "set i: got of want" phrases. */
function shortfalls(targets: readonly SetTarget[], outcome: CycleOutcome): string[] {
  const missed: string[] = [];
  targets.forEach((target, index) => {
    const done = outcome.sets[index]?.reps ?? 0;
    if (done < target.reps) missed.push(`set ${index + 1}: ${done} of ${target.reps} reps`);
  });
  return missed;
}

function validateOutcome(outcome: CycleOutcome): void {
  for (const set of outcome.sets) {
    if (!Number.isFinite(set.weightKg) || set.weightKg < 0 || !isInt(set.reps, 0)) fail(`a performed set needs weightKg ≥ 0 and integer reps ≥ 0 (got ${set.weightKg} × ${set.reps})`);
  }
}

/** Miss handling shared by the repeat-on-failure styles: repeat, then reset by resetPct after N misses. */
function missed(rule: ProgressionRule, state: ProgressionState, misses: string[], repeatCode: ProgressionReasonCode, repeatWhat: string) {
  const count = state.consecutiveMisses + 1;
  const limit = missesBeforeReset(rule);
  if (count >= limit) {
    const loadKg = state.loadKg * (1 - resetPct(rule) / 100);
    return {
      changes: { loadKg, consecutiveMisses: 0, waveStep: 0 },
      reason: {
        code: 'MISS_RESET' as const,
        message: `Missed ${count} cycles in a row (${misses.join('; ')}): load reset by ${resetPct(rule)}%, ${kg(state.loadKg)} → ${kg(loadKg)}`,
      },
    };
  }
  return {
    changes: { consecutiveMisses: count },
    reason: { code: repeatCode, message: `Fell short (${misses.join('; ')}): repeat ${repeatWhat} (miss ${count} of ${limit} before a reset)` },
  };
}

/** A finished wave's restart, settled at the start of the next working cycle. */
function settleWave(rule: ProgressionRule, state: ProgressionState): { state: ProgressionState; reason: ProgressionReason } {
  if (rule.style === 'WAVE_LOADING') {
    const loadKg = state.loadKg + rule.incrementKg;
    return {
      state: { ...state, loadKg, waveStep: 0, consecutiveMisses: 0 },
      reason: { code: 'WAVE_RESTART_HIGHER', message: `Wave complete: the next wave starts one step higher, base ${kg(state.loadKg)} → ${kg(loadKg)}` },
    };
  }
  if (state.consecutiveMisses > 0) {
    const loadKg = state.loadKg * (1 - resetPct(rule) / 100);
    return {
      state: { ...state, loadKg, waveStep: 0, consecutiveMisses: 0 },
      reason: {
        code: 'TRAINING_MAX_RESET',
        message: `Wave complete with ${state.consecutiveMisses} week(s) short of their minimum reps: training max lowered by ${resetPct(rule)}%, ${kg(state.loadKg)} → ${kg(loadKg)}`,
      },
    };
  }
  const loadKg = state.loadKg + rule.incrementKg;
  return {
    state: { ...state, loadKg, waveStep: 0, consecutiveMisses: 0 },
    reason: { code: 'TRAINING_MAX_INCREMENT', message: `Wave complete, every minimum reached: training max +${kg(rule.incrementKg)}, ${kg(state.loadKg)} → ${kg(loadKg)} (Wendler 2011)` },
  };
}

/**
 * The next cycle's state and targets from this cycle's outcome, with the rule that fired.
 * RPE_AUTOREGULATION needs `tools`; other styles ignore them. A deload cycle's outcome is ignored.
 */
export function advanceProgression(rule: ProgressionRule, state: ProgressionState, outcome: CycleOutcome, tools?: AutoregulationTools): ProgressionStep {
  const current = progressionTargets(rule, state);
  validateOutcome(outcome);
  const reasons: ProgressionReason[] = [];
  let next: ProgressionState = { ...state, cycleNumber: state.cycleNumber + 1 };

  if (current.isDeload) {
    reasons.push({ code: 'DELOAD_OUTCOME_IGNORED', message: `Cycle ${state.cycleNumber} was a deload: its outcome does not move the progression` });
  } else {
    const misses = shortfalls(current.sets, outcome);
    switch (rule.style) {
      case 'SINGLE_PROGRESSION': {
        if (misses.length === 0) {
          next.loadKg = state.loadKg + rule.incrementKg;
          next.consecutiveMisses = 0;
          reasons.push({
            code: 'LINEAR_INCREMENT',
            message: `All ${current.sets.length} sets reached ${reps(state.setReps)} reps at ${kg(state.loadKg)}: +${kg(rule.incrementKg)} → ${kg(next.loadKg)}`,
          });
        } else {
          const miss = missed(rule, state, misses, 'LINEAR_REPEAT', kg(state.loadKg));
          next = { ...next, ...miss.changes, waveStep: 0 };
          reasons.push(miss.reason);
        }
        break;
      }
      case 'DOUBLE_PROGRESSION': {
        const top = rule.repRangeMax!;
        const bottom = rule.repRangeMin!;
        const done = current.sets.map((_, index) => outcome.sets[index]?.reps ?? 0);
        if (misses.length > 0) {
          const miss = missed(rule, state, misses, 'DOUBLE_REPEAT', `${kg(state.loadKg)} × ${reps(state.setReps)}`);
          next = { ...next, ...miss.changes, waveStep: 0 };
          reasons.push(miss.reason);
        } else if (done.every((value) => value >= top)) {
          next.loadKg = state.loadKg + rule.incrementKg;
          next.setReps = state.setReps.map(() => bottom);
          next.consecutiveMisses = 0;
          reasons.push({
            code: 'DOUBLE_LOAD_UP',
            message: `Every set reached the top of ${bottom}–${top}: load ${kg(state.loadKg)} → ${kg(next.loadKg)}, reps reset to ${reps(next.setReps)}`,
          });
        } else {
          // Reps follow what was done (capped at the top); if nothing beat its target, one more rep
          // on the first of the sets with the fewest reps, so the sets climb one at a time (8/8/8 → 9/8/8 → 9/9/8).
          const climbed = done.map((value, index) => Math.min(top, Math.max(value, state.setReps[index]!)));
          if (climbed.every((value, index) => value === state.setReps[index])) {
            const first = climbed.indexOf(Math.min(...climbed));
            climbed[first] = climbed[first]! + 1;
          }
          next.setReps = climbed;
          next.consecutiveMisses = 0;
          reasons.push({ code: 'DOUBLE_REPS_UP', message: `All sets hit their reps at ${kg(state.loadKg)}: reps ${reps(state.setReps)} → ${reps(climbed)}, load unchanged` });
        }
        break;
      }
      case 'WAVE_LOADING': {
        if (misses.length > 0) {
          const miss = missed(rule, state, misses, 'WAVE_REPEAT', `wave step ${state.waveStep + 1}`);
          next = { ...next, ...miss.changes };
          reasons.push(miss.reason);
        } else if (state.waveStep + 1 < rule.waveLength!) {
          next.waveStep = state.waveStep + 1;
          next.consecutiveMisses = 0;
          reasons.push({ code: 'WAVE_STEP', message: `Wave step ${state.waveStep + 1} done: on to step ${next.waveStep + 1} of ${rule.waveLength}` });
        } else {
          next.waveStep = rule.waveLength!;
          next.consecutiveMisses = 0;
          reasons.push({ code: 'WAVE_COMPLETE', message: `Wave step ${state.waveStep + 1} of ${rule.waveLength} done: the wave is complete` });
        }
        break;
      }
      case 'PERCENT_1RM_WAVE': {
        if (misses.length > 0) {
          next.consecutiveMisses = state.consecutiveMisses + 1;
          reasons.push({ code: 'PERCENT_WEEK_MISSED', message: `Week ${state.waveStep + 1} fell short of its minimum reps (${misses.join('; ')}): noted for the training max at the wave's end` });
        }
        next.waveStep = state.waveStep + 1;
        if (next.waveStep < waveLength(rule)) {
          reasons.push({ code: 'TRAINING_MAX_WEEK', message: `Week ${state.waveStep + 1} done: on to week ${next.waveStep + 1} of ${waveLength(rule)}` });
        } else {
          reasons.push({ code: 'WAVE_COMPLETE', message: `Week ${state.waveStep + 1} of ${waveLength(rule)} done: the wave is complete` });
        }
        break;
      }
      case 'RPE_AUTOREGULATION': {
        if (!tools) fail('RPE_AUTOREGULATION needs the e1RM estimator and the RPE chart');
        const top = topSet(outcome.sets);
        const e1rmKg = top ? tools.estimateE1rm(top) : null;
        if (top === null || e1rmKg === null || !(e1rmKg > 0)) {
          reasons.push({ code: 'RPE_NO_E1RM', message: `No set of this cycle estimates an e1RM: keep ${kg(state.loadKg)}` });
        } else {
          const targetReps = state.setReps[0]!;
          const fraction = tools.percentOfOneRepMax(targetReps, targetRpe(rule));
          if (!(fraction > 0 && fraction <= 1)) fail(`the RPE chart must return a fraction in (0, 1] (got ${fraction})`);
          next.loadKg = e1rmKg * fraction;
          next.e1rmKg = e1rmKg;
          reasons.push({
            code: 'RPE_LOAD_FROM_E1RM',
            message: `Top set ${kg(top.weightKg)} × ${top.reps}${top.rpe != null ? ` @ RPE ${top.rpe}` : ''} → e1RM ${kg(e1rmKg)}; ${targetReps} reps @ RPE ${targetRpe(rule)} is ${Number((fraction * 100).toFixed(1))}% → ${kg(next.loadKg)}`,
          });
        }
        next.consecutiveMisses = 0;
        break;
      }
    }
  }

  if (waveLength(rule) > 0 && next.waveStep >= waveLength(rule) && !isDeloadCycle(rule, next.cycleNumber)) {
    const settled = settleWave(rule, next);
    next = settled.state;
    reasons.push(settled.reason);
  }
  const targets = progressionTargets(rule, next);
  return { state: next, targets, reasons: [...reasons, ...targets.reasons] };
}

/** The top set: the heaviest load, most reps among equals, the later one among full ties; null without a set of ≥ 1 rep. */
function topSet(sets: readonly PerformedSet[]): PerformedSet | null {
  let best: PerformedSet | null = null;
  for (const set of sets) {
    if (set.reps < 1) continue;
    if (best === null || set.weightKg > best.weightKg || (set.weightKg === best.weightKg && set.reps >= best.reps)) best = set;
  }
  return best;
}
