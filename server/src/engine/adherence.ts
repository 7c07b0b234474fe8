/**
 * Adherence: how much of the plan an athlete did, per ISO week, and how closely each logged set
 * met its target.
 */

import { type IsoDate, type IsoWeek, epochDayOf, isoWeekOf } from './dates.js';

export type { IsoDate, IsoWeek };

// ---------------------------------------------------------------------------------------------
// Weekly adherence
// ---------------------------------------------------------------------------------------------

export type Id = string | number;

/** A session on the plan: when it was due and how many working sets of each exercise it asks for. */
export interface PlannedSession {
  plannedSessionId: Id;
  scheduledOn: IsoDate;
  exercises: readonly { exerciseId: Id; sets: number }[];
}

/** A session the athlete trained, linked to the planned session it carried out (null: unplanned). */
export interface PerformedSession {
  sessionId: Id;
  performedOn: IsoDate;
  plannedSessionId: Id | null;
}

/** A logged set as far as adherence is concerned. */
export interface AdherenceSet {
  sessionId: Id;
  exerciseId: Id;
  isWarmup: boolean;
}

export interface WeeklyAdherence extends IsoWeek {
  sessionsPlanned: number;
  /** Planned sessions of this week carried out by a session with at least one working set. */
  sessionsDone: number;
  /** sessionsDone / sessionsPlanned in [0, 1]; null when nothing was planned. */
  sessionRatio: number | null;
  setsPlanned: number;
  /** Working sets done towards the plan, each exercise capped at its planned sets. */
  setsDone: number;
  /** setsDone / setsPlanned in [0, 1]; null when nothing was planned. */
  setRatio: number | null;
  /** Sessions trained this week (by their own date) that carried out no planned session. */
  unplannedSessions: number;
  /** Working sets beyond the plan: over an exercise's planned count, of unplanned exercises, or in unplanned sessions. */
  extraSets: number;
}

/**
 * Planned vs done, per ISO week, for every week with a planned or a performed session (sorted).
 *
 * Rules, chosen so that a ratio can only be earned by doing what was planned:
 * - A planned session belongs to the week it was scheduled in, even when it was trained late:
 *   that week's plan is what it fulfils.
 * - It counts as done when a performed session links to it and logged at least one working set
 *   (warm-ups never count: an opened-and-abandoned session is not a session done).
 * - Sets done are counted per exercise and capped at the planned sets for that exercise, so six
 *   sets of curls never make up for three missed sets of squats; the surplus is `extraSets`.
 * - Unplanned sessions are reported but never raise a ratio, which keeps both ratios in [0, 1].
 * - A week with nothing planned has a null ratio, not 1: there was no plan to adhere to, and a
 *   1 would inflate any average over weeks (the client shows "no plan").
 *
 * Throws a RangeError for a negative or fractional planned set count, a bad date, or a performed
 * session linked to an unknown planned session (a loading bug, not an athlete's doing).
 */
