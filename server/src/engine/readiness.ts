/**
 * Readiness: a 0–100 score from today's recovery signals and soreness, each component explained,
 * and the load adjustment it implies for the day's prescription.
 *
 * The score is a weighted mean of component scores (each 0–100). Weights, and the mapping of each
 * signal to 0–100, are product decisions grounded in the sources cited per component; they are
 * not a validated published index. What the literature does give us:
 * - HRV is read against the athlete's own rolling baseline of ln rMSSD, not a population norm
 *   (Plews, Laursen, Stanley, Kilding & Buchheit 2013, Sports Med 43(9):773–781, "Training
 *   adaptation and heart rate variability in elite endurance athletes: opening the door to
 *   effective monitoring"), with at least 3 readings a week for a valid weekly mean (Plews et
 *   al. 2014, Int J Sports Physiol Perform 9(5):783–790), and a day within ±0.5 SD of that
 *   baseline taken as normal (the smallest worthwhile change used for HRV-guided training, e.g.
 *   Javaloyes, Sarabia, Lamberts & Moya-Ramon 2019, Int J Sports Physiol Perform 14(1):23–32).
 * - Lowering intensity when HRV falls below baseline is what HRV-guided training does (Kiviniemi,
 *   Hautala, Kinnunen & Tulppo 2007, Eur J Appl Physiol 101(6):743–751).
 * - Soreness on a 1–5 scale per body part follows the wellness questionnaire of McLean, Coutts,
 *   Kelly, McGuigan & Cormack 2010 (Int J Sports Physiol Perform 5(3):367–383).
 * - Adults need ≥ 7 h sleep (Watson et al. 2015, Sleep 38(6):843–844); athletes are advised more
 *   (Walsh et al. 2021, Br J Sports Med 55(7):356–368).
 */

export type ReadinessComponentName = 'HRV' | 'RESTING_HR' | 'SLEEP_HOURS' | 'SLEEP_SCORE' | 'DEVICE_READINESS' | 'SORENESS';

/**
 * Nominal weights (sum 1). HRV leads: it is the best-supported single marker. Device readiness is
 * itself built from HRV, heart rate and sleep, so it gets a small weight to avoid counting those
 * twice. Soreness is the athlete's own report of the muscles about to be trained.
 */
export const READINESS_WEIGHTS: Readonly<Record<ReadinessComponentName, number>> = {
  HRV: 0.3,
  RESTING_HR: 0.15,
  SLEEP_HOURS: 0.15,
  SLEEP_SCORE: 0.1,
  DEVICE_READINESS: 0.1,
  SORENESS: 0.2,
};

/** Fewest baseline readings for HRV or resting HR to be scored (Plews et al. 2014: ≥ 3 a week). */
export const MIN_BASELINE_READINGS = 3;
/** SD floors, so a flat baseline cannot make a trivial dip look like a collapse: 0.03 ln units (≈ 3 %) for HRV, 1 bpm for resting HR. */
export const HRV_SD_FLOOR_LN = 0.03;
export const RESTING_HR_SD_FLOOR_BPM = 1;

export interface SorenessReport {
  bodyPart: string;
  /** 1 = not sore, 5 = very sore (McLean et al. 2010). Whole numbers only. */
  level: number;
}

export interface ReadinessInput {
  /** This morning's rMSSD in ms (> 0). */
  hrvMs?: number | null;
  /** The athlete's rMSSD readings of the preceding days (the rolling baseline, e.g. the last 7), ms. */
  hrvBaselineMs?: readonly number[];
  /** This morning's resting heart rate, bpm (> 0). */
  restingHrBpm?: number | null;
  restingHrBaselineBpm?: readonly number[];
  /** Last night's sleep, hours in [0, 24]. */
  sleepHours?: number | null;
  /** A device's sleep score in [0, 100]. */
  sleepScore?: number | null;
  /** A device's own readiness or recovery score in [0, 100]. */
  deviceReadiness?: number | null;
  soreness?: readonly SorenessReport[];
}

export interface ReadinessComponent {
  component: ReadinessComponentName;
  /** The component's own score, 0–100. */
  score: number;
  /** Its weight after re-weighting over the components present (these sum to 1). */
  weight: number;
  /** Points it adds to the overall score: weight × score (the contributions sum to the unrounded score). */
  contribution: number;
  explanation: string;
}

export interface MissingComponent {
  component: ReadinessComponentName;
  reason: string;
}

export type ReadinessBand = 'HIGH' | 'MODERATE' | 'LOW' | 'VERY_LOW' | 'UNKNOWN';

export interface LoadAdjustment {
  band: ReadinessBand;
  /** Change to prescribed loads in percent (0, −5, −10 or −20). */
  loadPct: number;
  /** The same as a multiplier: 1 + loadPct / 100. */
  loadFactor: number;
  /** Change to each exercise's working sets (0 or −1). */
  setDelta: number;
  reason: string;
}

