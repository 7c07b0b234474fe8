import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG_SAMPLE } from './__fixtures__/catalog.js';
import { HEVY_KG, HEVY_LBS, STRONG_COMMA, STRONG_LBS_HEADER, STRONG_SEMICOLON_UNITS, STRONG_UNITS_IN_HEADER } from './__fixtures__/exports.js';
import { type ImportedSession, dedupe, detectCsvFormat, fnv1a64, importWorkoutCsv, parseExportTimestamp, sessionFingerprint } from './import-csv.js';

const brief = (s: ImportedSession) => s.sets.map((x) => [x.exerciseName, x.weightKg, x.reps, x.rpe, x.durationSeconds, x.distanceMeters, x.setType]);

describe('fnv1a64', () => {
  // Test vectors of FNV-1a 64 from Fowler, Noll & Vo's reference test suite (also in
  // draft-eastlake-fnv, IETF): "" → offset basis, "a", "foobar".
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('%j → %s', (text, hex) => expect(fnv1a64(text)).toBe(hex));
});

describe('parseExportTimestamp', () => {
  it.each([
    ['2024-03-04 07:41:02', '2024-03-04', '2024-03-04T07:41:02'],
    ['2024-03-04T07:41:02Z', '2024-03-04', '2024-03-04T07:41:02'],
    ['3 Jan 2024, 18:05', '2024-01-03', '2024-01-03T18:05:00'],
    ['Jan 3, 2024 6:05 PM', '2024-01-03', '2024-01-03T18:05:00'],
    ['2024-02-29', '2024-02-29', null],
  ])('%s', (raw, date, startedAt) => expect(parseExportTimestamp(raw)).toEqual({ date, startedAt }));
  it.each(['2023-02-29 10:00', 'yesterday', '', '31 Foo 2024'])('%j is unreadable', (raw) => expect(parseExportTimestamp(raw)).toBeNull());
});

describe('detectCsvFormat', () => {
  it('tells the apps apart by their header', () => {
    expect(detectCsvFormat(['Date', 'Workout Name', 'Exercise Name', 'Set Order'])).toBe('STRONG_CSV');
    expect(detectCsvFormat(['title', 'start_time', 'exercise_title'])).toBe('HEVY_CSV');
    expect(detectCsvFormat(['a', 'b'])).toBeNull();
  });
});

