/**
 * Analytics: turns the loaded rows (analytics.loaders.ts) into the engine's inputs and the
 * engine's answers into what the schema shows. Read-only; no SQL here.
 */
import { type AdherenceSet, type PerformedSession, type PlannedSession, type WeeklyAdherence, computeWeeklyAdherence } from '../../engine/adherence.js';
import { type Attention, assessAttention } from '../../engine/attention.js';
import { epochDayOf, isoDateOf, isoWeekOf } from '../../engine/dates.js';
import { estimateOneRepMax } from '../../engine/e1rm.js';
import { type Readiness, assessReadiness } from '../../engine/readiness.js';
import { type ExerciseE1rmTrend, type TrendSet, computeE1rmTrends } from '../../engine/trends.js';
import { type MuscleVolume, type VolumeSet, computeWeeklyVolume } from '../../engine/volume.js';
import { BadUserInputError } from '../../graphql/errors.js';
import type { AnalyticsInputs, AnalyticsWindowKey, RecoveryRow } from './analytics.loaders.js';

export const DEFAULT_WEEKS = 8;
export const MAX_WEEKS = 52;
/** Days of recovery readings before asOf that form the HRV and resting-HR baseline. */
export const BASELINE_DAYS = 28;
export const DEFAULT_TREND_LIMIT = 5;
export const MAX_TREND_LIMIT = 20;

/** The window: `weeks` ISO weeks ending with the one holding asOf (asOf defaults to today in UTC). */
export function analyticsWindow(subjectId: number, weeks: number, asOf: string | null, today: Date = new Date()): AnalyticsWindowKey & { weeks: number } {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) throw new BadUserInputError(`weeks must be a whole number from 1 to ${MAX_WEEKS}.`, 'weeks');
  const to = asOf ?? today.toISOString().slice(0, 10);
  const end = epochDayOf(to);
  const from = isoDateOf(epochDayOf(isoWeekOf(to).weekStart) - 7 * (weeks - 1));
  return { subjectId, weeks, from, to, baselineFrom: isoDateOf(end - BASELINE_DAYS) };
}

/** The Mondays of the window, oldest first. */
function weekStarts(window: Pick<AnalyticsWindowKey, 'from'> & { weeks: number }): { week: string; weekStart: string }[] {
  const first = epochDayOf(window.from);
  return Array.from({ length: window.weeks }, (_, i) => {
    const { week, weekStart } = isoWeekOf(first + 7 * i);
    return { week, weekStart };
  });
}

/** Sessions that were trained (sets may hang off them); PLANNED and SKIPPED ones carried nothing out. */
const TRAINED = new Set(['IN_PROGRESS', 'COMPLETED', 'PARTIAL']);

/** A week of adherence as the API shows it: the engine's figures without the ISO year and week number. */
export type WeekAdherenceView = Omit<WeeklyAdherence, 'isoYear' | 'weekNumber'>;

/**
 * Planned vs done per week. The plan rule: every session with a routine day, whatever its status
 * (PLANNED, SKIPPED, IN_PROGRESS, COMPLETED, PARTIAL), plans that day's working sets (the day's
 * non-warm-up routine_exercise_sets, per exercise) in the week of its date; a skipped session is a
 * planned one missed. Trained sessions (IN_PROGRESS, COMPLETED, PARTIAL) carry their own plan out;
 * trained sessions without a routine day are unplanned. Capping and ratios are the engine's
 * (computeWeeklyAdherence). Every week of the window is listed, empty ones with null ratios.
 */
export function weeklyAdherence(inputs: AnalyticsInputs, window: Pick<AnalyticsWindowKey, 'from'> & { weeks: number }): WeekAdherenceView[] {
  const { planned, performed, sets } = adherenceInputs(inputs);
  const byWeek = new Map(computeWeeklyAdherence(planned, performed, sets).map((week) => [week.week, week]));
  return weekStarts(window).map(({ week, weekStart }) => {
    const found = byWeek.get(week);
    return {
      week,
      weekStart,
      sessionsPlanned: found?.sessionsPlanned ?? 0,
      sessionsDone: found?.sessionsDone ?? 0,
      sessionRatio: found?.sessionRatio ?? null,
      setsPlanned: found?.setsPlanned ?? 0,
      setsDone: found?.setsDone ?? 0,
      setRatio: found?.setRatio ?? null,
      unplannedSessions: found?.unplannedSessions ?? 0,
      extraSets: found?.extraSets ?? 0,
    };
  });
}

/** The engine's adherence inputs from the loaded rows (the plan rule: see weeklyAdherence). */
function adherenceInputs(inputs: AnalyticsInputs): { planned: PlannedSession[]; performed: PerformedSession[]; sets: AdherenceSet[] } {
  const planned: PlannedSession[] = [];
  const performed: PerformedSession[] = [];
  for (const session of inputs.sessions) {
    if (session.routineDayId !== null) {
      planned.push({ plannedSessionId: session.id, scheduledOn: session.workoutDate, exercises: inputs.plannedSets.get(session.routineDayId) ?? [] });
    }
    if (TRAINED.has(session.status)) {
      performed.push({ sessionId: session.id, performedOn: session.workoutDate, plannedSessionId: session.routineDayId === null ? null : session.id });
    }
  }
  const sets: AdherenceSet[] = inputs.sets.map((set) => ({ sessionId: set.sessionId, exerciseId: set.exerciseId, isWarmup: set.isWarmup }));
  return { planned, performed, sets };
}

/**
 * Whether the athlete needs their coach's attention as of the window's last day (assessAttention):
 * the recent two weeks against the four before, so the full baseline needs a window of 6 weeks;
 * a shorter window judges against what it holds.
 */