export interface Readiness {
  /** 0–100, rounded to a whole number; null when no component could be scored. */
  score: number | null;
  /** Why score is null, when it is. */
  reason: string | null;
  components: ReadinessComponent[];
  missing: MissingComponent[];
  adjustment: LoadAdjustment;
}

const clamp = (value: number) => Math.min(100, Math.max(0, value));
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
/** Sample standard deviation (n − 1). */
const sd = (values: readonly number[]) => {
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1));
};
const fmt = (value: number, digits = 1) => String(Math.round(value * 10 ** digits) / 10 ** digits);

function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`assessReadiness: ${name} must be finite and > 0 (got ${value})`);
}
function requireRange(name: string, value: number, min: number, max: number): void {
  if (!(value >= min && value <= max)) throw new RangeError(`assessReadiness: ${name} must be in [${min}, ${max}] (got ${value})`);
}

type Scored = { score: number; explanation: string } | { missing: string };

/** z = (ln today − mean ln baseline) / max(SD, 0.03); score = 75 + 25 z, clamped: baseline 75, −1 SD 50, −3 SD 0, +1 SD 100. */
function scoreHrv(today: number | null | undefined, baseline: readonly number[] = []): Scored {
  if (today == null) return { missing: 'no HRV reading today' };
  requirePositive('hrvMs', today);
  baseline.forEach((value) => requirePositive('hrvBaselineMs', value));
  if (baseline.length < MIN_BASELINE_READINGS) return { missing: `HRV baseline needs ≥ ${MIN_BASELINE_READINGS} readings (has ${baseline.length})` };
  const logs = baseline.map(Math.log);
  const z = (Math.log(today) - mean(logs)) / Math.max(sd(logs), HRV_SD_FLOOR_LN);
  const typical = Math.exp(mean(logs));
  const where = Math.abs(z) <= 0.5 ? 'within the normal ±0.5 SD range of' : z < 0 ? 'below' : 'above';
  return { score: clamp(75 + 25 * z), explanation: `rMSSD ${fmt(today)} ms is ${where} your ${baseline.length}-day baseline (~${fmt(typical)} ms; z = ${fmt(z, 2)})` };
}

/** z = (today − mean baseline) / max(SD, 1 bpm); score = 75 − 25 z, clamped: an elevated resting HR lowers it. */
function scoreRestingHr(today: number | null | undefined, baseline: readonly number[] = []): Scored {
  if (today == null) return { missing: 'no resting heart rate today' };
  requirePositive('restingHrBpm', today);
  baseline.forEach((value) => requirePositive('restingHrBaselineBpm', value));
  if (baseline.length < MIN_BASELINE_READINGS) return { missing: `resting HR baseline needs ≥ ${MIN_BASELINE_READINGS} readings (has ${baseline.length})` };
  const z = (today - mean(baseline)) / Math.max(sd(baseline), RESTING_HR_SD_FLOOR_BPM);
  return { score: clamp(75 - 25 * z), explanation: `resting HR ${fmt(today)} bpm vs your baseline ${fmt(mean(baseline))} bpm (z = ${fmt(z, 2)})` };
}

/** Linear from 0 at ≤ 4 h to 100 at ≥ 8 h (7 h, the adult minimum, scores 75). */
function scoreSleepHours(hours: number | null | undefined): Scored {
  if (hours == null) return { missing: 'no sleep duration' };
  requireRange('sleepHours', hours, 0, 24);
  return { score: clamp(((hours - 4) / 4) * 100), explanation: `${fmt(hours)} h of sleep (8 h or more scores 100, 4 h or less 0)` };
}

function scoreDirect(name: 'sleepScore' | 'deviceReadiness', value: number | null | undefined, label: string): Scored {
  if (value == null) return { missing: `no ${label}` };
  requireRange(name, value, 0, 100);
  return { score: value, explanation: `${label} ${fmt(value)}/100, used as reported` };
}

/**
 * Per body part the highest level reported counts. score = 100 · (1 − 0.75 · (worst − 1)/4
 * − 0.25 · min(1, Σ(level − 1)/8)): the sorest part dominates (one very sore muscle limits the
 * session), and widespread soreness costs a little more. Never rises with more or worse soreness.
 */
