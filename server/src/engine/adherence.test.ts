import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AdherenceSet,
  type PerformedSession,
  type PlannedSession,
  assessSetCompliance,
  computeWeeklyAdherence,
} from './adherence.js';
import { epochDayOf, isoDateOf, isoWeekOf } from './dates.js';

describe('epochDayOf / isoDateOf', () => {
  it.each([
    // Known epoch days: 1970-01-01 is day 0; 2000-01-01 = 30·365 + 7 leap days; 2000 is a leap year.
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-01-01', 10957],
    ['2000-03-01', 11017],
    ['0001-01-01', -719162],
    ['9999-12-31', 2932896],
  ])('%s is epoch day %i', (date, day) => {
    expect(epochDayOf(date)).toBe(day);
    expect(isoDateOf(day)).toBe(date);
  });

  it('rejects what is not a calendar day', () => {
    for (const bad of ['2023-02-29', '2023-13-01', '2023-04-31', '2023-1-01', '20230101', '0000-01-01', '']) {
      expect(() => epochDayOf(bad), bad).toThrow(RangeError);
    }
    expect(epochDayOf('2024-02-29')).toBe(epochDayOf('2024-02-28') + 1);
    expect(() => isoDateOf(1.5)).toThrow(RangeError);
  });

  it('round-trips every day of years 1–9999', () => {
    fc.assert(fc.property(fc.integer({ min: -719162, max: 2932896 }), (day) => epochDayOf(isoDateOf(day)) === day));
  });
});

describe('isoWeekOf', () => {
  // ISO 8601 week-date examples, as tabulated in Wikipedia's "ISO week date" article (the year-end cases).
  it.each([
    ['2005-01-01', '2004-W53', 6],
    ['2005-01-02', '2004-W53', 7],
    ['2005-12-31', '2005-W52', 6],
    ['2006-01-01', '2005-W52', 7],
    ['2006-01-02', '2006-W01', 1],
    ['2006-12-31', '2006-W52', 7],
    ['2007-01-01', '2007-W01', 1],
    ['2007-12-30', '2007-W52', 7],
    ['2007-12-31', '2008-W01', 1],
    ['2008-01-01', '2008-W01', 2],
    ['2008-12-28', '2008-W52', 7],
    ['2008-12-29', '2009-W01', 1],
    ['2008-12-30', '2009-W01', 2],
    ['2008-12-31', '2009-W01', 3],
    ['2009-01-01', '2009-W01', 4],
    ['2009-12-31', '2009-W53', 4],
    ['2010-01-01', '2009-W53', 5],
    ['2010-01-02', '2009-W53', 6],
    ['2010-01-03', '2009-W53', 7],
  ])('%s is in %s (weekday %i)', (date, week, weekday) => {
    const result = isoWeekOf(date);
    expect(result.week).toBe(week);
    expect(epochDayOf(date) - epochDayOf(result.weekStart)).toBe(weekday - 1);
    expect(isoWeekOf(epochDayOf(date))).toEqual(result);
  });

  it('starts on the Monday on or before the day, and the next week starts 7 days later', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700000, max: 2900000 }), (day) => {
        const { weekStart, week } = isoWeekOf(day);
        const start = epochDayOf(weekStart);
        expect(day - start).toBeGreaterThanOrEqual(0);
        expect(day - start).toBeLessThan(7);
        expect(isoWeekOf(start).weekStart).toBe(weekStart);
        expect(isoWeekOf(day + 7).weekStart).toBe(isoDateOf(start + 7));
        expect(isoWeekOf(day + 7).week).not.toBe(week);
      }),
    );
  });
});

