/**
 * Who needs a coach's attention: a drop in set-level compliance, planned sessions missed, or a
 * stretch without training. Pure: the sessions, sets and the as-of day in, reasons out.
 *
 * Set-level compliance is the share of planned working sets done (computeWeeklyAdherence's
 * setsDone / setsPlanned, each exercise capped at its plan), pooled over weeks so a week with more
 * planned sets weighs more. Thresholds are in ATTENTION_DEFAULTS and docs/decisions.md.
 */
import { type AdherenceSet, type Id, type PerformedSession, type PlannedSession, computeWeeklyAdherence } from './adherence.js';
import { type IsoDate, epochDayOf, isoDateOf, isoWeekOf } from './dates.js';

export interface AttentionOptions {
  /** ISO weeks ending with the as-of day's week that count as "recent" (≥ 1). */
  recentWeeks: number;
  /** ISO weeks before the recent ones that form the baseline (≥ 1). */
  baselineWeeks: number;
  /** A fall of at least this much in the compliance ratio (0.15 = 15 percentage points) is a drop. */
  complianceDrop: number;
  /** Planned working sets the baseline needs before a drop against it means anything. */
  minBaselineSets: number;
  /** Planned sessions due in the recent weeks and not done (no working set) that call for attention. */
  missedSessions: number;
  /** Days since the last session with a working set that call for attention. */
  inactiveDays: number;
}

/** See docs/decisions.md ("needs attention"). */
export const ATTENTION_DEFAULTS: AttentionOptions = {
  recentWeeks: 2,
  baselineWeeks: 4,
  complianceDrop: 0.15,
  minBaselineSets: 10,
  missedSessions: 2,
  inactiveDays: 10,
};

export type AttentionReasonCode = 'COMPLIANCE_DROP' | 'MISSED_SESSIONS' | 'NO_RECENT_TRAINING';

export interface AttentionReason {
  code: AttentionReasonCode;
  message: string;
}

export interface Attention {
  /** True exactly when there is a reason. */
  needsAttention: boolean;
  /** In a fixed order: COMPLIANCE_DROP, MISSED_SESSIONS, NO_RECENT_TRAINING. */
  reasons: AttentionReason[];
  /** Planned working sets done / planned over the recent weeks, in [0, 1]; null with nothing due. */
  recentSetRatio: number | null;
  /** The same over the baseline weeks; null with nothing planned then. */
  baselineSetRatio: number | null;
  /** Planned sessions due in the recent weeks (before the as-of day) with no working set logged. */
  missedSessions: number;
  /** The last day (≤ asOf) with a working set, or null when the input has none. */
  lastTrainedOn: IsoDate | null;
}

export interface AttentionInput {
  planned: readonly PlannedSession[];
  /** `inProgress`: the session is still being trained (its sets so far say nothing about compliance yet). */
  performed: readonly (PerformedSession & { inProgress?: boolean })[];
  sets: readonly AdherenceSet[];
  /** The day judged from (today); its own planned sessions are not due yet. */
  asOf: IsoDate;
}

