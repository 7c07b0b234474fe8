/**
 * Training volume per muscle: hard sets and tonnage, per session and per ISO week.
 *
 * Weekly hard sets per muscle is the volume measure the hypertrophy dose-response literature
 * uses: Schoenfeld, Ogborn & Krieger (2017, J Sports Sci 35(11):1073–1082) and Baz-Valle,
 * Fontes-Villalba & Santos-Concejero (2021, J Strength Cond Res 35(3):870–878) count sets taken
 * to or near muscular failure, per muscle per week. Sets for a muscle that only assists the
 * movement count as half a set: the "fractional" counting (indirect sets at 0.5) of Pelland et
 * al. (2024, SportRxiv preprint, "The resistance training dose-response: meta-regressions
 * exploring the effects of weekly volume and frequency on muscle hypertrophy and strength
 * gains"), a middle way between ignoring indirect work and counting it as if it were direct.
 */
import type { Id } from './adherence.js';
import { type IsoDate, type IsoWeek, epochDayOf, isoWeekOf } from './dates.js';

/** A logged set as far as volume is concerned. */
export interface VolumeSet {
  sessionId: Id;
  performedOn: IsoDate;
  weightKg: number;
  reps: number;
  rpe?: number | null;
  rir?: number | null;
  isWarmup: boolean;
  primaryMuscle: string;
  secondaryMuscles: readonly string[];
}

export interface MuscleVolume {
  muscle: string;
  /** Hard sets, secondary muscles counted at 0.5 (so always a multiple of 0.5). */
  hardSets: number;
  /** Σ weight × reps over working sets, in kg; secondary muscles counted at half. Not rounded, so parts sum exactly to the whole. */
  tonnageKg: number;
}

export interface SessionVolume {
  sessionId: Id;
  /** The day the session started (the earliest day among its sets). */
  performedOn: IsoDate;
  muscles: MuscleVolume[];
}

export interface WeeklyVolume extends IsoWeek {
  sessionIds: Id[];
  muscles: MuscleVolume[];
}

/** Reps in reserve at or below which a set is hard: RIR 3, i.e. RPE 7 on the RIR-based scale (Zourdos et al. 2016). */
export const HARD_SET_MAX_RIR = 3;

/** The share of a set a secondary (assisting) muscle gets. */
export const SECONDARY_MUSCLE_SHARE = 0.5;

function validate(set: VolumeSet): void {
  if (!Number.isFinite(set.weightKg) || set.weightKg < 0) throw new RangeError(`volume: weightKg must be finite and ≥ 0 (got ${set.weightKg})`);
  if (!Number.isInteger(set.reps) || set.reps < 0) throw new RangeError(`volume: reps must be a whole number ≥ 0 (got ${set.reps})`);
  if (set.rpe != null && !(set.rpe >= 1 && set.rpe <= 10)) throw new RangeError(`volume: rpe must be in [1, 10] (got ${set.rpe})`);
  if (set.rir != null && !(set.rir >= 0 && Number.isFinite(set.rir))) throw new RangeError(`volume: rir must be finite and ≥ 0 (got ${set.rir})`);
}

/**
 * Whether a set is a hard set: a working set (not a warm-up) of at least one rep, taken within
 * 3 reps of failure. Effort is read from RIR when logged, else from RPE as RIR = 10 − RPE (so
 * RPE ≥ 7 counts); a set with no effort logged counts as hard, because a logged working set is
 * usually a hard one and most athletes never log RPE — under-counting every unrated set would
 * make the weekly numbers useless for them. The rep range is not restricted: low- and high-load
 * sets build similar muscle when taken near failure (Schoenfeld, Grgic, Ogborn & Krieger 2017,
 * J Strength Cond Res 31(12):3508–3523), and the ≤ 3 RIR cut already excludes easy sets.
 */
export function isHardSet(set: Pick<VolumeSet, 'reps' | 'rpe' | 'rir' | 'isWarmup'>): boolean {
  if (set.isWarmup || set.reps < 1) return false;
  const rir = set.rir ?? (set.rpe != null ? 10 - set.rpe : null);
  return rir === null || rir <= HARD_SET_MAX_RIR;
}