describe('computeWeeklyAdherence', () => {
  const plan: PlannedSession[] = [
    // 2024-W10: Mon 4 March to Sun 10 March.
    { plannedSessionId: 'A', scheduledOn: '2024-03-04', exercises: [{ exerciseId: 'squat', sets: 3 }, { exerciseId: 'bench', sets: 3 }] },
    { plannedSessionId: 'B', scheduledOn: '2024-03-06', exercises: [{ exerciseId: 'deadlift', sets: 2 }] },
    { plannedSessionId: 'C', scheduledOn: '2024-03-08', exercises: [{ exerciseId: 'squat', sets: 3 }] },
    // 2024-W11
    { plannedSessionId: 'D', scheduledOn: '2024-03-11', exercises: [{ exerciseId: 'squat', sets: 4 }] },
  ];

  it('counts planned sessions and sets done against the week they were scheduled in', () => {
    const performed: PerformedSession[] = [
      { sessionId: 1, performedOn: '2024-03-04', plannedSessionId: 'A' },
      // B opened but only warm-ups logged: not done.
      { sessionId: 2, performedOn: '2024-03-06', plannedSessionId: 'B' },
      // C trained late, in the next week: still W10's plan.
      { sessionId: 3, performedOn: '2024-03-11', plannedSessionId: 'C' },
      { sessionId: 4, performedOn: '2024-03-13', plannedSessionId: null },
    ];
    const sets: AdherenceSet[] = [
      ...Array.from({ length: 2 }, () => ({ sessionId: 1, exerciseId: 'squat', isWarmup: true })),
      ...Array.from({ length: 3 }, () => ({ sessionId: 1, exerciseId: 'squat', isWarmup: false })),
      // Five bench sets against three planned: two extra, never making up for anything else.
      ...Array.from({ length: 5 }, () => ({ sessionId: 1, exerciseId: 'bench', isWarmup: false })),
      { sessionId: 1, exerciseId: 'curl', isWarmup: false },
      { sessionId: 2, exerciseId: 'deadlift', isWarmup: true },
      ...Array.from({ length: 2 }, () => ({ sessionId: 3, exerciseId: 'squat', isWarmup: false })),
      ...Array.from({ length: 4 }, () => ({ sessionId: 4, exerciseId: 'row', isWarmup: false })),
    ];
    expect(computeWeeklyAdherence(plan, performed, sets)).toEqual([
      {
        week: '2024-W10',
        isoYear: 2024,
        weekNumber: 10,
        weekStart: '2024-03-04',
        sessionsPlanned: 3,
        sessionsDone: 2,
        sessionRatio: 2 / 3,
        setsPlanned: 11,
        setsDone: 3 + 3 + 0 + 2,
        setRatio: 8 / 11,
        unplannedSessions: 0,
        extraSets: 2 + 1,
      },
      {
        week: '2024-W11',
        isoYear: 2024,
        weekNumber: 11,
        weekStart: '2024-03-11',
        sessionsPlanned: 1,
        sessionsDone: 0,
        sessionRatio: 0,
        setsPlanned: 4,
        setsDone: 0,
        setRatio: 0,
        unplannedSessions: 1,
        extraSets: 4,
      },
    ]);
  });

  it('gives a null ratio, not 1, to a week with nothing planned', () => {
    const [week] = computeWeeklyAdherence([], [{ sessionId: 9, performedOn: '2024-03-20', plannedSessionId: null }], [{ sessionId: 9, exerciseId: 'squat', isWarmup: false }]);
    expect(week).toMatchObject({ week: '2024-W12', sessionsPlanned: 0, sessionRatio: null, setRatio: null, unplannedSessions: 1, extraSets: 1 });
  });

  it('rejects impossible input', () => {
    expect(() => computeWeeklyAdherence([{ plannedSessionId: 'X', scheduledOn: '2024-03-04', exercises: [{ exerciseId: 1, sets: -1 }] }], [], [])).toThrow(RangeError);
    expect(() => computeWeeklyAdherence([], [{ sessionId: 1, performedOn: '2024-03-04', plannedSessionId: 'nope' }], [])).toThrow(RangeError);
    expect(() => computeWeeklyAdherence([{ plannedSessionId: 'X', scheduledOn: '2024-02-30', exercises: [] }], [], [])).toThrow(RangeError);
  });

  const scenario = fc
    .record({
      planned: fc.array(
        fc.record({
          scheduledDay: fc.integer({ min: 19700, max: 19760 }),
          exercises: fc.array(fc.record({ exerciseId: fc.integer({ min: 0, max: 3 }), sets: fc.integer({ min: 0, max: 5 }) }), { maxLength: 4 }),
        }),
        { maxLength: 12 },
      ),
      performed: fc.array(fc.record({ performedDay: fc.integer({ min: 19700, max: 19770 }), plan: fc.option(fc.nat(), { nil: null }) }), { maxLength: 12 }),
      sets: fc.array(fc.record({ session: fc.nat(), exerciseId: fc.integer({ min: 0, max: 4 }), isWarmup: fc.boolean() }), { maxLength: 60 }),
    })
    .map(({ planned, performed, sets }) => {
      const plannedSessions: PlannedSession[] = planned.map((p, i) => ({ plannedSessionId: `p${i}`, scheduledOn: isoDateOf(p.scheduledDay), exercises: p.exercises }));
      const performedSessions: PerformedSession[] = performed.map((p, i) => ({
        sessionId: i,
        performedOn: isoDateOf(p.performedDay),
        plannedSessionId: p.plan === null || planned.length === 0 ? null : `p${p.plan % planned.length}`,
      }));
      const loggedSets: AdherenceSet[] = performed.length === 0 ? [] : sets.map((s) => ({ sessionId: s.session % performed.length, exerciseId: s.exerciseId, isWarmup: s.isWarmup }));
      return { plannedSessions, performedSessions, loggedSets };
    });

  it('keeps both ratios in [0, 1], null exactly when nothing was planned', () => {
    fc.assert(
      fc.property(scenario, ({ plannedSessions, performedSessions, loggedSets }) => {
        for (const week of computeWeeklyAdherence(plannedSessions, performedSessions, loggedSets)) {
          expect(week.sessionRatio === null).toBe(week.sessionsPlanned === 0);
          expect(week.setRatio === null).toBe(week.setsPlanned === 0);
          for (const ratio of [week.sessionRatio, week.setRatio]) {
            if (ratio !== null) {
              expect(ratio).toBeGreaterThanOrEqual(0);
              expect(ratio).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
    );
  });

  it('counts every working set once, as done towards the plan or as extra, and never a warm-up', () => {
    fc.assert(
      fc.property(scenario, ({ plannedSessions, performedSessions, loggedSets }) => {
        const weeks = computeWeeklyAdherence(plannedSessions, performedSessions, loggedSets);
        const counted = weeks.reduce((sum, week) => sum + week.setsDone + week.extraSets, 0);
        expect(counted).toBe(loggedSets.filter((set) => !set.isWarmup).length);
        const withMoreWarmups = [...loggedSets, ...loggedSets.map((set) => ({ ...set, isWarmup: true }))];
        expect(computeWeeklyAdherence(plannedSessions, performedSessions, withMoreWarmups)).toEqual(weeks);
      }),
    );
  });
});

describe('assessSetCompliance', () => {
  it.each([
    // target, actual, load, reps, rpe, verdict, reason codes
    [{ weightKg: 100, repsMin: 5, rpe: 8 }, { weightKg: 100, reps: 5, rpe: 8 }, 'MET', 'MET', 'MET', 'COMPLIANT', []],
    // ±2.5 % of 100 kg = 2.5 kg: 97.5 is in, 97 is out.
    [{ weightKg: 100, repsMin: 5 }, { weightKg: 97.5, reps: 5 }, 'MET', 'MET', 'NOT_TARGETED', 'COMPLIANT', []],
    [{ weightKg: 100, repsMin: 5 }, { weightKg: 97, reps: 5 }, 'UNDER', 'MET', 'NOT_TARGETED', 'NON_COMPLIANT', ['LOAD_UNDER']],
    [{ weightKg: 100, repsMin: 5 }, { weightKg: 103, reps: 5 }, 'OVER', 'MET', 'NOT_TARGETED', 'NON_COMPLIANT', ['LOAD_OVER']],
    // Light loads: the 1.25 kg floor, not 2.5 % of 20 kg (0.5 kg), so rounding to a plate is no miss.
    [{ weightKg: 20, repsMin: 10 }, { weightKg: 21.25, reps: 10 }, 'MET', 'MET', 'NOT_TARGETED', 'COMPLIANT', []],
    [{ weightKg: 60, repsMin: 8, repsMax: 12 }, { weightKg: 60, reps: 7 }, 'MET', 'UNDER', 'NOT_TARGETED', 'NON_COMPLIANT', ['REPS_UNDER']],
    [{ weightKg: 60, repsMin: 8, repsMax: 12 }, { weightKg: 60, reps: 13 }, 'MET', 'MET', 'NOT_TARGETED', 'COMPLIANT', ['REPS_ABOVE_RANGE']],
    // RIR 2 reads as RPE 8 (Zourdos et al. 2016).
    [{ weightKg: 100, repsMin: 5, rpe: 8 }, { weightKg: 100, reps: 5, rir: 2 }, 'MET', 'MET', 'MET', 'COMPLIANT', []],
    [{ weightKg: 100, repsMin: 5, rpe: 8 }, { weightKg: 100, reps: 5, rpe: 8.5 }, 'MET', 'MET', 'MET', 'COMPLIANT', []],
    [{ weightKg: 100, repsMin: 5, rpe: 8 }, { weightKg: 100, reps: 5, rpe: 9 }, 'MET', 'MET', 'OVER', 'NON_COMPLIANT', ['RPE_OVER']],
    [{ weightKg: 100, repsMin: 5, rpe: 8 }, { weightKg: 100, reps: 5, rir: 4 }, 'MET', 'MET', 'UNDER', 'NON_COMPLIANT', ['RPE_UNDER']],
    [{ weightKg: 100, repsMin: 5, rpe: 8 }, { weightKg: 100, reps: 5 }, 'MET', 'MET', 'NOT_RECORDED', 'COMPLIANT', ['RPE_NOT_RECORDED']],
    [{ repsMin: 10 }, { weightKg: 0, reps: 4 }, 'NOT_TARGETED', 'UNDER', 'NOT_TARGETED', 'NON_COMPLIANT', ['REPS_UNDER']],
    [{ weightKg: 100, repsMin: 5, rpe: 8 }, { weightKg: 90, reps: 3, rpe: 10 }, 'UNDER', 'UNDER', 'OVER', 'NON_COMPLIANT', ['LOAD_UNDER', 'REPS_UNDER', 'RPE_OVER']],
  ] as const)('%o vs %o', (target, actual, load, reps, rpe, verdict, codes) => {
    const result = assessSetCompliance(target, actual);
    expect({ load: result.load, reps: result.reps, rpe: result.rpe, verdict: result.verdict }).toEqual({ load, reps, rpe, verdict });
    expect(result.reasons.map((reason) => reason.code)).toEqual(codes);
  });

  it('explains a miss in words with the numbers', () => {
    expect(assessSetCompliance({ weightKg: 100, repsMin: 5 }, { weightKg: 95, reps: 5 }).reasons[0]!.message).toBe(
      'Load 95 kg is 5 kg under the 100 kg target (tolerance ±2.5 kg)',
    );
  });

  it('accepts a lenient ±1 RPE tolerance', () => {
    expect(assessSetCompliance({ repsMin: 5, rpe: 8 }, { weightKg: 100, reps: 5, rpe: 9 }, { loadFraction: 0.025, loadKgFloor: 1.25, rpe: 1 }).verdict).toBe('COMPLIANT');
  });

  it('rejects out-of-range input', () => {
    expect(() => assessSetCompliance({ repsMin: 0 }, { weightKg: 1, reps: 1 })).toThrow(RangeError);
    expect(() => assessSetCompliance({ repsMin: 8, repsMax: 6 }, { weightKg: 1, reps: 1 })).toThrow(RangeError);
    expect(() => assessSetCompliance({ repsMin: 5 }, { weightKg: -1, reps: 1 })).toThrow(RangeError);
    expect(() => assessSetCompliance({ repsMin: 5 }, { weightKg: 1, reps: 1.5 })).toThrow(RangeError);
    expect(() => assessSetCompliance({ repsMin: 5, rpe: 11 }, { weightKg: 1, reps: 1 })).toThrow(RangeError);
    expect(() => assessSetCompliance({ repsMin: 5 }, { weightKg: 1, reps: 1, rir: -1 })).toThrow(RangeError);
  });

  it('meets the rep target exactly when reps reach the minimum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 30 }), (repsMin, reps) => {
        expect(assessSetCompliance({ repsMin }, { weightKg: 50, reps }).reps).toBe(reps >= repsMin ? 'MET' : 'UNDER');
      }),
    );
  });
});
