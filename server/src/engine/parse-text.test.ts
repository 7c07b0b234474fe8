import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG_SAMPLE } from './__fixtures__/catalog.js';
import { KG_PER_LB, kgToLb, lbToKg, parseWorkoutText } from './parse-text.js';

type Row = [line: string, name: string, sets: [weightKg: number | null, reps: number | null, rpe: number | null, seconds: number | null, meters: number | null][], confidence: number];

const x = (n: number, set: Row[2][number]) => Array.from({ length: n }, () => set);

// Worked examples: the notations of issue 4 and the common log shorthands. 135 lb × 0.45359237 =
// 61.23497 kg (the 1959 international pound); RIR 2 = RPE 8 (Zourdos et al. 2016, JSCR 30(1)).
const EXAMPLES: Row[] = [
  ['Bench press 3x8 @ 80kg RPE 8', 'Bench press', x(3, [80, 8, 8, null, null]), 1],
  ['Squat 5/5/5 100kg', 'Squat', x(3, [100, 5, null, null, null]), 1],
  ['Row 3x10 @ 135lb', 'Row', x(3, [61.23497, 10, null, null, null]), 1],
  ['Deadlift 1x5 140', 'Deadlift', [[140, 5, null, null, null]], 0.75],
  ['Plank 3x60s', 'Plank', x(3, [null, null, null, 60, null]), 1],
  ['Run 5km 25:00', 'Run', [[null, null, null, 1500, 5000]], 1],
  ['Run 3mi 1:02:03', 'Run', [[null, null, null, 3723, 4828.032]], 1],
  ['OHP 3x5 50kg @8', 'OHP', x(3, [50, 5, 8, null, null]), 1],
  ['Pull-ups 3x10', 'Pull-ups', x(3, [null, 10, null, null, null]), 1],
  ['Curl 3x8-10 12.5kg RIR 2', 'Curl', x(3, [12.5, 8, 8, null, null]), 0.85],
  ['- Bench: 80kg x 8, 85kg x 6, 90 kg x 4', 'Bench', [[80, 8, null, null, null], [85, 6, null, null, null], [90, 4, null, null, null]], 1],
  ['Squat 80,5kg 3x5', 'Squat', x(3, [80.5, 5, null, null, null]), 1],
  ['Bench 100x5x3', 'Bench', x(3, [100, 5, null, null, null]), 0.6 * 0.75],
  ['Squat 3x5x100', 'Squat', x(3, [100, 5, null, null, null]), 0.6 * 0.75],
  ['Bench 225# x 5', 'Bench', [[102.0583, 5, null, null, null]], 1],
  ['2. Farmer carry 2x40m 32kg', 'Farmer carry', x(2, [32, null, null, null, 40]), 1],
  ['Squat 3x5 100kg RPE 12', 'Squat', x(3, [100, 5, null, null, null]), 0.5],
];

describe('parseWorkoutText', () => {
  it.each(EXAMPLES)('%s', (line, name, sets, confidence) => {
    const { rows, unparsed } = parseWorkoutText(line);
    expect(unparsed).toEqual([]);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.exerciseName).toBe(name);
    expect(row.sets.map((s) => [s.weightKg, s.reps, s.rpe, s.durationSeconds, s.distanceMeters])).toEqual(
      sets.map((s) => s.map((v) => (v === null ? null : expect.closeTo(v, 3)))),
    );
    expect(row.confidence).toBeCloseTo(confidence, 6);
    expect(row.problems.length === 0).toBe(confidence === 1);
  });

  it('reports lines it cannot read instead of throwing, and skips blanks and comments', () => {
    const result = parseWorkoutText('\uFEFFFelt great today\r\n\r\n# week 3\n3x5 100kg\nSquat 5/5/5 100kg\n' + 'a'.repeat(600) + ' 3x5');
    expect(result.unparsed).toEqual([
      { line: 1, text: 'Felt great today', reason: 'no sets, reps, load, time or distance found' },
      { line: 4, text: '3x5 100kg', reason: 'no exercise name before the numbers' },
      { line: 6, text: 'a'.repeat(80), reason: 'longer than 500 characters' },
    ]);
    expect(result.rows.map((r) => r.line)).toEqual([5]);
  });

  it('assumes pounds for a bare load when told to', () => {
    const [set] = parseWorkoutText('Deadlift 1x5 315', { defaultWeightUnit: 'lb' }).sets;
    expect(set!.weightKg).toBeCloseTo(142.88, 2);
    expect(set!.problems).toEqual(['no unit on load 315: assumed lb']);
  });

  it('matches names to the catalog and reports the unmatched ones', () => {
    const result = parseWorkoutText('Bench press 3x8 @ 80kg\nZumba 1x30min\nRDL 3x8 100kg', { catalog: CATALOG_SAMPLE });
    expect(result.rows.map((r) => r.exerciseId)).toEqual(['barbell-bench-press', null, 'romanian-deadlift']);
    expect(result.unmatchedExercises).toEqual(['Zumba']);
    expect(result.rows[1]!.confidence).toBe(0.5);
    expect(result.sets).toHaveLength(7);
  });

  it('rejects a non-string as a programming error', () => {
    expect(() => parseWorkoutText(42 as unknown as string)).toThrow(TypeError);
  });

  it('is total on arbitrary strings: never throws, confidences in [0, 1], line numbers in range', () => {
    const noisy = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc
        .array(fc.constantFrom('Bench', ' ', '3', 'x', '8', '@', 'kg', 'lb', 'RPE', '/', '-', ',', ';', ':', '.', '5', '\n', '\r\n', 'km', 's', '100', '#'), { maxLength: 40 })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(noisy, (text) => {
        const result = parseWorkoutText(text);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const set of result.sets) {
          expect(set.confidence).toBeGreaterThanOrEqual(0);
          expect(set.confidence).toBeLessThanOrEqual(1);
          expect(set.line).toBeGreaterThanOrEqual(1);
          expect(set.line).toBeLessThanOrEqual(lines);
        }
        for (const line of result.unparsed) expect(line.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('converts pounds and kilograms both ways within 0.01 kg', () => {
    expect(KG_PER_LB).toBe(0.45359237);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (kg) => {
        expect(Math.abs(lbToKg(kgToLb(kg)) - kg)).toBeLessThan(0.01);
        // Through a log written in whole tenths of a pound, as apps display it.
        const written = Math.round(kgToLb(kg) * 10) / 10;
        const [set] = parseWorkoutText(`Bench 1x1 ${written}lb`).sets;
        expect(Math.abs(set!.weightKg! - kg)).toBeLessThan(0.05 * KG_PER_LB + 1e-9);
      }),
    );
  });

  it('reads a load written in kg or lb as the same kilograms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2400 }).map((n) => n / 4), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 12 }), (kg, sets, reps) => {
        const inKg = parseWorkoutText(`Squat ${sets}x${reps} @ ${kg}kg`).sets;
        const inLb = parseWorkoutText(`Squat ${sets}x${reps} @ ${kgToLb(kg).toFixed(4)}lb`).sets;
        expect(inKg).toHaveLength(sets);
        expect(inLb).toHaveLength(sets);
        expect(Math.abs(inLb[0]!.weightKg! - inKg[0]!.weightKg!)).toBeLessThan(0.01);
        expect(inKg.every((s) => s.reps === reps && s.confidence === 1)).toBe(true);
      }),
    );
  });
});
