import { type ProgressionReasonCode, type ProgressionRule, type ProgressionState, type Reason, type SetTarget, progressionTargets } from './progression.js';

/**
 * Prescription: today's concrete targets for one routine day.
 *
 * For every planned set the load comes from the first source that applies:
 *   1. %1RM × benchmark: `targetPct1rm` % of the exercise's 1RM or training max;
 *   2. RPE target × latest e1RM: e1RM × chart(reps, RPE) (the chart is injected);
 *   3. the progression rule and its state (the k-th work set takes the k-th progression target);
 *   4. the plan's fixed `targetWeightKg`.
 * The load is then multiplied by the readiness load factor and rounded by the injected
 * loadable-weight function, so every prescribed load is one of that function's outputs. On a
 * deload cycle of the progression, sources 1, 2 and 4 are scaled by the rule's deloadPct too and
 * work sets beyond the deload's set count are dropped. Warm-ups never take progression targets.
 * A poor readiness day may also drop work sets from the end (readinessSetDelta), never the last one.
 */

export type PrescriptionReasonCode =
  | 'LOAD_FROM_PERCENT_1RM'
  | 'LOAD_FROM_RPE'
  | 'LOAD_FROM_PROGRESSION'
  | 'LOAD_FROM_PLAN'
  | 'NO_LOAD'
  | 'RPE_WITHOUT_E1RM'
  | 'PERCENT_WITHOUT_BENCHMARK'
  | 'DELOAD'
  | 'DELOAD_SETS_DROPPED'
  | 'READINESS'
  | 'READINESS_SETS_DROPPED'
  | 'ROUNDED';
export type PrescriptionReason = Reason<PrescriptionReasonCode | ProgressionReasonCode>;

export interface PlannedSet {
  setIndex: number;
  isWarmup?: boolean;
  targetWeightKg?: number | null;
  targetReps?: number | null;
  targetRepsMin?: number | null;
  targetRepsMax?: number | null;
  /** Percent of the benchmark, (0, 120]. */
  targetPct1rm?: number | null;
  /** 1–10 in halves. */
  targetRpe?: number | null;
}

/** The athlete's current 1RM or training max of the slot's exercise, in kg. */
export interface LoadBenchmark {
  kind: 'ONE_RM' | 'TRAINING_MAX';
  valueKg: number;
}

export interface PrescriptionSlot {
  slotId: number;
  exerciseId: number;
  plannedSets: readonly PlannedSet[];
  progression?: { rule: ProgressionRule; state: ProgressionState } | null;
  benchmark?: LoadBenchmark | null;
  /** The latest e1RM of the exercise in kg (from history), for RPE targets. */
  latestE1rmKg?: number | null;
}

export interface PrescriptionOptions {
  /** Multiplies every load before rounding, 0 < factor ≤ 1.5 (1 = fully ready; e.g. 0.9 on a poor day). */
  readinessLoadFactor: number;
  /**
   * Work sets to drop from the end of each exercise on a poor day (0 or a negative whole number,
   * readinessLoadAdjustment's setDelta); at least one work set always stays. Default 0.
   */
  readinessSetDelta?: number;
  /** Why readiness changes the day (readinessLoadAdjustment's reason), quoted in the reasons it adds. */
  readinessReason?: string;
  /** The nearest loadable weight for a load in kg (the athlete's bar and plates); must return a finite kg ≥ 0. */
  roundLoadKg: (kg: number) => number;
  /** Fraction of 1RM (0–1] for reps at an RPE (RTS-style chart); without it RPE targets cannot set a load. */
  percentOfOneRepMax?: (reps: number, rpe: number) => number;
}

export type LoadSource = 'PERCENT_1RM' | 'RPE' | 'PROGRESSION' | 'PLAN' | 'NONE';

export interface PrescribedSet {
  setIndex: number;
  isWarmup: boolean;
  /** A loadable weight (an output of roundLoadKg), null when no source gives a load. */
  targetWeightKg: number | null;
  targetReps: number | null;
  targetRpe: number | null;
  /** Reps are a minimum ("+" set). */
  amrap: boolean;
  source: LoadSource;
  reasons: PrescriptionReason[];
}

export interface PrescribedSlot {
  slotId: number;
  exerciseId: number;
  isDeload: boolean;
  sets: PrescribedSet[];
  /** Slot-level reasons: the progression's (which week, deload) and dropped sets. */
  reasons: PrescriptionReason[];
}