function scoreSoreness(reports: readonly SorenessReport[] = []): Scored {
  if (reports.length === 0) return { missing: 'no soreness reported' };
  const byPart = new Map<string, number>();
  for (const { bodyPart, level } of reports) {
    if (!Number.isInteger(level) || level < 1 || level > 5) throw new RangeError(`assessReadiness: soreness level must be a whole number 1–5 (${bodyPart}: ${level})`);
    byPart.set(bodyPart, Math.max(byPart.get(bodyPart) ?? 1, level));
  }
  const levels = [...byPart.values()];
  const worst = Math.max(...levels);
  const excess = levels.reduce((sum, level) => sum + level - 1, 0);
  const score = clamp(100 * (1 - (0.75 * (worst - 1)) / 4 - 0.25 * Math.min(1, excess / 8)));
  const sorest = [...byPart.entries()].filter(([, level]) => level === worst).map(([part]) => part);
  return { score, explanation: worst === 1 ? 'no soreness' : `sorest: ${sorest.join(', ')} at ${worst}/5; ${levels.filter((level) => level > 1).length} sore body part(s)` };
}

/**
 * The load adjustment a readiness score implies:
 * ≥ 80 HIGH: train as prescribed; 60–79 MODERATE: −5 % load; 40–59 LOW: −10 % load;
 * < 40 VERY_LOW: −20 % load and one working set fewer per exercise; null: as prescribed.
 * Why these steps: on the RIR-based RPE chart one RPE point is worth roughly 4–5 % of 1RM at
 * moderate reps (Helms, Cronin, Storey & Zourdos 2016, Strength Cond J 38(4):42–49), so −5 % and
 * −10 % make the day about one and two RPE points easier; below 40 the day becomes a light one
 * with less volume, as HRV-guided training swaps hard days for easy ones when HRV is depressed
 * (Kiviniemi et al. 2007). A score at exactly a boundary takes the better band. RPE-based
 * prescriptions already autoregulate, so the prescription engine may choose to skip the load cut.
 * Throws a RangeError for a score outside [0, 100].
 */
export function readinessLoadAdjustment(score: number | null): LoadAdjustment {
  const make = (band: ReadinessBand, loadPct: number, setDelta: number, reason: string): LoadAdjustment => ({ band, loadPct, loadFactor: 1 + loadPct / 100, setDelta, reason });
  if (score === null) return make('UNKNOWN', 0, 0, 'no readiness data: train as prescribed');
  requireRange('score', score, 0, 100);
  if (score >= 80) return make('HIGH', 0, 0, `readiness ${fmt(score, 0)} ≥ 80: train as prescribed`);
  if (score >= 60) return make('MODERATE', -5, 0, `readiness ${fmt(score, 0)} is 60–79: loads −5 % (about one RPE easier)`);
  if (score >= 40) return make('LOW', -10, 0, `readiness ${fmt(score, 0)} is 40–59: loads −10 % (about two RPE easier)`);
  return make('VERY_LOW', -20, -1, `readiness ${fmt(score, 0)} < 40: loads −20 % and one set fewer per exercise`);
}

/**
 * Readiness from whatever signals are present: each scored 0–100, then averaged with the nominal
 * weights re-normalised over the components present, so a missing signal neither counts as bad
 * nor as good. No component at all: score null, with the reason. Monotone in every input: more
 * HRV, sleep, sleep score or device readiness never lowers it; higher resting HR or more soreness
 * never raises it. Throws a RangeError for readings outside their stated ranges.
 */
export function assessReadiness(input: ReadinessInput): Readiness {
  const scored: [ReadinessComponentName, Scored][] = [
    ['HRV', scoreHrv(input.hrvMs, input.hrvBaselineMs)],
    ['RESTING_HR', scoreRestingHr(input.restingHrBpm, input.restingHrBaselineBpm)],
    ['SLEEP_HOURS', scoreSleepHours(input.sleepHours)],
    ['SLEEP_SCORE', scoreDirect('sleepScore', input.sleepScore, 'sleep score')],
    ['DEVICE_READINESS', scoreDirect('deviceReadiness', input.deviceReadiness, 'device readiness')],
    ['SORENESS', scoreSoreness(input.soreness)],
  ];
  const missing: MissingComponent[] = [];
  const present: { component: ReadinessComponentName; score: number; explanation: string }[] = [];
  for (const [component, result] of scored) {
    if ('missing' in result) missing.push({ component, reason: result.missing });
    else present.push({ component, ...result });
  }
  if (present.length === 0) {
    return { score: null, reason: 'no recovery signal or soreness report could be scored', components: [], missing, adjustment: readinessLoadAdjustment(null) };
  }
  const totalWeight = present.reduce((sum, { component }) => sum + READINESS_WEIGHTS[component], 0);
  const components = present.map(({ component, score, explanation }) => {
    const weight = READINESS_WEIGHTS[component] / totalWeight;
    return { component, score, weight, contribution: weight * score, explanation };
  });
  const score = clamp(Math.round(components.reduce((sum, { contribution }) => sum + contribution, 0)));
  return { score, reason: null, components, missing, adjustment: readinessLoadAdjustment(score) };
}
