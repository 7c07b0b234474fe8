import {
  type AutoregulationTools,
  type PerformedSet,
  type ProgressionReason,
  type ProgressionRule,
  type ProgressionState,
  advanceProgression,
  validateProgressionRule,
} from './progression.js';
import { type PlannedSet, type LoadBenchmark, type PrescribedSet, type PrescriptionOptions, type PrescriptionReason, prescribeSlot } from './prescription.js';
import { chooseNextRoutineDay } from './rotation.js';

/**
 * Dry run: the next sessions of a routine for an athlete, simulated under assumed outcomes.
 *
 * Sessions follow the routine's rotation (training days in order, rest days skipped, wrapping
 * around; see rotation.ts). Each session prescribes every slot (prescription.ts), assumes an
 * outcome, and advances the slot's progression (progression.ts), so each slot moves one cycle per
 * session that trains it. Every decision (where each load came from, which progression rule fired)
 * is returned with its reason. Nothing is stored: the input is never mutated.
 */

export interface DryRunSlot {
  slotId: number;
  exerciseId: number;
  /** For the reader of the result only. */
  name?: string;
  plannedSets: readonly PlannedSet[];
  rule?: ProgressionRule | null;
  state?: ProgressionState | null;
  benchmark?: LoadBenchmark | null;
  latestE1rmKg?: number | null;
}

export interface DryRunDay {
  dayIndex: number;
  isRest: boolean;
  slots: readonly DryRunSlot[];
}

export interface OutcomeContext {
  /** 1-based session number within the dry run. */
  sessionNumber: number;
  dayIndex: number;
  slot: DryRunSlot;
  /** The prescribed work sets (warm-ups excluded), in order. */
  workSets: readonly PrescribedSet[];
}

/**
 * What the athlete is assumed to do:
 * - ALL_TARGETS_HIT: every work set at its load for exactly its target reps at its target RPE;
 * - MISS_LAST_SET_EVERY_NTH_SESSION: as above, but in sessions n, 2n, … the last work set of every
 *   slot falls one rep short;
 * - a function giving the performed work sets for a slot.
 */
export type OutcomeAssumption =
  | { kind: 'ALL_TARGETS_HIT' }
  | { kind: 'MISS_LAST_SET_EVERY_NTH_SESSION'; n: number }
  | ((context: OutcomeContext) => readonly PerformedSet[]);

export interface DryRunInput {
  days: readonly DryRunDay[];
  /** How far to look: a number of sessions, or of cycles (full passes through the routine's training days; one per week for a weekly routine). 1–520 sessions in all. */
  horizon: { sessions: number } | { cycles: number };
  /** The day index of the athlete's last session, null to start at the first training day. */
  lastDayIndex?: number | null;
  assumption: OutcomeAssumption;
  prescription: PrescriptionOptions;
  /** Needed when a slot progresses by RPE_AUTOREGULATION; also refreshes the slot's latest e1RM after each session. */
  autoregulation?: AutoregulationTools;
}

export interface DryRunExercise {
  slotId: number;
  exerciseId: number;
  name: string | null;
  cycleNumber: number | null;
  isDeload: boolean;
  sets: PrescribedSet[];
  /** Why the targets are what they are (prescription and progression week/deload). */
  prescriptionReasons: PrescriptionReason[];
  performed: PerformedSet[];
  /** Which progression rule fired on this session's outcome, and why. */
  progressionReasons: ProgressionReason[];
}

export interface DryRunSession {
  sessionNumber: number;
  dayIndex: number;
  /** Pass through the routine, 1 for the first pass of the dry run. */
  pass: number;
  exercises: DryRunExercise[];
}

/** One decision as a flat row, in order. */
export interface DryRunDecision {
  sessionNumber: number;
  dayIndex: number;
  slotId: number;
  setIndex: number | null;
  code: string;
  message: string;
}

export interface DryRunResult {
  sessions: DryRunSession[];
  decisions: DryRunDecision[];
  /** Each slot's progression state after the last simulated session. */
  finalStates: Record<number, ProgressionState | null>;
}

const MAX_SESSIONS = 520;

function fail(message: string): never {
  throw new RangeError(`dryRun: ${message}`);
}

function assumedOutcome(assumption: OutcomeAssumption, context: OutcomeContext): PerformedSet[] {
  if (typeof assumption === 'function') return [...assumption(context)];
  const performed = context.workSets.map((set) => ({ weightKg: set.targetWeightKg ?? 0, reps: set.targetReps ?? 0, rpe: set.targetRpe }));
  if (assumption.kind === 'MISS_LAST_SET_EVERY_NTH_SESSION' && context.sessionNumber % assumption.n === 0 && performed.length > 0) {
    const last = performed[performed.length - 1]!;
    last.reps = Math.max(0, last.reps - 1);
  }
  return performed;
}