describe('importWorkoutCsv: Strong', () => {
  it('reads the comma layout: warm-ups flagged, rest timers skipped, quoted commas kept', () => {
    const result = importWorkoutCsv(STRONG_COMMA);
    expect(result.format).toBe('STRONG_CSV');
    expect(result.skippedRows).toEqual([{ line: 5, reason: 'rest timer' }]);
    const [push, legs] = result.sessions;
    expect(push).toMatchObject({ date: '2024-03-04', startedAt: '2024-03-04T07:41:02', durationSeconds: 3900, title: 'Push A', notes: 'Felt good, slept 8h' });
    expect(brief(push!)).toEqual([
      ['Bench Press (Barbell)', 40, 10, null, null, null, 'warmup'],
      ['Bench Press (Barbell)', 80, 8, 8, null, null, 'normal'],
      ['Bench Press (Barbell)', 80, 8, 8.5, null, null, 'normal'],
      ['Overhead Press (Barbell)', 50, 5, null, null, null, 'normal'],
    ]);
    expect(push!.sets[0]!.isWarmup).toBe(true);
    expect(push!.sets[1]!.notes).toBe('Paused, tight arch');
    // No unit anywhere in this layout: the default is assumed and said.
    expect(push!.sets[1]!.confidence).toBe(0.8);
    expect(push!.sets[1]!.problems).toEqual(['no weight unit in the file: assumed kg']);
    expect(legs).toMatchObject({ date: '2024-03-06', durationSeconds: 2880 });
    expect(brief(legs!)[2]).toEqual(['Plank', 0, 0, null, 60, null, 'normal']);
  });

  it('reads the older semicolon layout with unit columns, decimal commas, BOM and CRLF', () => {
    const result = importWorkoutCsv(STRONG_SEMICOLON_UNITS);
    expect(result.problems).toEqual([]);
    const [session] = result.sessions;
    expect(session).toMatchObject({ date: '2019-11-02', durationSeconds: 3120, notes: 'Belt; chalk' });
    const sets = brief(session!);
    expect(sets[0]![1]).toBeCloseTo(142.8816, 4); // 315 lb
    expect(sets[1]![1]).toBeCloseTo(144.0156, 4); // 317.5 lb
    expect(sets[1]![3]).toBe(9);
    expect(sets[2]).toEqual(['Running', null, null, null, 1500, expect.closeTo(4988.9664, 4) as unknown, 'normal']); // 3.1 mi
    expect(session!.sets.every((s) => s.confidence === 1)).toBe(true);
  });

  it('reads units from the header and fields spanning lines', () => {
    const [session] = importWorkoutCsv(STRONG_UNITS_IN_HEADER).sessions;
    expect(session).toMatchObject({ date: '2025-01-15', durationSeconds: 3120, title: 'Pull' });
    expect(brief(session!)).toEqual([
      ['Pull Up', 0, 10, null, null, null, 'normal'],
      ['Bent Over Row (Barbell)', 70, 8, 7, null, null, 'normal'],
      ['Bent Over Row (Barbell)', 70, 8, 8, null, null, 'normal'],
      ['Rowing (Machine)', 0, 0, null, 480, 2000, 'normal'],
    ]);
    expect(session!.sets[2]!.notes).toBe('grip slipped,\nused straps');
    expect(session!.sets[3]!.line).toBe(6);
  });

  it('converts `Weight (lbs)` to kg', () => {
    const [session] = importWorkoutCsv(STRONG_LBS_HEADER).sessions;
    expect(session!.sets.map((s) => s.weightKg)).toEqual([expect.closeTo(61.235, 3), expect.closeTo(83.915, 3)]);
  });
});

describe('importWorkoutCsv: Hevy', () => {
  it('reads set types, kg, km and the session length from start and end', () => {
    const result = importWorkoutCsv(HEVY_KG);
    expect(result.format).toBe('HEVY_CSV');
    const [upper, cardio] = result.sessions;
    expect(upper).toMatchObject({ date: '2024-01-03', startedAt: '2024-01-03T18:05:00', durationSeconds: 3900, title: 'Upper A', notes: 'Felt "strong", good pump' });
    expect(brief(upper!)).toEqual([
      ['Bench Press (Barbell)', 40, 10, null, null, null, 'warmup'],
      ['Bench Press (Barbell)', 82.5, 8, 8, null, null, 'normal'],
      ['Bench Press (Barbell)', 82.5, 6, 10, null, null, 'failure'],
      ['Lateral Raise (Dumbbell)', 10, 15, null, null, null, 'normal'],
      ['Lateral Raise (Dumbbell)', 6, 12, null, null, null, 'dropset'],
    ]);
    expect(upper!.sets.every((s) => s.confidence === 1)).toBe(true);
    expect(brief(cardio!)).toEqual([['Running', null, null, null, 1860, 5200, 'normal']]);
    expect(cardio!.durationSeconds).toBe(1860);
  });

  it('reads weight_lbs and ISO timestamps', () => {
    const [session] = importWorkoutCsv(HEVY_LBS).sessions;
    expect(session).toMatchObject({ date: '2024-02-10', durationSeconds: 3750 });
    expect(session!.sets.map((s) => s.weightKg)).toEqual([expect.closeTo(102.058, 3), expect.closeTo(102.058, 3)]);
  });
});

