import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayOf, isoDateOf } from './dates.js';
import { type MuscleVolume, type VolumeSet, computeSessionVolumes, computeWeeklyVolume, isHardSet } from './volume.js';

const bench = { primaryMuscle: 'chest', secondaryMuscles: ['triceps', 'front-delts'] };
const pullUp = { primaryMuscle: 'lats', secondaryMuscles: ['biceps'] };

describe('isHardSet', () => {
  // Hard = working set within 3 reps of failure; RPE r reads as RIR 10 − r (Zourdos et al. 2016,
  // J Strength Cond Res 30(1):267–275); unknown effort counts as hard.
  it.each([
    [{ isWarmup: false, reps: 5, rpe: 8 }, true],
    [{ isWarmup: false, reps: 5, rpe: 7 }, true],
    [{ isWarmup: false, reps: 5, rpe: 6.5 }, false],
    [{ isWarmup: false, reps: 5, rir: 3 }, true],
    [{ isWarmup: false, reps: 5, rir: 4 }, false],
    [{ isWarmup: false, reps: 5, rir: 0 }, true],
    [{ isWarmup: false, reps: 5 }, true],
    [{ isWarmup: false, reps: 5, rpe: null, rir: null }, true],
    [{ isWarmup: false, reps: 5, rpe: 5, rir: 1 }, true], // RIR, logged directly, wins
    [{ isWarmup: true, reps: 5, rpe: 9 }, false],
    [{ isWarmup: false, reps: 0 }, false],
  ])('%o → %s', (set, hard) => {
    expect(isHardSet(set)).toBe(hard);
  });
});