export function computeWeeklyAdherence(
  planned: readonly PlannedSession[],
  performed: readonly PerformedSession[],
  sets: readonly AdherenceSet[],
): WeeklyAdherence[] {
  const plannedById = new Map<Id, PlannedSession>();
  for (const session of planned) {
    for (const { sets: count } of session.exercises) {
      if (!Number.isInteger(count) || count < 0) {
        throw new RangeError(`computeWeeklyAdherence: planned sets must be a whole number ≥ 0 (session ${session.plannedSessionId}: ${count})`);
      }
    }
    plannedById.set(session.plannedSessionId, session);
  }

  const workingSetsBySession = new Map<Id, Map<Id, number>>();
  for (const set of sets) {
    if (set.isWarmup) continue;
    const byExercise = workingSetsBySession.get(set.sessionId) ?? new Map<Id, number>();
    byExercise.set(set.exerciseId, (byExercise.get(set.exerciseId) ?? 0) + 1);
    workingSetsBySession.set(set.sessionId, byExercise);
  }

  const weeks = new Map<string, WeeklyAdherence>();
  const weekFor = (date: IsoDate) => {
    const isoWeek = isoWeekOf(date);
    let week = weeks.get(isoWeek.week);
    if (!week) {
      week = { ...isoWeek, sessionsPlanned: 0, sessionsDone: 0, sessionRatio: null, setsPlanned: 0, setsDone: 0, setRatio: null, unplannedSessions: 0, extraSets: 0 };
      weeks.set(isoWeek.week, week);
    }
    return week;
  };

  // Working sets per exercise done for each planned session (summed if it was split over sessions).
  const doneForPlan = new Map<Id, Map<Id, number>>();
  for (const session of performed) {
    const byExercise = workingSetsBySession.get(session.sessionId) ?? new Map<Id, number>();
    if (session.plannedSessionId === null) {
      const week = weekFor(session.performedOn);
      week.unplannedSessions += 1;
      for (const count of byExercise.values()) week.extraSets += count;
      continue;
    }
    if (!plannedById.has(session.plannedSessionId)) {
      throw new RangeError(`computeWeeklyAdherence: session ${session.sessionId} carries out unknown planned session ${session.plannedSessionId}`);
    }
    epochDayOf(session.performedOn); // validated even though the plan's date picks the week
    const done = doneForPlan.get(session.plannedSessionId) ?? new Map<Id, number>();
    for (const [exerciseId, count] of byExercise) done.set(exerciseId, (done.get(exerciseId) ?? 0) + count);
    doneForPlan.set(session.plannedSessionId, done);
  }

  for (const session of planned) {
    const week = weekFor(session.scheduledOn);
    const done = doneForPlan.get(session.plannedSessionId);
    week.sessionsPlanned += 1;
    const plannedByExercise = new Map<Id, number>();
    for (const { exerciseId, sets: count } of session.exercises) plannedByExercise.set(exerciseId, (plannedByExercise.get(exerciseId) ?? 0) + count);
    let workingSets = 0;
    for (const [exerciseId, count] of plannedByExercise) {
      const did = done?.get(exerciseId) ?? 0;
      week.setsPlanned += count;
      week.setsDone += Math.min(did, count);
      week.extraSets += Math.max(0, did - count);
    }
    for (const [exerciseId, did] of done ?? []) {
      workingSets += did;
      if (!plannedByExercise.has(exerciseId)) week.extraSets += did;
    }
    if (workingSets > 0) week.sessionsDone += 1;
  }

  return [...weeks.values()]
    .map((week) => ({
      ...week,
      sessionRatio: week.sessionsPlanned === 0 ? null : week.sessionsDone / week.sessionsPlanned,
      setRatio: week.setsPlanned === 0 ? null : week.setsDone / week.setsPlanned,
    }))
    .sort((a, b) => (a.weekStart < b.weekStart ? -1 : a.weekStart > b.weekStart ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// Set-level compliance
// ---------------------------------------------------------------------------------------------

/** What a set was prescribed. A null/absent weight or RPE means that dimension had no target. */
export interface SetTarget {
  weightKg?: number | null;
  /** Minimum reps (or the exact target when there is no range). */
  repsMin: number;
  /** Top of the rep range; defaults to repsMin. */
  repsMax?: number | null;
  rpe?: number | null;
}

/** What was logged. RPE wins over RIR when both are present; RIR r is read as RPE 10 − r. */
export interface SetActual {
  weightKg: number;
  reps: number;
  rpe?: number | null;
  rir?: number | null;
}

export interface ComplianceTolerance {
  /** Load tolerance as a fraction of the target (default 0.025, i.e. ±2.5 %). */
  loadFraction: number;
  /** Load tolerance floor in kg (default 1.25: half the usual 2.5 kg jump, so plate rounding never counts as a miss). */
  loadKgFloor: number;
  /** RPE tolerance either side of the target (default 0.5, the RTS chart's step; 1 for a lenient coach). */
  rpe: number;
}

export const DEFAULT_COMPLIANCE_TOLERANCE: ComplianceTolerance = { loadFraction: 0.025, loadKgFloor: 1.25, rpe: 0.5 };

export type ComplianceCheck = 'MET' | 'UNDER' | 'OVER' | 'NOT_TARGETED' | 'NOT_RECORDED';

export type ComplianceReasonCode = 'LOAD_UNDER' | 'LOAD_OVER' | 'REPS_UNDER' | 'REPS_ABOVE_RANGE' | 'RPE_UNDER' | 'RPE_OVER' | 'RPE_NOT_RECORDED';

export interface ComplianceReason {
  code: ComplianceReasonCode;
  message: string;
}

export interface SetCompliance {
  /** COMPLIANT when load, reps and RPE each met their target or had none. */
  verdict: 'COMPLIANT' | 'NON_COMPLIANT';
  load: ComplianceCheck;
  reps: ComplianceCheck;
  rpe: ComplianceCheck;
  /** Every deviation, including the ones that do not break compliance (reps above the range, RPE not logged). */
  reasons: ComplianceReason[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Whether a logged set met its target:
 * - load: |actual − target| ≤ max(loadFraction · target, loadKgFloor) kg;
 * - reps: reps ≥ repsMin (more than repsMax is noted, REPS_ABOVE_RANGE, but still compliant: the
 *   athlete did at least the work asked, and double progression wants to know);
 * - RPE: |actual − target| ≤ tolerance (default ±0.5). RIR is converted with RPE = 10 − RIR, the
 *   RIR-based RPE scale of Zourdos et al. (2016, J Strength Cond Res 30(1):267–275). An RPE target
 *   with no effort logged is NOT_RECORDED: noted, not counted against the athlete.
 *
 * Valid ranges (RangeError otherwise): weights finite ≥ 0, reps whole ≥ 0 (repsMin ≥ 1,
 * repsMax ≥ repsMin), RPE in [1, 10], RIR ≥ 0, tolerances ≥ 0.
 */
export function assessSetCompliance(target: SetTarget, actual: SetActual, tolerance: ComplianceTolerance = DEFAULT_COMPLIANCE_TOLERANCE): SetCompliance {
  const repsMax = target.repsMax ?? target.repsMin;
  if (!Number.isInteger(target.repsMin) || target.repsMin < 1 || !Number.isInteger(repsMax) || repsMax < target.repsMin) {
    throw new RangeError(`assessSetCompliance: target reps must be whole with 1 ≤ repsMin ≤ repsMax (got ${target.repsMin}–${repsMax})`);
  }
  for (const [name, value] of [['target weightKg', target.weightKg], ['actual weightKg', actual.weightKg]] as const) {
    if (value != null && (!Number.isFinite(value) || value < 0)) throw new RangeError(`assessSetCompliance: ${name} must be finite and ≥ 0 (got ${value})`);
  }
  if (!Number.isInteger(actual.reps) || actual.reps < 0) throw new RangeError(`assessSetCompliance: actual reps must be a whole number ≥ 0 (got ${actual.reps})`);
  for (const [name, value] of [['target rpe', target.rpe], ['actual rpe', actual.rpe]] as const) {
    if (value != null && !(value >= 1 && value <= 10)) throw new RangeError(`assessSetCompliance: ${name} must be in [1, 10] (got ${value})`);
  }
  if (actual.rir != null && !(actual.rir >= 0 && Number.isFinite(actual.rir))) throw new RangeError(`assessSetCompliance: rir must be ≥ 0 (got ${actual.rir})`);
  if (!(tolerance.loadFraction >= 0 && tolerance.loadKgFloor >= 0 && tolerance.rpe >= 0)) {
    throw new RangeError('assessSetCompliance: tolerances must be ≥ 0');
  }

  const reasons: ComplianceReason[] = [];

  let load: ComplianceCheck = 'NOT_TARGETED';
  if (target.weightKg != null) {
    const allowed = Math.max(tolerance.loadFraction * target.weightKg, tolerance.loadKgFloor);
    const diff = actual.weightKg - target.weightKg;
    // A hair of float slack so 97.5 vs 100 at ±2.5 kg is MET however the subtraction rounds.
    load = Math.abs(diff) <= allowed + 1e-9 ? 'MET' : diff < 0 ? 'UNDER' : 'OVER';
    if (load !== 'MET') {
      reasons.push({
        code: load === 'UNDER' ? 'LOAD_UNDER' : 'LOAD_OVER',
        message: `Load ${actual.weightKg} kg is ${round2(Math.abs(diff))} kg ${load === 'UNDER' ? 'under' : 'over'} the ${target.weightKg} kg target (tolerance ±${round2(allowed)} kg)`,
      });
    }
  }

  const rangeText = repsMax === target.repsMin ? `${target.repsMin}` : `${target.repsMin}–${repsMax}`;
  const reps: ComplianceCheck = actual.reps < target.repsMin ? 'UNDER' : 'MET';
  if (reps === 'UNDER') reasons.push({ code: 'REPS_UNDER', message: `${actual.reps} reps is short of the ${rangeText} target` });
  else if (actual.reps > repsMax) reasons.push({ code: 'REPS_ABOVE_RANGE', message: `${actual.reps} reps is above the ${rangeText} range (still compliant)` });

  let rpe: ComplianceCheck = 'NOT_TARGETED';
  if (target.rpe != null) {
    const actualRpe = actual.rpe ?? (actual.rir != null ? 10 - actual.rir : null);
    if (actualRpe === null) {
      rpe = 'NOT_RECORDED';
      reasons.push({ code: 'RPE_NOT_RECORDED', message: `RPE ${target.rpe} was targeted but no RPE or RIR was logged` });
    } else {
      const diff = actualRpe - target.rpe;
      rpe = Math.abs(diff) <= tolerance.rpe + 1e-9 ? 'MET' : diff < 0 ? 'UNDER' : 'OVER';
      if (rpe !== 'MET') {
        reasons.push({
          code: rpe === 'UNDER' ? 'RPE_UNDER' : 'RPE_OVER',
          message: `RPE ${actualRpe} is ${rpe === 'UNDER' ? 'easier' : 'harder'} than the RPE ${target.rpe} target (tolerance ±${tolerance.rpe})`,
        });
      }
    }
  }

  const verdict = load === 'UNDER' || load === 'OVER' || reps === 'UNDER' || rpe === 'UNDER' || rpe === 'OVER' ? 'NON_COMPLIANT' : 'COMPLIANT';
  return { verdict, load, reps, rpe, reasons };
}
