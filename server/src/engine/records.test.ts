import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateOneRepMax } from './e1rm.js';
import {
  type HeldRecord,
  type LoggedSet,
  type PerformedSet,
  RECORD_KINDS,
  bestsOf,
  detectRecords,
  recomputeRecords,
  recordsHeldBy,
  summariseBests,
} from './records.js';

const set = fc.record({
  weightKg: fc.integer({ min: 0, max: 4000 }).map((quarterKg) => quarterKg / 4),
  reps: fc.integer({ min: 0, max: 20 }),
  isWarmup: fc.boolean(),
});

describe('detectRecords', () => {
  it('reports heaviest weight and best e1RM against the previous bests', () => {
    const previous = summariseBests([
      { weightKg: 100, reps: 5 },
      { weightKg: 110, reps: 1 },
    ]);
    expect(previous).toEqual({ heaviestWeightKg: 110, bestE1rmKg: 116.67, bestSetVolumeKg: 500, bestSessionVolumeKg: null });
    expect(detectRecords(previous, { weightKg: 105, reps: 5 })).toEqual([
      { kind: 'BEST_E1RM', valueKg: 122.5, previousKg: 116.67 },
      { kind: 'SET_VOLUME', valueKg: 525, previousKg: 500 },
    ]);
    expect(detectRecords(previous, { weightKg: 112.5, reps: 1 })).toEqual([{ kind: 'HEAVIEST_WEIGHT', valueKg: 112.5, previousKg: 110 }]);
    expect(detectRecords(previous, { weightKg: 100, reps: 5 })).toEqual([]);
  });

  it('treats a first set as a record of each kind, and ignores warm-ups and 0-rep sets', () => {
    const none = summariseBests([]);
    expect(detectRecords(none, { weightKg: 60, reps: 8 }).map((record) => record.kind)).toEqual(['HEAVIEST_WEIGHT', 'BEST_E1RM', 'SET_VOLUME']);
    expect(detectRecords(none, { weightKg: 60, reps: 8, sessionId: 1 }).map((record) => record.kind)).toEqual([...RECORD_KINDS]);
    expect(detectRecords(none, { weightKg: 60, reps: 8, isWarmup: true })).toEqual([]);
    expect(detectRecords(none, { weightKg: 60, reps: 0 })).toEqual([]);
  });

  it('counts heaviest weight beyond 12 reps, where e1RM is undefined', () => {
    expect(detectRecords(summariseBests([]), { weightKg: 40, reps: 20 })).toEqual([
      { kind: 'HEAVIEST_WEIGHT', valueKg: 40, previousKg: null },
      { kind: 'SET_VOLUME', valueKg: 800, previousKg: null },
    ]);
  });

  it('summarises the same bests whatever the order of the history (order-independent)', () => {
    fc.assert(
      fc.property(fc.array(set, { maxLength: 30 }), fc.integer(), (history, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(history, { minLength: history.length, maxLength: history.length }), { seed, numRuns: 1 })[0]!;
        expect(summariseBests(shuffled)).toEqual(summariseBests(history));
      }),
    );
  });

  it('is idempotent: once a set is in the history it is no longer a record', () => {
    fc.assert(
      fc.property(fc.array(set, { maxLength: 30 }), set, (history: PerformedSet[], next: PerformedSet) => {
        const after = summariseBests([...history, next]);
        expect(detectRecords(after, next)).toEqual([]);
        // A record is exactly a raise of the bests.
        const records = detectRecords(summariseBests(history), next);
        const before = summariseBests(history);
        expect(records.some((record) => record.kind === 'HEAVIEST_WEIGHT')).toBe(after.heaviestWeightKg !== before.heaviestWeightKg);
        expect(records.some((record) => record.kind === 'BEST_E1RM')).toBe(after.bestE1rmKg !== before.bestE1rmKg);
        expect(records.some((record) => record.kind === 'SET_VOLUME')).toBe(after.bestSetVolumeKg !== before.bestSetVolumeKg);
      }),
    );
  });

  it("compares a set's session total with the best session: the session that holds the record can raise it", () => {
    // Sessions 1 and 2 of 100 kg × 5: the best session so far is 1 000 kg (session 1).
    const previous = summariseBests([
      { weightKg: 100, reps: 5, sessionId: 1 },
      { weightKg: 100, reps: 5, sessionId: 1 },
      { weightKg: 100, reps: 5, sessionId: 2 },
    ]);
    expect(previous.bestSessionVolumeKg).toBe(1000);
    // A second set of session 2 ties session 1 (no record); a third beats it.
    expect(detectRecords(previous, { weightKg: 100, reps: 5, sessionId: 2 }, 500)).toEqual([]);
    expect(detectRecords(previous, { weightKg: 100, reps: 5, sessionId: 2 }, 1000)).toEqual([{ kind: 'SESSION_VOLUME', valueKg: 1500, previousKg: 1000 }]);
    // Warm-ups add nothing to a session's volume.
    expect(detectRecords(previous, { weightKg: 100, reps: 5, sessionId: 2, isWarmup: true }, 1000)).toEqual([]);
  });
});