describe('computeSessionVolumes / computeWeeklyVolume', () => {
  const day = '2024-03-05'; // Tuesday of 2024-W10
  const sets: VolumeSet[] = [
    { sessionId: 1, performedOn: day, weightKg: 60, reps: 5, isWarmup: true, ...bench },
    { sessionId: 1, performedOn: day, weightKg: 100, reps: 5, rpe: 8, isWarmup: false, ...bench },
    { sessionId: 1, performedOn: day, weightKg: 100, reps: 5, rpe: 6, isWarmup: false, ...bench },
    { sessionId: 1, performedOn: day, weightKg: 0, reps: 8, isWarmup: false, ...pullUp },
    // A second session that same week: bench again, listing chest as a secondary too (ignored).
    { sessionId: 2, performedOn: '2024-03-07', weightKg: 90, reps: 8, rir: 2, isWarmup: false, primaryMuscle: 'chest', secondaryMuscles: ['chest', 'triceps', 'triceps'] },
  ];

  it('counts hard sets and tonnage per muscle, secondaries at half, warm-ups not at all', () => {
    const [first, second] = computeSessionVolumes(sets);
    expect(first).toEqual({
      sessionId: 1,
      performedOn: day,
      muscles: [
        { muscle: 'biceps', hardSets: 0.5, tonnageKg: 0 },
        { muscle: 'chest', hardSets: 1, tonnageKg: 1000 },
        { muscle: 'front-delts', hardSets: 0.5, tonnageKg: 500 },
        { muscle: 'lats', hardSets: 1, tonnageKg: 0 },
        { muscle: 'triceps', hardSets: 0.5, tonnageKg: 500 },
      ],
    });
    expect(second!.muscles).toEqual([
      { muscle: 'chest', hardSets: 1, tonnageKg: 720 },
      { muscle: 'triceps', hardSets: 0.5, tonnageKg: 360 },
    ]);
    expect(computeWeeklyVolume(sets)).toEqual([
      {
        week: '2024-W10',
        isoYear: 2024,
        weekNumber: 10,
        weekStart: '2024-03-04',
        sessionIds: [1, 2],
        muscles: [
          { muscle: 'biceps', hardSets: 0.5, tonnageKg: 0 },
          { muscle: 'chest', hardSets: 2, tonnageKg: 1720 },
          { muscle: 'front-delts', hardSets: 0.5, tonnageKg: 500 },
          { muscle: 'lats', hardSets: 1, tonnageKg: 0 },
          { muscle: 'triceps', hardSets: 1, tonnageKg: 860 },
        ],
      },
    ]);
  });

  it('puts a session that crosses midnight into the week and day it started', () => {
    const late: VolumeSet[] = [
      { sessionId: 'n', performedOn: '2024-03-11', weightKg: 50, reps: 10, isWarmup: false, ...pullUp },
      { sessionId: 'n', performedOn: '2024-03-10', weightKg: 50, reps: 10, isWarmup: false, ...pullUp },
    ];
    expect(computeSessionVolumes(late)[0]!.performedOn).toBe('2024-03-10');
    expect(computeWeeklyVolume(late).map((week) => week.week)).toEqual(['2024-W10']);
  });

  it('rejects impossible sets', () => {
    const ok: VolumeSet = { sessionId: 1, performedOn: day, weightKg: 50, reps: 5, isWarmup: false, ...bench };
    for (const bad of [{ weightKg: -1 }, { weightKg: Number.POSITIVE_INFINITY }, { reps: 2.5 }, { reps: -1 }, { rpe: 11 }, { rpe: 0 }, { rir: -1 }, { performedOn: '2024-02-30' }]) {
      expect(() => computeWeeklyVolume([{ ...ok, ...bad }]), JSON.stringify(bad)).toThrow(RangeError);
      expect(() => computeSessionVolumes([{ ...ok, ...bad }]), JSON.stringify(bad)).toThrow(RangeError);
    }
  });

  const muscle = fc.constantFrom('chest', 'triceps', 'front-delts', 'lats', 'biceps', 'quads', 'glutes');
  const volumeSet = fc.record({
    sessionId: fc.integer({ min: 0, max: 9 }),
    dayOffset: fc.integer({ min: 0, max: 1 }),
    // Quarter kilograms × whole reps, halved: every sum is exact in a double, so equality is exact.
    weightKg: fc.integer({ min: 0, max: 1200 }).map((quarterKg) => quarterKg / 4),
    reps: fc.integer({ min: 0, max: 30 }),
    rpe: fc.option(fc.integer({ min: 2, max: 20 }).map((half) => half / 2), { nil: null }),
    rir: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    isWarmup: fc.boolean(),
    primaryMuscle: muscle,
    secondaryMuscles: fc.array(muscle, { maxLength: 3 }),
  });
  // Each session starts on its own day over ~5 weeks; some sets fall on the next day.
  const logged = fc.array(volumeSet, { maxLength: 40 }).map((sets) =>
    sets.map(({ dayOffset, ...set }): VolumeSet => ({ ...set, performedOn: isoDateOf(epochDayOf('2024-02-26') + set.sessionId * 4 + dayOffset) })),
  );

  const sum = (parts: readonly MuscleVolume[][]) => {
    const totals = new Map<string, MuscleVolume>();
    for (const part of parts) {
      for (const { muscle, hardSets, tonnageKg } of part) {
        const total = totals.get(muscle) ?? { muscle, hardSets: 0, tonnageKg: 0 };
        totals.set(muscle, { muscle, hardSets: total.hardSets + hardSets, tonnageKg: total.tonnageKg + tonnageKg });
      }
    }
    return [...totals.values()].sort((a, b) => a.muscle.localeCompare(b.muscle));
  };

  it("gives each week the sum of its sessions' volumes", () => {
    fc.assert(
      fc.property(logged, (sets) => {
        const sessions = computeSessionVolumes(sets);
        const weeks = computeWeeklyVolume(sets);
        expect(weeks.flatMap((week) => week.sessionIds).sort()).toEqual(sessions.map((session) => session.sessionId).sort());
        for (const week of weeks) {
          const parts = sessions.filter((session) => week.sessionIds.includes(session.sessionId)).map((session) => session.muscles);
          expect(week.muscles).toEqual(sum(parts));
        }
      }),
    );
  });

  it('never changes hard sets (or tonnage) when a warm-up set is added', () => {
    fc.assert(
      fc.property(logged, volumeSet, (sets, warmup) => {
        const { dayOffset: _dayOffset, ...rest } = warmup;
        const base = sets[0];
        const extra: VolumeSet = { ...rest, isWarmup: true, sessionId: base?.sessionId ?? 0, performedOn: base?.performedOn ?? '2024-03-01' };
        // A warm-up alone in a new session creates an empty session, so only compare against existing ones.
        fc.pre(base !== undefined);
        expect(computeWeeklyVolume([...sets, extra])).toEqual(computeWeeklyVolume(sets));
        expect(computeSessionVolumes([extra, ...sets])).toEqual(computeSessionVolumes(sets));
      }),
    );
  });

  it('gives each secondary muscle exactly half of what the primary gets from a set', () => {
    fc.assert(
      fc.property(volumeSet, (generated) => {
        const { dayOffset: _dayOffset, ...set } = generated;
        const [session] = computeSessionVolumes([{ ...set, isWarmup: false, performedOn: '2024-03-05' }]);
        const of = (name: string) => session!.muscles.find((entry) => entry.muscle === name)!;
        const primary = of(set.primaryMuscle);
        expect(primary.hardSets).toBe(isHardSet({ ...set, isWarmup: false }) ? 1 : 0);
        expect(primary.tonnageKg).toBe(set.weightKg * set.reps);
        for (const secondary of new Set(set.secondaryMuscles)) {
          if (secondary === set.primaryMuscle) continue;
          expect(of(secondary).hardSets).toBe(primary.hardSets / 2);
          expect(of(secondary).tonnageKg).toBe(primary.tonnageKg / 2);
        }
        expect(session!.muscles).toHaveLength(new Set([set.primaryMuscle, ...set.secondaryMuscles]).size);
      }),
    );
  });
});