/** The muscles a set trains with their share: the primary at 1, each distinct other secondary at 0.5. */
function musclesOf(set: VolumeSet): [string, number][] {
  const shares: [string, number][] = [[set.primaryMuscle, 1]];
  for (const muscle of new Set(set.secondaryMuscles)) {
    if (muscle !== set.primaryMuscle) shares.push([muscle, SECONDARY_MUSCLE_SHARE]);
  }
  return shares;
}

function addSet(totals: Map<string, MuscleVolume>, set: VolumeSet): void {
  validate(set);
  if (set.isWarmup) return;
  const hard = isHardSet(set) ? 1 : 0;
  const tonnage = set.weightKg * set.reps;
  for (const [muscle, share] of musclesOf(set)) {
    const total = totals.get(muscle) ?? { muscle, hardSets: 0, tonnageKg: 0 };
    total.hardSets += hard * share;
    total.tonnageKg += tonnage * share;
    totals.set(muscle, total);
  }
}

const byMuscle = (totals: Map<string, MuscleVolume>) => [...totals.values()].sort((a, b) => (a.muscle < b.muscle ? -1 : a.muscle > b.muscle ? 1 : 0));

/**
 * Hard sets and tonnage per muscle for each session (sorted by day, then id). Warm-ups count for
 * nothing; a muscle appears when any working set trains it (with 0 hard sets if none was hard).
 * A session spanning midnight belongs to the day it started. Throws a RangeError for a negative
 * or non-finite load, fractional or negative reps, RPE outside [1, 10], negative RIR or a bad date.
 */
export function computeSessionVolumes(sets: readonly VolumeSet[]): SessionVolume[] {
  const sessions = new Map<Id, { performedOn: IsoDate; day: number; totals: Map<string, MuscleVolume> }>();
  for (const set of sets) {
    const day = epochDayOf(set.performedOn);
    const session = sessions.get(set.sessionId) ?? { performedOn: set.performedOn, day, totals: new Map() };
    if (day < session.day) Object.assign(session, { performedOn: set.performedOn, day });
    addSet(session.totals, set);
    sessions.set(set.sessionId, session);
  }
  return [...sessions.entries()]
    .sort(([idA, a], [idB, b]) => a.day - b.day || String(idA).localeCompare(String(idB)))
    .map(([sessionId, session]) => ({ sessionId, performedOn: session.performedOn, muscles: byMuscle(session.totals) }));
}

/**
 * Hard sets and tonnage per muscle per ISO week (Monday–Sunday), for every week with a logged
 * session, sorted. Computed from the sets directly; a week's volume equals the sum of its
 * sessions' (computeSessionVolumes), each session counted in the week it started.
 */
export function computeWeeklyVolume(sets: readonly VolumeSet[]): WeeklyVolume[] {
  const sessionDay = new Map<Id, number>();
  for (const set of sets) {
    const day = epochDayOf(set.performedOn);
    const known = sessionDay.get(set.sessionId);
    if (known === undefined || day < known) sessionDay.set(set.sessionId, day);
  }
  const weeks = new Map<string, { isoWeek: IsoWeek; sessionIds: Set<Id>; totals: Map<string, MuscleVolume> }>();
  for (const set of sets) {
    const isoWeek = isoWeekOf(sessionDay.get(set.sessionId)!);
    const week = weeks.get(isoWeek.week) ?? { isoWeek, sessionIds: new Set<Id>(), totals: new Map<string, MuscleVolume>() };
    week.sessionIds.add(set.sessionId);
    addSet(week.totals, set);
    weeks.set(isoWeek.week, week);
  }
  return [...weeks.values()]
    .sort((a, b) => (a.isoWeek.weekStart < b.isoWeek.weekStart ? -1 : 1))
    .map(({ isoWeek, sessionIds, totals }) => ({ ...isoWeek, sessionIds: [...sessionIds], muscles: byMuscle(totals) }));
}
