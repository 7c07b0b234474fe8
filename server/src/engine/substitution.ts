/**
 * Substitution: ranked alternatives for an exercise from a catalog given as plain data.
 *
 * Score (points, higher first; ties by name, then id):
 *   same substitution group +50 · same movement pattern +25 · same primary muscle +15 ·
 *   secondary-muscle overlap (Jaccard index of the two secondary sets) × 10 · same mechanics +5 ·
 *   athlete rule HARD_YES +20, PREFERRED +10.
 * A candidate must share at least the substitution group, the movement pattern or the primary
 * muscle. It is rejected, with its reason, when a HARD_NO rule covers it (seed 003 `HARD_NO`:
 * "never include"), when it needs equipment the athlete lacks (every one of its codes must be
 * owned; BODYWEIGHT is always available), or when it is unrelated. The exercise itself is never
 * a candidate and is listed nowhere.
 *
 * Movement rules (seed 003 `user_movement_rules`) name an exercise, or a whole movement pattern.
 */

export interface CatalogExercise {
  id: number;
  name: string;
  movement: string;
  primaryMuscle: string;
  secondaryMuscles: readonly string[];
  substitutionGroup: string | null;
  equipmentCodes: readonly string[];
  mechanics: string;
}

export type MovementRuleType = 'HARD_NO' | 'HARD_YES' | 'PREFERRED';

/** Exactly one of `exerciseId` or `movement`. */
export interface MovementRule {
  ruleType: MovementRuleType;
  exerciseId?: number | null;
  movement?: string | null;
}

export type SubstitutionReasonCode =
  | 'SAME_SUBSTITUTION_GROUP'
  | 'SAME_MOVEMENT'
  | 'SAME_PRIMARY_MUSCLE'
  | 'SECONDARY_OVERLAP'
  | 'SAME_MECHANICS'
  | 'HARD_YES'
  | 'PREFERRED'
  | 'HARD_NO'
  | 'MISSING_EQUIPMENT'
  | 'UNRELATED';

export interface SubstitutionReason {
  code: SubstitutionReasonCode;
  message: string;
  points: number;
}

export interface SubstituteCandidate {
  exercise: CatalogExercise;
  score: number;
  reasons: SubstitutionReason[];
}

export interface RejectedCandidate {
  exercise: CatalogExercise;
  /** The rejecting reasons first, then what would have matched. */
  reasons: SubstitutionReason[];
}

export interface SubstitutionResult {
  substitutes: SubstituteCandidate[];
  rejected: RejectedCandidate[];
}

export const SUBSTITUTION_POINTS = {
  SAME_SUBSTITUTION_GROUP: 50,
  SAME_MOVEMENT: 25,
  SAME_PRIMARY_MUSCLE: 15,
  SECONDARY_OVERLAP: 10,
  SAME_MECHANICS: 5,
  HARD_YES: 20,
  PREFERRED: 10,
} as const;

/** Equipment every athlete has. */
export const ALWAYS_AVAILABLE_EQUIPMENT: readonly string[] = ['BODYWEIGHT'];

function jaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  let shared = 0;
  for (const value of left) if (right.has(value)) shared += 1;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Ranked substitutes for `exerciseId` (see the module comment). Throws RangeError when the
 * exercise is not in the catalog, a catalog id repeats, or a rule names neither or both targets.
 * `limit` caps the substitutes returned (all rejected ones are still listed).
 */
