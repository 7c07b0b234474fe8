import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CatalogExercise, type MovementRule, rankSubstitutes } from './substitution.js';

const exercise = (id: number, name: string, movement: string, primaryMuscle: string, equipmentCodes: string[], extra: Partial<CatalogExercise> = {}): CatalogExercise => ({
  id,
  name,
  movement,
  primaryMuscle,
  secondaryMuscles: [],
  substitutionGroup: null,
  equipmentCodes,
  mechanics: 'COMPOUND',
  ...extra,
});

const catalog: CatalogExercise[] = [
  exercise(1, 'Barbell bench press', 'HORIZONTAL_PUSH', 'CHEST', ['BARBELL'], { substitutionGroup: 'horizontal_press', secondaryMuscles: ['TRICEPS', 'SHOULDERS'] }),
  exercise(2, 'Dumbbell bench press', 'HORIZONTAL_PUSH', 'CHEST', ['DUMBBELL'], { substitutionGroup: 'horizontal_press', secondaryMuscles: ['TRICEPS', 'SHOULDERS'] }),
  exercise(3, 'Push-up', 'HORIZONTAL_PUSH', 'CHEST', ['BODYWEIGHT'], { secondaryMuscles: ['TRICEPS', 'ABS'] }),
  exercise(4, 'Machine chest press', 'HORIZONTAL_PUSH', 'CHEST', ['MACHINE'], { substitutionGroup: 'horizontal_press', secondaryMuscles: ['TRICEPS'] }),
  exercise(5, 'Cable fly', 'HORIZONTAL_PUSH', 'CHEST', ['CABLE'], { mechanics: 'ISOLATION' }),
  exercise(6, 'Dip', 'VERTICAL_PUSH', 'TRICEPS', ['BODYWEIGHT'], { secondaryMuscles: ['CHEST', 'SHOULDERS'] }),
  exercise(7, 'Back squat', 'SQUAT', 'QUADS', ['BARBELL']),
  exercise(8, 'Floor press', 'HORIZONTAL_PUSH', 'CHEST', ['BARBELL'], { substitutionGroup: 'horizontal_press', secondaryMuscles: ['TRICEPS'] }),
];

