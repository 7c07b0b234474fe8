import { EPLEY_MAX_REPS } from './e1rm.js';

/**
 * The personal-record kinds kept per exercise (seed 002's 1RM, set volume and total volume, plus
 * heaviest weight). Order matters only for presentation: records come out in this order.
 */
export const RECORD_KINDS = ['HEAVIEST_WEIGHT', 'BEST_E1RM', 'SET_VOLUME', 'SESSION_VOLUME'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface PerformedSet {
  weightKg: number;
  reps: number;
  isWarmup?: boolean;
  /** The session the set belongs to; sets without one never make a session-volume record. */
  sessionId?: number | null;
}

export interface RecordBests {
  heaviestWeightKg: number | null;
  bestE1rmKg: number | null;
  bestSetVolumeKg: number | null;
  bestSessionVolumeKg: number | null;
}

export interface DetectedRecord {
  kind: RecordKind;
  valueKg: number;
  previousKg: number | null;
}

/**
 * Record values are computed in whole hundredths of a kilogram (the 0.01 kg the database stores),
 * so a recomputation never beats itself by float noise and SQL's exact numerics agree to the cent.
 */
const hundredths = (kg: number) => Math.round(kg * 100);
const fromHundredths = (value: number) => value / 100;

/** Whether a set can hold a record at all: a working set (no warm-up) of at least one rep with a load. */
function counts(set: PerformedSet): boolean {
  return !set.isWarmup && set.reps >= 1 && set.weightKg > 0;
}

/**
 * Epley e1RM in hundredths of a kg, rounded half up: w · (30 + r) / 30 for 2 ≤ r ≤ 12, w itself
 * for a single (see e1rm.ts). Computed from the integer hundredths so JS and PostgreSQL's
 * `round(w * (30 + r) / 30, 2)` give the same value; null beyond 12 reps.
 */
function e1rmHundredths(weight: number, reps: number): number | null {
  if (reps < 1 || reps > EPLEY_MAX_REPS) return null;
  return reps === 1 ? weight : Math.round((weight * (30 + reps)) / 30);
}

/** What one set scores for each per-set kind, in hundredths of a kg (null where it does not count). */
function setScores(set: PerformedSet): { HEAVIEST_WEIGHT: number; BEST_E1RM: number | null; SET_VOLUME: number } | null {
  if (!counts(set)) return null;
  const weight = hundredths(set.weightKg);
  return { HEAVIEST_WEIGHT: weight, BEST_E1RM: e1rmHundredths(weight, set.reps), SET_VOLUME: weight * set.reps };
}

/** Tonnage of a set towards its session's volume, in hundredths of a kg (0 for sets that do not count). */
function volumeHundredths(set: PerformedSet): number {
  return counts(set) ? hundredths(set.weightKg) * set.reps : 0;
}

/**
 * The best values over a history of sets of one exercise. Warm-ups, 0-rep and unloaded sets never
 * count; e1RM only up to 12 reps; session volume sums each session's counted sets (in kg).
 */
export function summariseBests(history: readonly PerformedSet[]): RecordBests {
  const best: Record<RecordKind, number | null> = { HEAVIEST_WEIGHT: null, BEST_E1RM: null, SET_VOLUME: null, SESSION_VOLUME: null };
  const raise = (kind: RecordKind, value: number | null) => {
    if (value !== null && value > 0 && (best[kind] === null || value > best[kind])) best[kind] = value;
  };
  const sessions = new Map<number, number>();
  for (const set of history) {
    const scores = setScores(set);
    if (!scores) continue;
    raise('HEAVIEST_WEIGHT', scores.HEAVIEST_WEIGHT);
    raise('BEST_E1RM', scores.BEST_E1RM);
    raise('SET_VOLUME', scores.SET_VOLUME);
    if (set.sessionId != null) sessions.set(set.sessionId, (sessions.get(set.sessionId) ?? 0) + scores.SET_VOLUME);
  }
  for (const total of sessions.values()) raise('SESSION_VOLUME', total);
  const kg = (value: number | null) => (value === null ? null : fromHundredths(value));
  return {
    heaviestWeightKg: kg(best.HEAVIEST_WEIGHT),
    bestE1rmKg: kg(best.BEST_E1RM),
    bestSetVolumeKg: kg(best.SET_VOLUME),
    bestSessionVolumeKg: kg(best.SESSION_VOLUME),
  };
}

const bestOf = (bests: RecordBests, kind: RecordKind): number | null =>
  ({ HEAVIEST_WEIGHT: bests.heaviestWeightKg, BEST_E1RM: bests.bestE1rmKg, SET_VOLUME: bests.bestSetVolumeKg, SESSION_VOLUME: bests.bestSessionVolumeKg })[kind];

/**
 * The records `set` breaks against the previous bests of the same exercise. `sessionVolumeBeforeKg`
 * is the exercise's volume over the set's session before this set (counted sets only), so the
 * session total after it is compared with the best session. A first-ever value is a record
 * (previousKg null): an athlete's first numbers are worth celebrating too. Ties are not records.
 */
export function detectRecords(previous: RecordBests, set: PerformedSet, sessionVolumeBeforeKg = 0): DetectedRecord[] {
  const scores = setScores(set);
  if (!scores) return [];
  const candidates: Record<RecordKind, number | null> = {
    ...scores,
    SESSION_VOLUME: set.sessionId != null ? hundredths(sessionVolumeBeforeKg) + scores.SET_VOLUME : null,
  };
  const records: DetectedRecord[] = [];
  for (const kind of RECORD_KINDS) {
    const value = candidates[kind];
    const before = bestOf(previous, kind);
    if (value === null || value <= 0) continue;
    if (before === null || value > hundredths(before)) records.push({ kind, valueKg: fromHundredths(value), previousKg: before });
  }
  return records;
}

/** A set of one exercise as the record keeper sees it. */
export interface LoggedSet extends PerformedSet {
  id: number;
  /** When it was performed, as any increasing number (the services pass microseconds since the epoch). */
  performedAt: number;
}

/** A record as stored: its value and what holds it (a set, or for session volume a session). */
export interface HeldRecord {
  kind: RecordKind;
  valueKg: number;
  /** The set that holds a per-set record; null for session volume. */
  setId: number | null;
  /** The session of the holding set, or the session that holds the session-volume record. */
  sessionId: number | null;
  /** When the record was reached: the set's time, or the session's last counted set. */
  achievedAt: number;
}

/**
 * The bests of an exercise from all its sets, each with what holds it: the state the
 * personal-records table must be in after a set is corrected or deleted (seed 002: "PRs are
 * recalculated on updates"). The holder of a value is whoever reached it first, by
 * (performedAt, id) of the set, or for a session of its last counted set: exactly what logging the
 * sets one by one keeps, since a tie is never a record. Kinds without a positive value are absent.
 * Order-independent in its input.
 */
export function recomputeRecords(sets: readonly LoggedSet[]): HeldRecord[] {
  type Candidate = { value: number; at: number; tie: number; setId: number | null; sessionId: number | null };
  const best = new Map<RecordKind, Candidate>();
  const offer = (kind: RecordKind, candidate: Candidate) => {
    if (candidate.value <= 0) return;
    const held = best.get(kind);
    const wins =
      !held ||
      candidate.value > held.value ||
      (candidate.value === held.value && (candidate.at < held.at || (candidate.at === held.at && candidate.tie < held.tie)));
    if (wins) best.set(kind, candidate);
  };
  // Per session: its total and its last counted set, by (performedAt, id).
  const sessions = new Map<number, { total: number; at: number; tie: number }>();
  for (const set of sets) {
    const scores = setScores(set);
    if (!scores) continue;
    const holder = { at: set.performedAt, tie: set.id, setId: set.id, sessionId: set.sessionId ?? null };
    offer('HEAVIEST_WEIGHT', { value: scores.HEAVIEST_WEIGHT, ...holder });
    if (scores.BEST_E1RM !== null) offer('BEST_E1RM', { value: scores.BEST_E1RM, ...holder });
    offer('SET_VOLUME', { value: scores.SET_VOLUME, ...holder });
    if (set.sessionId != null) {
      const session = sessions.get(set.sessionId);
      const later = !session || set.performedAt > session.at || (set.performedAt === session.at && set.id > session.tie);
      sessions.set(set.sessionId, {
        total: (session?.total ?? 0) + scores.SET_VOLUME,
        at: later ? set.performedAt : session.at,
        tie: later ? set.id : session.tie,
      });
    }
  }
  for (const [sessionId, { total, at, tie }] of sessions) offer('SESSION_VOLUME', { value: total, at, tie, setId: null, sessionId });
  return RECORD_KINDS.flatMap((kind) => {
    const held = best.get(kind);
    return held ? [{ kind, valueKg: fromHundredths(held.value), setId: held.setId, sessionId: held.sessionId, achievedAt: held.at }] : [];
  });
}

/** The bests a set of stored records stands for (what `detectRecords` compares a new set with). */
export function bestsOf(held: readonly Pick<HeldRecord, 'kind' | 'valueKg'>[]): RecordBests {
  const value = (kind: RecordKind) => held.find((record) => record.kind === kind)?.valueKg ?? null;
  return {
    heaviestWeightKg: value('HEAVIEST_WEIGHT'),
    bestE1rmKg: value('BEST_E1RM'),
    bestSetVolumeKg: value('SET_VOLUME'),
    bestSessionVolumeKg: value('SESSION_VOLUME'),
  };
}

/** The stored records `set` takes over when it breaks `records`: per-set kinds go to the set, session volume to its session. */
export function recordsHeldBy(set: LoggedSet, records: readonly DetectedRecord[]): HeldRecord[] {
  return records.map((record) => ({
    kind: record.kind,
    valueKg: record.valueKg,
    setId: record.kind === 'SESSION_VOLUME' ? null : set.id,
    sessionId: set.sessionId ?? null,
    achievedAt: set.performedAt,
  }));
}

/** Tonnage of the sets that count towards records (working sets of ≥ 1 rep with a load), in kg to the cent. */
export function countedVolumeKg(sets: readonly PerformedSet[]): number {
  return fromHundredths(sets.reduce((sum, set) => sum + volumeHundredths(set), 0));
}