const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Judges one athlete. A planned session counts once it is due (dated before asOf) or finished:
 * today's session still in progress, and later ones, are not judged yet. Rules, each a reason:
 * - COMPLIANCE_DROP: baseline has ≥ minBaselineSets planned sets, the recent weeks have some, and
 *   the recent ratio is at least `complianceDrop` below the baseline's.
 * - MISSED_SESSIONS: at least `missedSessions` planned sessions of the recent weeks, due before
 *   asOf, have no working set logged.
 * - NO_RECENT_TRAINING: the last session with a working set is more than `inactiveDays` before asOf.
 *   An input without any training says nothing (a new athlete, or no history in the window).
 *
 * Throws a RangeError for bad options or dates (computeWeeklyAdherence's checks apply too).
 */
export function assessAttention(input: AttentionInput, options: AttentionOptions = ATTENTION_DEFAULTS): Attention {
  const { recentWeeks, baselineWeeks, complianceDrop, minBaselineSets, missedSessions: missedLimit, inactiveDays } = options;
  for (const [name, value] of Object.entries({ recentWeeks, baselineWeeks, minBaselineSets, missedLimit, inactiveDays })) {
    if (!Number.isInteger(value) || value < (name.endsWith('Weeks') ? 1 : 0)) throw new RangeError(`assessAttention: ${name} must be a whole number ≥ ${name.endsWith('Weeks') ? 1 : 0} (got ${value})`);
  }
  if (!(complianceDrop > 0 && complianceDrop <= 1)) throw new RangeError(`assessAttention: complianceDrop must be in (0, 1] (got ${complianceDrop})`);

  const today = epochDayOf(input.asOf);
  const recentStart = epochDayOf(isoWeekOf(input.asOf).weekStart) - 7 * (recentWeeks - 1);
  const baselineStart = recentStart - 7 * baselineWeeks;

  const workingSets = new Map<Id, number>();
  for (const set of input.sets) if (!set.isWarmup) workingSets.set(set.sessionId, (workingSets.get(set.sessionId) ?? 0) + 1);
  const trained = input.performed.filter((session) => (workingSets.get(session.sessionId) ?? 0) > 0 && epochDayOf(session.performedOn) <= today);
  const donePlans = new Set(trained.flatMap((session) => (session.plannedSessionId === null ? [] : [session.plannedSessionId])));
  const finishedPlans = new Set(trained.flatMap((session) => (session.plannedSessionId === null || session.inProgress ? [] : [session.plannedSessionId])));

  const due = input.planned.filter((session) => epochDayOf(session.scheduledOn) < today || finishedPlans.has(session.plannedSessionId));
  const dueIds = new Set(due.map((session) => session.plannedSessionId));
  const performed = input.performed.filter((session) => session.plannedSessionId === null || dueIds.has(session.plannedSessionId));
  const weeks = computeWeeklyAdherence(due, performed, input.sets);

  const pooled = (from: number, to: number) => {
    let planned = 0;
    let done = 0;
    for (const week of weeks) {
      const start = epochDayOf(week.weekStart);
      if (start < from || start >= to) continue;
      planned += week.setsPlanned;
      done += week.setsDone;
    }
    return { planned, ratio: planned === 0 ? null : done / planned };
  };
  const recent = pooled(recentStart, today + 1);
  const baseline = pooled(baselineStart, recentStart);

  const missed = due.filter((session) => {
    const day = epochDayOf(session.scheduledOn);
    return day >= recentStart && day < today && !donePlans.has(session.plannedSessionId);
  }).length;

  const lastDay = trained.reduce<number | null>((last, session) => Math.max(last ?? -Infinity, epochDayOf(session.performedOn)), null);

  const reasons: AttentionReason[] = [];
  if (baseline.ratio !== null && recent.ratio !== null && baseline.planned >= minBaselineSets && baseline.ratio - recent.ratio >= complianceDrop - 1e-9) {
    reasons.push({
      code: 'COMPLIANCE_DROP',
      message: `Set compliance fell from ${percent(baseline.ratio)} to ${percent(recent.ratio)} (last ${plural(recentWeeks, 'week')} vs the ${plural(baselineWeeks, 'week')} before).`,
    });
  }
  if (missed >= missedLimit && missedLimit > 0) {
    reasons.push({ code: 'MISSED_SESSIONS', message: `Missed ${plural(missed, 'planned session')} in the last ${plural(recentWeeks, 'week')}.` });
  }
  if (lastDay !== null && today - lastDay > inactiveDays) {
    reasons.push({ code: 'NO_RECENT_TRAINING', message: `No training logged for ${today - lastDay} days (last on ${isoDateOf(lastDay)}).` });
  }

  return {
    needsAttention: reasons.length > 0,
    reasons,
    recentSetRatio: recent.ratio,
    baselineSetRatio: baseline.ratio,
    missedSessions: missed,
    lastTrainedOn: lastDay === null ? null : isoDateOf(lastDay),
  };
}