describe('rankSubstitutes', () => {
  it('ranks by group, pattern, muscle and rules, and says why each was chosen or rejected', () => {
    const rules: MovementRule[] = [
      { ruleType: 'HARD_NO', exerciseId: 8 },
      { ruleType: 'PREFERRED', exerciseId: 3 },
    ];
    const result = rankSubstitutes(1, catalog, { equipmentCodes: ['BARBELL', 'DUMBBELL', 'CABLE'], rules });
    expect(result.substitutes.map((candidate) => [candidate.exercise.name, candidate.score])).toEqual([
      ['Dumbbell bench press', 105], // group 50 + pattern 25 + muscle 15 + secondary 10 (same set) + mechanics 5
      ['Push-up', 58.33], // 25 + 15 + 10·(1/3) + 5 + preferred 10
      ['Cable fly', 40], // 25 + 15
    ]);
    expect(result.substitutes[0]!.reasons.map((reason) => reason.code)).toEqual(['SAME_SUBSTITUTION_GROUP', 'SAME_MOVEMENT', 'SAME_PRIMARY_MUSCLE', 'SECONDARY_OVERLAP', 'SAME_MECHANICS']);
    expect(result.rejected.map((candidate) => [candidate.exercise.name, candidate.reasons[0]!.code])).toEqual([
      ['Machine chest press', 'MISSING_EQUIPMENT'],
      ['Dip', 'UNRELATED'],
      ['Back squat', 'UNRELATED'],
      ['Floor press', 'HARD_NO'],
    ]);
    expect(result.rejected[0]!.reasons[0]!.message).toContain('MACHINE');
    expect(result.substitutes.concat(result.rejected as never[]).some((candidate) => candidate.exercise.id === 1)).toBe(false);
  });

  it('applies movement-pattern rules: HARD_NO excludes the whole pattern, HARD_YES boosts it', () => {
    const noPush = rankSubstitutes(6, catalog, { equipmentCodes: ['BARBELL', 'DUMBBELL', 'MACHINE', 'CABLE'], rules: [{ ruleType: 'HARD_NO', movement: 'HORIZONTAL_PUSH' }] });
    expect(noPush.substitutes).toEqual([]);
    const yes = rankSubstitutes(7, [...catalog, exercise(9, 'Leg press', 'SQUAT', 'QUADS', ['MACHINE']), exercise(10, 'Goblet squat', 'SQUAT', 'QUADS', ['DUMBBELL'])], {
      equipmentCodes: ['MACHINE', 'DUMBBELL'],
      rules: [{ ruleType: 'HARD_YES', exerciseId: 10 }],
    });
    expect(yes.substitutes.map((candidate) => [candidate.exercise.name, candidate.score])).toEqual([
      ['Goblet squat', 65],
      ['Leg press', 45],
    ]);
  });

  it('rejects unknown exercises, repeated ids and malformed rules with RangeError', () => {
    expect(() => rankSubstitutes(99, catalog, { equipmentCodes: [], rules: [] })).toThrow(RangeError);
    expect(() => rankSubstitutes(1, [...catalog, catalog[0]!], { equipmentCodes: [], rules: [] })).toThrow(RangeError);
    expect(() => rankSubstitutes(1, catalog, { equipmentCodes: [], rules: [{ ruleType: 'HARD_NO' }] })).toThrow(RangeError);
    expect(rankSubstitutes(1, catalog, { equipmentCodes: ['DUMBBELL'], rules: [] }, 1).substitutes).toHaveLength(1);
  });

  it('never returns a HARD_NO exercise, one needing missing equipment, or the exercise itself', () => {
    const codes = ['BARBELL', 'DUMBBELL', 'MACHINE', 'CABLE', 'BAND', 'BODYWEIGHT'];
    const movements = ['SQUAT', 'HINGE', 'HORIZONTAL_PUSH', 'VERTICAL_PULL'];
    const muscles = ['CHEST', 'BACK', 'QUADS', 'GLUTES'];
    const catalogArb = fc.uniqueArray(
      fc.record({
        id: fc.integer({ min: 1, max: 40 }),
        name: fc.string({ minLength: 2, maxLength: 8 }),
        movement: fc.constantFrom(...movements),
        primaryMuscle: fc.constantFrom(...muscles),
        secondaryMuscles: fc.subarray(muscles),
        substitutionGroup: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
        equipmentCodes: fc.subarray(codes, { maxLength: 3 }),
        mechanics: fc.constantFrom('COMPOUND', 'ISOLATION'),
      }),
      { minLength: 1, maxLength: 25, selector: (entry) => entry.id },
    );
    const ruleArb = fc.oneof(
      fc.record({ ruleType: fc.constantFrom('HARD_NO' as const, 'HARD_YES' as const, 'PREFERRED' as const), exerciseId: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ ruleType: fc.constantFrom('HARD_NO' as const, 'HARD_YES' as const, 'PREFERRED' as const), movement: fc.constantFrom(...movements) }),
    );
    fc.assert(
      fc.property(catalogArb, fc.subarray(codes), fc.array(ruleArb, { maxLength: 6 }), fc.nat(), (entries, owned, rules, pick) => {
        const target = entries[pick % entries.length]!;
        const result = rankSubstitutes(target.id, entries, { equipmentCodes: owned, rules });
        const available = new Set([...owned, 'BODYWEIGHT']);
        for (const { exercise: candidate } of result.substitutes) {
          expect(candidate.id).not.toBe(target.id);
          expect(candidate.equipmentCodes.every((code) => available.has(code))).toBe(true);
          expect(rules.some((rule) => rule.ruleType === 'HARD_NO' && ('exerciseId' in rule ? rule.exerciseId === candidate.id : rule.movement === candidate.movement))).toBe(false);
        }
        // Every other exercise is accounted for exactly once, chosen or rejected; scores descend.
        expect(result.substitutes.length + result.rejected.length).toBe(entries.length - 1);
        result.substitutes.forEach((candidate, index) => index > 0 && expect(candidate.score).toBeLessThanOrEqual(result.substitutes[index - 1]!.score));
      }),
    );
  });
});