const kg = (value: number) => `${Number(value.toFixed(2))} kg`;

function fail(message: string): never {
  throw new RangeError(`prescription: ${message}`);
}

function validatePlannedSet(set: PlannedSet): void {
  if (!Number.isInteger(set.setIndex) || set.setIndex < 1) fail(`setIndex must be an integer ≥ 1 (got ${set.setIndex})`);
  if (set.targetPct1rm != null && !(set.targetPct1rm > 0 && set.targetPct1rm <= 120)) fail(`targetPct1rm must be in (0, 120] (got ${set.targetPct1rm})`);
  if (set.targetRpe != null && !(set.targetRpe >= 1 && set.targetRpe <= 10)) fail(`targetRpe must be 1–10 (got ${set.targetRpe})`);
  if (set.targetWeightKg != null && !(set.targetWeightKg >= 0 && set.targetWeightKg <= 1000)) fail(`targetWeightKg must be 0–1000 (got ${set.targetWeightKg})`);
  for (const value of [set.targetReps, set.targetRepsMin, set.targetRepsMax]) {
    if (value != null && (!Number.isInteger(value) || value < 0)) fail(`target reps must be integers ≥ 0 (got ${value})`);
  }
}

/** The prescription of one routine-day exercise slot. */
export function prescribeSlot(slot: PrescriptionSlot, options: PrescriptionOptions): PrescribedSlot {
  const factor = options.readinessLoadFactor;
  if (!(factor > 0 && factor <= 1.5)) fail(`readinessLoadFactor must be in (0, 1.5] (got ${factor})`);
  const setDelta = options.readinessSetDelta ?? 0;
  if (!(Number.isInteger(setDelta) && setDelta <= 0)) fail(`readinessSetDelta must be a whole number ≤ 0 (got ${setDelta})`);
  const readinessWhy = options.readinessReason ? ` (${options.readinessReason})` : '';
  if (slot.benchmark && !(slot.benchmark.valueKg > 0 && Number.isFinite(slot.benchmark.valueKg))) fail(`benchmark must be a positive kg (got ${slot.benchmark.valueKg})`);
  if (slot.latestE1rmKg != null && !(slot.latestE1rmKg > 0 && Number.isFinite(slot.latestE1rmKg))) fail(`latestE1rmKg must be a positive kg (got ${slot.latestE1rmKg})`);
  slot.plannedSets.forEach(validatePlannedSet);

  const targets = slot.progression ? progressionTargets(slot.progression.rule, slot.progression.state) : null;
  const isDeload = targets?.isDeload ?? false;
  const deloadFraction = isDeload ? slot.progression!.rule.deloadPct / 100 : 1;
  const reasons: PrescriptionReason[] = [...(targets?.reasons ?? [])];
  const ordered = [...slot.plannedSets].sort((a, b) => a.setIndex - b.setIndex);

  const round = (rawKg: number, why: PrescriptionReason[]): number => {
    const adjusted = rawKg * factor;
    if (factor !== 1) why.push({ code: 'READINESS', message: `Readiness × ${factor}: ${kg(rawKg)} → ${kg(adjusted)}${readinessWhy}` });
    const loadable = options.roundLoadKg(adjusted);
    if (!Number.isFinite(loadable) || loadable < 0) fail(`roundLoadKg returned ${loadable} for ${adjusted} kg`);
    if (loadable !== adjusted) why.push({ code: 'ROUNDED', message: `Rounded to a loadable ${kg(loadable)}` });
    return loadable;
  };

  const sets: PrescribedSet[] = [];
  let workIndex = 0;
  for (const planned of ordered) {
    const isWarmup = planned.isWarmup ?? false;
    const progressionSet: SetTarget | undefined = !isWarmup && targets ? targets.sets[workIndex] : undefined;
    if (!isWarmup) workIndex += 1;
    if (!isWarmup && isDeload && !progressionSet) {
      reasons.push({ code: 'DELOAD_SETS_DROPPED', message: `Set ${planned.setIndex} dropped: the deload keeps ${targets!.sets.length} work sets` });
      continue;
    }
    const why: PrescriptionReason[] = [];
    const plannedReps = planned.targetReps ?? planned.targetRepsMin ?? null;
    let rawKg: number | null = null;
    let source: LoadSource = 'NONE';
    let repsOut = plannedReps ?? progressionSet?.reps ?? null;
    const rpeOut = planned.targetRpe ?? progressionSet?.rpe ?? null;
    let amrap = false;

    if (planned.targetPct1rm != null) {
      if (slot.benchmark) {
        rawKg = (slot.benchmark.valueKg * planned.targetPct1rm) / 100;
        source = 'PERCENT_1RM';
        const label = slot.benchmark.kind === 'ONE_RM' ? '1RM' : 'training max';
        why.push({ code: 'LOAD_FROM_PERCENT_1RM', message: `${planned.targetPct1rm}% of ${label} ${kg(slot.benchmark.valueKg)} = ${kg(rawKg)}` });
      } else {
        why.push({ code: 'PERCENT_WITHOUT_BENCHMARK', message: `${planned.targetPct1rm}% planned but no 1RM or training max on record` });
      }
    }
    if (rawKg === null && planned.targetRpe != null) {
      const rpeReps = plannedReps ?? progressionSet?.reps ?? null;
      if (slot.latestE1rmKg != null && options.percentOfOneRepMax && rpeReps !== null && rpeReps >= 1) {
        const fraction = options.percentOfOneRepMax(rpeReps, planned.targetRpe);
        if (!(fraction > 0 && fraction <= 1)) fail(`percentOfOneRepMax must return a fraction in (0, 1] (got ${fraction})`);
        rawKg = slot.latestE1rmKg * fraction;
        source = 'RPE';
        why.push({
          code: 'LOAD_FROM_RPE',
          message: `${rpeReps} reps @ RPE ${planned.targetRpe} is ${Number((fraction * 100).toFixed(1))}% of e1RM ${kg(slot.latestE1rmKg)} = ${kg(rawKg)}`,
        });
      } else {
        why.push({ code: 'RPE_WITHOUT_E1RM', message: `RPE ${planned.targetRpe} planned but no e1RM, chart or reps to turn it into a load` });
      }
    }
    if (rawKg !== null && isDeload) {
      rawKg *= deloadFraction;
      why.push({ code: 'DELOAD', message: `Deload: ${slot.progression!.rule.deloadPct}% → ${kg(rawKg)}` });
    }
    if (rawKg === null && progressionSet) {
      rawKg = progressionSet.weightKg;
      source = 'PROGRESSION';
      repsOut = progressionSet.reps;
      amrap = progressionSet.amrap;
      const what = progressionSet.percentOfTrainingMax !== null ? `${progressionSet.percentOfTrainingMax}% of the training max` : `${slot.progression!.rule.style}`;
      why.push({ code: 'LOAD_FROM_PROGRESSION', message: `${what}: ${kg(rawKg)} × ${progressionSet.reps}${amrap ? '+' : ''}` });
    }
    if (rawKg === null && planned.targetWeightKg != null) {
      rawKg = planned.targetWeightKg * deloadFraction;
      source = 'PLAN';
      why.push({ code: 'LOAD_FROM_PLAN', message: `Planned ${kg(planned.targetWeightKg)}${isDeload ? ` at the deload's ${slot.progression!.rule.deloadPct}%` : ''}` });
    }
    if (rawKg === null) why.push({ code: 'NO_LOAD', message: 'No benchmark, e1RM, progression or planned weight gives a load' });

    sets.push({
      setIndex: planned.setIndex,
      isWarmup,
      targetWeightKg: rawKg === null ? null : round(rawKg, why),
      targetReps: repsOut,
      targetRpe: rpeOut,
      amrap,
      source,
      reasons: why,
    });
  }
  if (setDelta < 0) {
    const work = sets.filter((set) => !set.isWarmup);
    const dropped = work.slice(Math.max(1, work.length + setDelta));
    if (dropped.length > 0) {
      const droppedIndexes = new Set(dropped.map((set) => set.setIndex));
      reasons.push({
        code: 'READINESS_SETS_DROPPED',
        message: `Set${dropped.length > 1 ? 's' : ''} ${dropped.map((set) => set.setIndex).join(', ')} dropped for readiness${readinessWhy}`,
      });
      return { slotId: slot.slotId, exerciseId: slot.exerciseId, isDeload, sets: sets.filter((set) => !droppedIndexes.has(set.setIndex)), reasons };
    }
  }
  return { slotId: slot.slotId, exerciseId: slot.exerciseId, isDeload, sets, reasons };
}

/** The prescription of a routine day: its slots in the given order. */
export function prescribeSession(slots: readonly PrescriptionSlot[], options: PrescriptionOptions): PrescribedSlot[] {
  return slots.map((slot) => prescribeSlot(slot, options));
}