export function rankSubstitutes(
  exerciseId: number,
  catalog: readonly CatalogExercise[],
  athlete: { equipmentCodes: readonly string[]; rules: readonly MovementRule[] },
  limit = Number.POSITIVE_INFINITY,
): SubstitutionResult {
  const ids = new Set<number>();
  for (const exercise of catalog) {
    if (ids.has(exercise.id)) throw new RangeError(`rankSubstitutes: exercise id ${exercise.id} appears twice in the catalog`);
    ids.add(exercise.id);
  }
  const original = catalog.find((exercise) => exercise.id === exerciseId);
  if (!original) throw new RangeError(`rankSubstitutes: exercise ${exerciseId} is not in the catalog`);
  for (const rule of athlete.rules) {
    if ((rule.exerciseId == null) === (rule.movement == null)) throw new RangeError('rankSubstitutes: a movement rule names exactly one of exerciseId or movement');
  }
  if (!(limit >= 0)) throw new RangeError(`rankSubstitutes: limit must be ≥ 0 (got ${limit})`);
  const owned = new Set([...athlete.equipmentCodes, ...ALWAYS_AVAILABLE_EQUIPMENT]);

  const substitutes: SubstituteCandidate[] = [];
  const rejected: RejectedCandidate[] = [];
  for (const candidate of catalog) {
    if (candidate.id === original.id) continue;
    const matches: SubstitutionReason[] = [];
    if (original.substitutionGroup !== null && candidate.substitutionGroup === original.substitutionGroup) {
      matches.push({ code: 'SAME_SUBSTITUTION_GROUP', message: `Same substitution group (${candidate.substitutionGroup})`, points: SUBSTITUTION_POINTS.SAME_SUBSTITUTION_GROUP });
    }
    if (candidate.movement === original.movement) {
      matches.push({ code: 'SAME_MOVEMENT', message: `Same movement pattern (${candidate.movement})`, points: SUBSTITUTION_POINTS.SAME_MOVEMENT });
    }
    if (candidate.primaryMuscle === original.primaryMuscle) {
      matches.push({ code: 'SAME_PRIMARY_MUSCLE', message: `Same primary muscle (${candidate.primaryMuscle})`, points: SUBSTITUTION_POINTS.SAME_PRIMARY_MUSCLE });
    }
    const related = matches.length > 0;
    const overlap = jaccard(original.secondaryMuscles, candidate.secondaryMuscles);
    if (overlap > 0) {
      const shared = candidate.secondaryMuscles.filter((muscle) => original.secondaryMuscles.includes(muscle));
      matches.push({
        code: 'SECONDARY_OVERLAP',
        message: `Shares secondary muscles ${[...new Set(shared)].join(', ')} (overlap ${Math.round(overlap * 100)}%)`,
        points: Math.round(overlap * SUBSTITUTION_POINTS.SECONDARY_OVERLAP * 100) / 100,
      });
    }
    if (candidate.mechanics === original.mechanics) {
      matches.push({ code: 'SAME_MECHANICS', message: `Same mechanics (${candidate.mechanics})`, points: SUBSTITUTION_POINTS.SAME_MECHANICS });
    }

    const applying = athlete.rules.filter((rule) => rule.exerciseId === candidate.id || (rule.movement != null && rule.movement === candidate.movement));
    const rejections: SubstitutionReason[] = [];
    const hardNo = applying.find((rule) => rule.ruleType === 'HARD_NO');
    if (hardNo) {
      rejections.push({
        code: 'HARD_NO',
        message: hardNo.exerciseId != null ? 'The athlete never does this exercise (HARD_NO)' : `The athlete never does ${candidate.movement} movements (HARD_NO)`,
        points: 0,
      });
    }
    const missing = [...new Set(candidate.equipmentCodes.filter((code) => !owned.has(code)))];
    if (missing.length > 0) rejections.push({ code: 'MISSING_EQUIPMENT', message: `Needs equipment the athlete lacks: ${missing.join(', ')}`, points: 0 });
    if (!related) rejections.push({ code: 'UNRELATED', message: 'Shares neither substitution group, movement pattern nor primary muscle', points: 0 });
    if (rejections.length > 0) {
      rejected.push({ exercise: candidate, reasons: [...rejections, ...matches] });
      continue;
    }
    if (applying.some((rule) => rule.ruleType === 'HARD_YES')) matches.push({ code: 'HARD_YES', message: 'The athlete wants this in every microcycle (HARD_YES)', points: SUBSTITUTION_POINTS.HARD_YES });
    if (applying.some((rule) => rule.ruleType === 'PREFERRED')) matches.push({ code: 'PREFERRED', message: 'The athlete prefers it (PREFERRED)', points: SUBSTITUTION_POINTS.PREFERRED });
    const score = Math.round(matches.reduce((sum, reason) => sum + reason.points, 0) * 100) / 100;
    substitutes.push({ exercise: candidate, score, reasons: matches });
  }
  substitutes.sort((a, b) => b.score - a.score || a.exercise.name.localeCompare(b.exercise.name) || a.exercise.id - b.exercise.id);
  return { substitutes: substitutes.slice(0, limit), rejected };
}