/** Sets with small ranges, so ties of weight, time and session are common. */
const loggedSets = fc
  .array(
    fc.record({
      weightKg: fc.integer({ min: 0, max: 40 }).map((halfKg) => halfKg * 2.5),
      reps: fc.integer({ min: 0, max: 14 }),
      isWarmup: fc.integer({ min: 0, max: 5 }).map((roll) => roll === 0),
      sessionId: fc.option(fc.integer({ min: 1, max: 4 }), { freq: 5 }),
      performedAt: fc.integer({ min: 0, max: 12 }),
    }),
    { maxLength: 25 },
  )
  .map((sets): LoggedSet[] => sets.map((set, index) => ({ ...set, id: index + 1 })));

/** Time order as the API logs sets: by performedAt, then id. */
const chronological = (sets: readonly LoggedSet[]) => [...sets].sort((a, b) => a.performedAt - b.performedAt || a.id - b.id);

/** Keeps records as logSet does, one set at a time: detect against the stored rows, let the set take over what it broke. */
function logOneByOne(sets: readonly LoggedSet[]): HeldRecord[] {
  let held: HeldRecord[] = [];
  const sessionVolume = new Map<number, number>();
  for (const set of chronological(sets)) {
    const before = set.sessionId == null ? 0 : (sessionVolume.get(set.sessionId) ?? 0);
    const taken = recordsHeldBy(set, detectRecords(bestsOf(held), set, before));
    held = RECORD_KINDS.flatMap((kind) => taken.filter((record) => record.kind === kind).concat(held.filter((record) => record.kind === kind)).slice(0, 1));
    if (set.sessionId != null && !set.isWarmup && set.reps >= 1 && set.weightKg > 0) {
      sessionVolume.set(set.sessionId, Math.round((before + set.weightKg * set.reps) * 100) / 100);
    }
  }
  return held;
}

describe('recomputeRecords', () => {
  it('names the holder of each best: the first set to reach it, and for session volume the session', () => {
    const sets: LoggedSet[] = [
      { id: 1, sessionId: 10, performedAt: 1, weightKg: 100, reps: 5 },
      { id: 2, sessionId: 10, performedAt: 2, weightKg: 100, reps: 5 },
      { id: 3, sessionId: 11, performedAt: 3, weightKg: 110, reps: 1 },
      { id: 4, sessionId: 11, performedAt: 4, weightKg: 60, reps: 20 },
      { id: 5, sessionId: 11, performedAt: 5, weightKg: 120, reps: 1, isWarmup: true },
    ];
    expect(recomputeRecords(sets)).toEqual([
      { kind: 'HEAVIEST_WEIGHT', valueKg: 110, setId: 3, sessionId: 11, achievedAt: 3 },
      { kind: 'BEST_E1RM', valueKg: 116.67, setId: 1, sessionId: 10, achievedAt: 1 },
      { kind: 'SET_VOLUME', valueKg: 1200, setId: 4, sessionId: 11, achievedAt: 4 },
      { kind: 'SESSION_VOLUME', valueKg: 1310, setId: null, sessionId: 11, achievedAt: 4 },
    ]);
    // The record set corrected down: the next best takes over; no sets, no records.
    expect(recomputeRecords(sets.map((set) => (set.id === 3 ? { ...set, weightKg: 90 } : set)))[0]).toEqual({
      kind: 'HEAVIEST_WEIGHT', valueKg: 100, setId: 1, sessionId: 10, achievedAt: 1,
    });
    expect(recomputeRecords([])).toEqual([]);
    expect(recomputeRecords([{ id: 1, sessionId: 1, performedAt: 1, weightKg: 0, reps: 10 }])).toEqual([]);
  });

  it('agrees with keeping the records one logged set at a time (what logSet stores)', () => {
    fc.assert(
      fc.property(loggedSets, (sets) => {
        expect(recomputeRecords(sets)).toEqual(logOneByOne(sets));
      }),
    );
  });

  it('is order-independent, and its values are the bests summariseBests finds', () => {
    fc.assert(
      fc.property(loggedSets, fc.integer(), (sets, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(sets, { minLength: sets.length, maxLength: sets.length }), { seed, numRuns: 1 })[0]!;
        const held = recomputeRecords(sets);
        expect(recomputeRecords(shuffled)).toEqual(held);
        expect(bestsOf(held)).toEqual(summariseBests(sets));
      }),
    );
  });

  it('lets no other set beat or reach a held value earlier', () => {
    fc.assert(
      fc.property(loggedSets, (sets) => {
        for (const record of recomputeRecords(sets).filter((held) => held.kind !== 'SESSION_VOLUME')) {
          const holder = sets.find((set) => set.id === record.setId)!;
          expect(detectRecords(summariseBests([]), holder).find((found) => found.kind === record.kind)?.valueKg).toBe(record.valueKg);
          const earlier = chronological(sets).slice(0, chronological(sets).indexOf(holder));
          const before = bestsOf(recomputeRecords(earlier));
          expect(detectRecords(before, holder).some((found) => found.kind === record.kind)).toBe(true);
        }
      }),
    );
  });

  it('rounds e1RM to the cent from exact hundredths, within a cent of the float formula', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 12 }), (weight, reps) => {
        const [record] = recomputeRecords([{ id: 1, performedAt: 0, weightKg: weight / 100, reps }]).filter((held) => held.kind === 'BEST_E1RM');
        expect(Math.abs(record!.valueKg - estimateOneRepMax({ weightKg: weight / 100, reps })!)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});