export function attentionOf(inputs: AnalyticsInputs, window: Pick<AnalyticsWindowKey, 'to'>): Attention {
  const { planned, performed, sets } = adherenceInputs(inputs);
  const open = new Set(inputs.sessions.filter((session) => session.status === 'IN_PROGRESS').map((session) => session.id));
  return assessAttention({ planned, performed: performed.map((session) => ({ ...session, inProgress: open.has(session.sessionId as number) })), sets, asOf: window.to });
}

export interface WeekVolumeView {
  week: string;
  weekStart: string;
  muscles: MuscleVolume[];
}

/**
 * Hard sets and tonnage per muscle per week (computeWeeklyVolume), each session in the week of its
 * date. A set without a load counts as bodyweight (0 kg: hard sets, no tonnage); a set without reps
 * (a timed or distance set) counts for neither.
 */
export function weeklyVolume(inputs: AnalyticsInputs, window: Pick<AnalyticsWindowKey, 'from'> & { weeks: number }): WeekVolumeView[] {
  const dayOf = new Map(inputs.sessions.map((session) => [session.id, session.workoutDate]));
  const sets: VolumeSet[] = inputs.sets.map((set) => ({
    sessionId: set.sessionId,
    performedOn: dayOf.get(set.sessionId)!,
    weightKg: set.weightKg ?? 0,
    reps: set.reps ?? 0,
    rpe: set.rpe,
    rir: set.rir,
    isWarmup: set.isWarmup,
    primaryMuscle: set.primaryMuscle,
    secondaryMuscles: set.secondaryMuscles,
  }));
  const byWeek = new Map(computeWeeklyVolume(sets).map((week) => [week.week, week]));
  return weekStarts(window).map(({ week, weekStart }) => ({ week, weekStart, muscles: byWeek.get(week)?.muscles ?? [] }));
}

export interface ExerciseTrendView extends ExerciseE1rmTrend {
  exerciseId: number;
  /** Sessions in the window with a working set of the exercise. */
  sessions: number;
  latestE1rmKg: number;
}

/**
 * e1RM trends (computeE1rmTrends) over the window with the athlete's formula, for the `limit`
 * exercises trained in the most sessions (ties: lower exercise id first). Exercises none of whose
 * sets can estimate a 1RM (timed work, sets beyond the formula's reps) are left out before ranking.
 */
export function e1rmTrends(inputs: AnalyticsInputs, window: Pick<AnalyticsWindowKey, 'from' | 'to'>, limit: number): ExerciseTrendView[] {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TREND_LIMIT) throw new BadUserInputError(`limit must be a whole number from 1 to ${MAX_TREND_LIMIT}.`, 'limit');
  const dayOf = new Map(inputs.sessions.map((session) => [session.id, session.workoutDate]));
  const sessionsOf = new Map<number, Set<number>>();
  const sets: TrendSet[] = [];
  for (const set of inputs.sets) {
    if (set.isWarmup || set.weightKg === null || set.reps === null) continue;
    sessionsOf.set(set.exerciseId, (sessionsOf.get(set.exerciseId) ?? new Set()).add(set.sessionId));
    sets.push({ exerciseId: set.exerciseId, performedOn: dayOf.get(set.sessionId)!, weightKg: set.weightKg, reps: set.reps, rpe: set.rpe, rir: set.rir, isWarmup: false });
  }
  const formula = inputs.formula;
  const trends = computeE1rmTrends(sets, {
    asOf: window.to,
    windowDays: epochDayOf(window.to) - epochDayOf(window.from) + 1,
    estimator: (set) => estimateOneRepMax({ weightKg: set.weightKg, reps: set.reps, rpe: set.rpe, rir: set.rir }, formula),
  });
  return trends
    .map((trend) => ({
      ...trend,
      exerciseId: trend.exerciseId as number,
      sessions: sessionsOf.get(trend.exerciseId as number)?.size ?? 0,
      latestE1rmKg: trend.points.at(-1)!.e1rmKg,
    }))
    .sort((a, b) => b.sessions - a.sessions || a.exerciseId - b.exerciseId)
    .slice(0, limit);
}

type Metric = Exclude<keyof RecoveryRow, 'measuredOn'>;

/** Each day's value of a metric: the most recently updated reading (of any source) that has it. */
function dailyValues(rows: readonly RecoveryRow[], metric: Metric): Map<string, number> {
  const byDay = new Map<string, number>();
  for (const row of rows) {
    const value = row[metric];
    if (value !== null && !byDay.has(row.measuredOn)) byDay.set(row.measuredOn, value);
  }
  return byDay;
}

/**
 * Readiness on asOf (assessReadiness): that day's readings and soreness, HRV and resting HR read
 * against the daily values of the BASELINE_DAYS before it. When several sources reported a
 * metric on a day, the most recently updated reading wins.
 */
export function readinessOn(inputs: Pick<AnalyticsInputs, 'recovery' | 'soreness'>, window: Pick<AnalyticsWindowKey, 'to'>): Readiness {
  const today = window.to;
  const metric = (name: Metric) => {
    const daily = dailyValues(inputs.recovery, name);
    const baseline = [...daily.entries()].filter(([day]) => day < today).map(([, value]) => value);
    return { today: daily.get(today) ?? null, baseline };
  };
  const hrv = metric('hrvMs');
  const restingHr = metric('restingHr');
  return assessReadiness({
    hrvMs: hrv.today,
    hrvBaselineMs: hrv.baseline,
    restingHrBpm: restingHr.today,
    restingHrBaselineBpm: restingHr.baseline,
    sleepHours: metric('sleepHours').today,
    sleepScore: metric('sleepScore').today,
    deviceReadiness: metric('readiness').today,
    soreness: inputs.soreness,
  });
}