describe('importWorkoutCsv: catalog, problems, totality', () => {
  it('matches exercise names and reports unmatched ones', () => {
    const result = importWorkoutCsv(HEVY_KG, { catalog: CATALOG_SAMPLE });
    expect(result.sessions[0]!.sets[0]!.exerciseId).toBe('barbell-bench-press');
    expect(result.unmatchedExercises).toEqual(['Lateral Raise (Dumbbell)']);
    expect(result.sessions[0]!.sets[3]!.confidence).toBe(0.5);
    expect(result.sessions[1]!.sets[0]!.exerciseId).toBe('running');
  });

  it('reports unknown headers, empty files and unreadable rows', () => {
    expect(importWorkoutCsv('')).toMatchObject({ format: null, problems: ['the file is empty'] });
    expect(importWorkoutCsv('a,b\n1,2').problems[0]).toMatch(/^unknown header/);
    const bad = importWorkoutCsv('Date,Workout Name,Exercise Name,Set Order,Weight,Reps\nsoon,X,Squat,1,100,5\n2024-01-01,X,,1,100,5\n2024-01-01,X,Squat,1,heavy,5');
    expect(bad.skippedRows).toEqual([
      { line: 2, reason: 'unreadable date "soon"' },
      { line: 3, reason: 'no exercise name' },
    ]);
    expect(bad.sessions[0]!.sets[0]).toMatchObject({ weightKg: null, reps: 5, confidence: 0.5, problems: ['unreadable weight "heavy"'] });
  });

  it('rejects a non-string as a programming error', () => {
    expect(() => importWorkoutCsv(null as unknown as string)).toThrow(TypeError);
  });

  it('is total on arbitrary strings and on mangled exports', () => {
    const mangled = fc
      .tuple(fc.constantFrom(STRONG_COMMA, STRONG_SEMICOLON_UNITS, STRONG_UNITS_IN_HEADER, HEVY_KG, HEVY_LBS), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }))
      .map(([file, a, b, noise]) => {
        const [from, to] = [a % (file.length + 1), b % (file.length + 1)].sort((x, y) => x - y) as [number, number];
        return file.slice(0, from) + noise + file.slice(to);
      });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), mangled), (content) => {
        const result = importWorkoutCsv(content);
        for (const session of result.sessions) {
          expect(session.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(session.fingerprint).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
          for (const set of session.sets) expect(set.confidence).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('fingerprints and dedupe', () => {
  const files = [STRONG_COMMA, STRONG_SEMICOLON_UNITS, STRONG_UNITS_IN_HEADER, STRONG_LBS_HEADER, HEVY_KG, HEVY_LBS];

  it('gives every session of the fixtures its own fingerprint', () => {
    const all = files.flatMap((f) => importWorkoutCsv(f).sessions.map((s) => s.fingerprint));
    expect(new Set(all).size).toBe(all.length);
  });

  it('re-importing a file yields the same fingerprints, and dedupe drops them all the second time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.boolean(), (file, crlf) => {
        const again = crlf ? file.replace(/\r?\n/g, '\r\n') : file;
        const first = importWorkoutCsv(file).sessions;
        const second = importWorkoutCsv(again).sessions;
        expect(second.map((s) => s.fingerprint)).toEqual(first.map((s) => s.fingerprint));
        const once = dedupe(first, []);
        expect(once.fresh).toHaveLength(first.length);
        const twice = dedupe(second, once.fresh.map((s) => s.fingerprint));
        expect(twice.fresh).toEqual([]);
        expect(twice.duplicates).toHaveLength(second.length);
      }),
    );
  });

  it('changes when any set value changes, not when the title does', () => {
    const [session] = importWorkoutCsv(HEVY_KG).sessions;
    fc.assert(
      fc.property(fc.nat({ max: session!.sets.length - 1 }), fc.constantFrom('weightKg', 'reps', 'rpe'), fc.integer({ min: 1, max: 5 }), (index, field, delta) => {
        const sets = session!.sets.map((s, i) => (i === index ? { ...s, [field]: (s[field] ?? 0) + delta } : s));
        expect(sessionFingerprint({ ...session!, sets })).not.toBe(session!.fingerprint);
      }),
    );
    expect(sessionFingerprint({ ...session!, title: 'Renamed' } as ImportedSession)).toBe(session!.fingerprint);
  });

  it('drops repeats inside one batch too', () => {
    const [session] = importWorkoutCsv(HEVY_LBS).sessions;
    expect(dedupe([session!, session!], [])).toEqual({ fresh: [session], duplicates: [session] });
  });
});
