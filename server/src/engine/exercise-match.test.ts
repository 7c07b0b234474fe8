import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG_SAMPLE } from './__fixtures__/catalog.js';
import { createExerciseMatcher, jaroWinkler, matchExercise, normaliseExerciseName } from './exercise-match.js';

describe('jaroWinkler', () => {
  // Winkler (1990), "String Comparator Metrics and Enhanced Decision Rules in the Fellegi-Sunter
  // Model of Record Linkage", ASA Proc. Survey Research Methods, pp. 354–359: the MARTHA, DWAYNE
  // and DIXON pairs (Jaro 0.944 / 0.822 / 0.767, Jaro–Winkler 0.961 / 0.840 / 0.813).
  it.each([
    ['MARTHA', 'MARHTA', 0.961],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813],
    ['JELLYFISH', 'SMELLYFISH', 0.896],
    ['ABC', 'ABC', 1],
    ['ABC', 'XYZ', 0],
  ])('%s ~ %s = %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it('is symmetric and within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const ab = jaroWinkler(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(ab).toBeCloseTo(jaroWinkler(b, a), 12);
      }),
    );
  });
});

describe('normaliseExerciseName', () => {
  it.each([
    ['Bench Press (Barbell)', 'bench press barbell'],
    ['BB Squats', 'barbell squat'],
    ['DB curls', 'dumbbell curl'],
    ['Pull-ups', 'pull up'],
    ['Pullups', 'pull up'],
    ['Cable Flyes', 'cable fly'],
    ['Incline DB Presses', 'incline dumbbell press'],
    ['RDLs', 'romanian deadlift'],
    ['Tricep Pushdowns', 'triceps push down'],
    ['Développé couché', 'developpe couche'],
    ['  ', ''],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseExerciseName(raw).join(' ')).toBe(expected);
  });
});

describe('matchExercise', () => {
  const matcher = createExerciseMatcher(CATALOG_SAMPLE);
  // What people type, or Strong/Hevy's own names, against the shipped catalog's names and aliases.
  it.each([
    ['Barbell Back Squat', 'barbell-back-squat', 'name', 1],
    ['squat', 'barbell-back-squat', 'alias', 1],
    ['Squats', 'barbell-back-squat', 'alias', 1],
    ['bb squat', 'barbell-back-squat', 'alias', 1],
    ['Deadlift', 'conventional-deadlift', 'alias', 1],
    ['rdl', 'romanian-deadlift', 'name', 1],
    ['DB RDL', 'dumbbell-romanian-deadlift', 'name', 1],
    ['Pullups', 'pull-up', 'name', 1],
    ['Bench Press (Barbell)', 'barbell-bench-press', 'tokens', 0.95],
    ['Squat (Barbell)', 'barbell-back-squat', 'tokens', 0.95],
    ['Bench Press (Dumbbell)', 'dumbbell-bench-press', 'tokens', 0.95],
    ['Bicep Curl (Dumbbell)', 'dumbbell-curl', 'tokens', 0.95],
    ['ohp', 'overhead-press', 'name', 1],
    ['Bench presss', 'barbell-bench-press', 'similarity', null],
    ['Romanian Deadlift (Barbell)', 'romanian-deadlift', 'tokens', 0.95],
    ['Barbell Hip Thruster', 'barbell-hip-thrust', 'similarity', null],
    ['Lat pull-downs wide', 'lat-pulldown', 'similarity', null],
  ] as const)('%s → %s by %s', (raw, id, by, confidence) => {
    const result = matcher.match(raw);
    expect(result.id).toBe(id);
    expect(result.matchedBy).toBe(by);
    if (confidence !== null) expect(result.confidence).toBe(confidence);
    else {
      expect(result.confidence).toBeGreaterThan(0.6);
      expect(result.confidence).toBeLessThan(0.95);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });

  it.each(['Zumba', 'Underwater basket weaving', '', '!!!', 'Lateral Raise (Dumbbell)', 'Rowing (Machine)'])('reports %j as unmatched', (raw) => {
    const result = matcher.match(raw);
    expect(result).toMatchObject({ id: null, confidence: 0, matchedBy: null });
    expect(result.problems).toHaveLength(1);
  });

  it('prefers a name over another entry’s identical alias', () => {
    const catalog = [
      { id: 'a', name: 'Row', aliases: [] },
      { id: 'b', name: 'Barbell Row', aliases: ['Row'] },
    ];
    expect(matchExercise('row', catalog)).toMatchObject({ id: 'a', matchedBy: 'name' });
  });

  it('lowers the confidence when two exercises are equally close', () => {
    const catalog = [
      { id: 'a', name: 'Cable Row Wide', aliases: [] },
      { id: 'b', name: 'Cable Row Close', aliases: [] },
    ];
    const result = matchExercise('Cable Rows', catalog, { minScore: 0.75 });
    expect(result.confidence).toBeCloseTo(0.9 * 0.8 * 0.7, 6);
    expect(result.problems.some((p) => p.startsWith('ambiguous'))).toBe(true);
  });

  it('rejects a minScore outside (0, 1]', () => {
    expect(() => createExerciseMatcher(CATALOG_SAMPLE, { minScore: 0 })).toThrow(RangeError);
    expect(() => createExerciseMatcher(CATALOG_SAMPLE, { minScore: 1.5 })).toThrow(RangeError);
  });

  it('is total: any string gives a confidence in [0, 1] and an id exactly when matchedBy is set', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (raw) => {
        const result = matcher.match(raw);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        expect(result.id === null).toBe(result.matchedBy === null);
      }),
    );
  });

  it('finds every catalog name and alias exactly, whatever its case and punctuation', () => {
    const texts = CATALOG_SAMPLE.flatMap((entry) => [entry.name, ...entry.aliases].map((text) => ({ id: entry.id, text })));
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.boolean(), ({ id, text }, upper) => {
        const result = matcher.match(`  ${upper ? text.toUpperCase() : text.toLowerCase()}. `);
        expect(result.confidence).toBe(1);
        // An alias shared by two entries (none in the sample) could legitimately resolve elsewhere.
        expect(result.id).toBe(id);
      }),
    );
  });
});
