/**
 * Estimated one-repetition maximum (e1RM) from a submaximal set, by the formula the athlete's
 * settings choose (seed 003 `E1RMFormula`). Units: the weight's own unit (we use kg); the result is
 * not rounded.
 *
 * Each formula takes r, the *effective* reps: reps performed plus reps in reserve (RIR), so a set of
 * 5 at RPE 8 (2 RIR) is read as a 7-rep max. Formulas (as tabulated by LeSuer, McCormick, Mayhew,
 * Wasserstein & Arnold 1997, "The accuracy of prediction equations for estimating 1-RM performance in
 * the bench press, squat, and deadlift", J Strength Cond Res 11(4):211–213):
 *
 * | formula  | e1RM                | source                                                   | valid r |
 * |----------|---------------------|----------------------------------------------------------|---------|
 * | EPLEY    | w · (1 + r/30)      | Epley 1985, Poundage Chart (Boyd Epley Workout)          | 1..12   |
 * | BRZYCKI  | w · 36 / (37 − r)   | Brzycki 1993, JOPERD 64(1):88–90                         | 1..10   |
 * | LOMBARDI | w · r^0.10          | Lombardi 1989, Beginning Weight Training (W.C. Brown)    | 1..10   |
 * | OCONNER  | w · (1 + r/40)      | O'Conner, Simmons & O'Shea 1989, Weight Training Today   | 1..10   |
 *
 * Valid ranges: Brzycki's protocol takes a load to failure within 10 reps, and its accuracy falls off
 * from about 10 (Mayhew et al. 1993; Chapman et al. 1998); the equation itself diverges at r = 37.
 * LeSuer et al. compared all of these equations on sets to failure of 10 reps or fewer, so Lombardi
 * and O'Conner are held to the same 10. Epley keeps the 12 it has
 * always had here (Reynolds, Gordon & Robergs 2006, J Strength Cond Res 20(3):584–592: prediction
 * degrades beyond ~10–12 reps): records.ts and the personal-record SQL compute Epley up to 12, and
 * changing that would move existing records.
 *
 * A single is its own 1RM: at r = 1 every formula returns w exactly. Brzycki and Lombardi do so by
 * construction; Epley (1.033 w) and O'Conner (1.025 w) are defined as w at r = 1, as every published
 * rep table assumes. All four rise with w and with r over their ranges.
 */
export type E1rmFormula = 'EPLEY' | 'BRZYCKI' | 'LOMBARDI' | 'OCONNER';

export const E1RM_FORMULAS: readonly E1rmFormula[] = ['EPLEY', 'BRZYCKI', 'LOMBARDI', 'OCONNER'];

export const EPLEY_MAX_REPS = 12;

/** The most effective reps (reps + RIR) each formula accepts; see the table above for the sources. */
export const E1RM_MAX_EFFECTIVE_REPS: Readonly<Record<E1rmFormula, number>> = {
  EPLEY: EPLEY_MAX_REPS,
  BRZYCKI: 10,
  LOMBARDI: 10,
  OCONNER: 10,
};

/**
 * The most reps in reserve folded into an estimate (RPE 6 on the RIR-based scale). Further from
 * failure, lifters' RIR guesses stop being counts: the scale itself reads RPE 5–6 as "4–6 reps
 * left" (Helms, Cronin, Storey & Zourdos 2016, Strength Cond J 38(4):42–49, Table 1), and
 * Zourdos et al. 2016 (J Strength Cond Res 30(1):267–275) found accuracy falls with distance from
 * failure.
 */
export const MAX_FOLDED_RIR = 4;

export interface OneRepMaxInput {
  weightKg: number;
  /** Reps performed; an integer. */
  reps: number;
  /** Reps in reserve, 0–10 in half steps. Takes precedence over `rpe` when both are given. */
  rir?: number | null;
  /** RPE on the RIR-based scale, 1–10 in half steps; read as RIR = 10 − RPE. */
  rpe?: number | null;
}

const isHalfStep = (value: number) => Number.isInteger(value * 2);

/**
 * The reps in reserve a set reports: `rir` if given, else 10 − `rpe`, else 0 (a set taken to
 * failure). Returns null when the set is further from failure than {@link MAX_FOLDED_RIR}.
 * Throws a RangeError for values the database cannot hold (RIR outside 0–10 or RPE outside 1–10,
 * or either not in half steps): those are programming mistakes, not athlete data.
 */
export function repsInReserve({ rir, rpe }: Pick<OneRepMaxInput, 'rir' | 'rpe'>): number | null {
  let reserve = 0;
  if (rir !== undefined && rir !== null) {
    if (!Number.isFinite(rir) || rir < 0 || rir > 10 || !isHalfStep(rir)) {
      throw new RangeError(`repsInReserve: rir must be 0–10 in half steps (got ${rir})`);
    }
    reserve = rir;
  } else if (rpe !== undefined && rpe !== null) {
    if (!Number.isFinite(rpe) || rpe < 1 || rpe > 10 || !isHalfStep(rpe)) {
      throw new RangeError(`repsInReserve: rpe must be 1–10 in half steps (got ${rpe})`);
    }
    reserve = 10 - rpe;
  }
  return reserve > MAX_FOLDED_RIR ? null : reserve;
}

/** e1RM ÷ w at r effective reps, for 1 ≤ r ≤ the formula's maximum. */
function ratio(formula: E1rmFormula, r: number): number {
  switch (formula) {
    case 'EPLEY':
      return r === 1 ? 1 : 1 + r / 30;
    case 'BRZYCKI':
      return 36 / (37 - r);
    case 'LOMBARDI':
      return r ** 0.1;
    case 'OCONNER':
      return r === 1 ? 1 : 1 + r / 40;
  }
}

/**
 * The e1RM in kg by `formula` (Epley when omitted, the historical default), with reps in reserve
 * folded in: r = reps + RIR, RIR from `rir` or from `rpe` as 10 − RPE (0 when neither is given).
 *
 * Returns null when the set cannot estimate one: no load (weightKg ≤ 0), no reps, more than
 * {@link MAX_FOLDED_RIR} reps in reserve, or r beyond the formula's range
 * ({@link E1RM_MAX_EFFECTIVE_REPS}). Throws a RangeError for a non-finite weight, non-integer reps,
 * an out-of-scale RIR/RPE, or an unknown formula.
 */
export function estimateOneRepMax(input: OneRepMaxInput, formula: E1rmFormula = 'EPLEY'): number | null {
  const { weightKg, reps } = input;
  if (!Number.isFinite(weightKg) || !Number.isInteger(reps)) {
    throw new RangeError(`estimateOneRepMax: weightKg must be finite and reps an integer (got ${weightKg}, ${reps})`);
  }
  const maxReps = E1RM_MAX_EFFECTIVE_REPS[formula];
  if (maxReps === undefined) throw new RangeError(`estimateOneRepMax: unknown formula ${String(formula)}`);
  const reserve = repsInReserve(input);
  if (weightKg <= 0 || reps < 1 || reserve === null) return null;
  const effectiveReps = reps + reserve;
  if (effectiveReps > maxReps) return null;
  return weightKg * ratio(formula, effectiveReps);
}