/** Simulates the next sessions of a routine (see the module comment). Throws RangeError on an invalid horizon or assumption. */
export function dryRunRoutine(input: DryRunInput): DryRunResult {
  const trainingDays = input.days.filter((day) => !day.isRest);
  const horizon = 'sessions' in input.horizon ? input.horizon.sessions : input.horizon.cycles * trainingDays.length;
  if (!Number.isInteger(horizon) || horizon < 0 || horizon > MAX_SESSIONS) fail(`the horizon must be 0–${MAX_SESSIONS} sessions (got ${horizon})`);
  const { assumption } = input;
  if (typeof assumption !== 'function' && assumption.kind === 'MISS_LAST_SET_EVERY_NTH_SESSION' && !(Number.isInteger(assumption.n) && assumption.n >= 1)) {
    fail(`n must be an integer ≥ 1 (got ${assumption.n})`);
  }
  const dayIndexes = new Set<number>();
  for (const day of input.days) {
    if (dayIndexes.has(day.dayIndex)) fail(`day index ${day.dayIndex} appears twice`);
    dayIndexes.add(day.dayIndex);
    for (const slot of day.slots) {
      if (slot.rule) validateProgressionRule(slot.rule);
      if (slot.rule && !slot.state) fail(`slot ${slot.slotId} has a rule but no state`);
    }
  }

  const live = new Map<number, { state: ProgressionState | null; latestE1rmKg: number | null }>();
  for (const day of input.days) for (const slot of day.slots) live.set(slot.slotId, { state: slot.state ?? null, latestE1rmKg: slot.latestE1rmKg ?? null });
  const rotation = input.days.map((day) => ({ id: day.dayIndex, dayIndex: day.dayIndex, isRest: day.isRest, day }));

  const sessions: DryRunSession[] = [];
  const decisions: DryRunDecision[] = [];
  let lastDayIndex = input.lastDayIndex ?? null;
  let pass = 1;
  for (let sessionNumber = 1; sessionNumber <= horizon; sessionNumber += 1) {
    const next = chooseNextRoutineDay(rotation, lastDayIndex);
    if (next === null) break;
    if (sessionNumber > 1 && lastDayIndex !== null && next.dayIndex <= lastDayIndex) pass += 1;
    lastDayIndex = next.dayIndex;
    const exercises: DryRunExercise[] = [];
    for (const slot of next.day.slots) {
      const current = live.get(slot.slotId)!;
      const prescribed = prescribeSlot(
        {
          slotId: slot.slotId,
          exerciseId: slot.exerciseId,
          plannedSets: slot.plannedSets,
          progression: slot.rule && current.state ? { rule: slot.rule, state: current.state } : null,
          benchmark: slot.benchmark ?? null,
          latestE1rmKg: current.latestE1rmKg,
        },
        input.prescription,
      );
      const workSets = prescribed.sets.filter((set) => !set.isWarmup);
      const performed = assumedOutcome(assumption, { sessionNumber, dayIndex: next.dayIndex, slot, workSets });
      let progressionReasons: ProgressionReason[] = [];
      const cycleNumber = current.state?.cycleNumber ?? null;
      if (slot.rule && current.state) {
        const step = advanceProgression(slot.rule, current.state, { sets: performed }, input.autoregulation);
        current.state = step.state;
        progressionReasons = step.reasons.filter((reason) => !step.targets.reasons.includes(reason));
      }
      if (input.autoregulation && !prescribed.isDeload) {
        const estimates = performed.map((set) => (set.reps >= 1 ? input.autoregulation!.estimateE1rm(set) : null)).filter((value): value is number => value !== null && value > 0);
        if (estimates.length > 0) current.latestE1rmKg = Math.max(...estimates);
      }
      exercises.push({
        slotId: slot.slotId,
        exerciseId: slot.exerciseId,
        name: slot.name ?? null,
        cycleNumber,
        isDeload: prescribed.isDeload,
        sets: prescribed.sets,
        prescriptionReasons: prescribed.reasons,
        performed,
        progressionReasons,
      });
      const row = (setIndex: number | null, reason: { code: string; message: string }) =>
        decisions.push({ sessionNumber, dayIndex: next.dayIndex, slotId: slot.slotId, setIndex, code: reason.code, message: reason.message });
      prescribed.reasons.forEach((reason) => row(null, reason));
      for (const set of prescribed.sets) set.reasons.forEach((reason) => row(set.setIndex, reason));
      progressionReasons.forEach((reason) => row(null, reason));
    }
    sessions.push({ sessionNumber, dayIndex: next.dayIndex, pass, exercises });
  }
  return { sessions, decisions, finalStates: Object.fromEntries([...live].map(([slotId, value]) => [slotId, value.state])) };
}
