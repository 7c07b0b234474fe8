import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AdherenceSet, PerformedSession, PlannedSession } from './adherence.js';
import { ATTENTION_DEFAULTS, assessAttention } from './attention.js';
import { epochDayOf, isoDateOf } from './dates.js';

// 2026-11-23 is a Monday: the recent weeks are W47 (16th–22nd) and W48 (23rd–); the baseline W43–W46.
const AS_OF = '2026-11-25';
const day = (offset: number) => isoDateOf(epochDayOf(AS_OF) + offset);

/** A planned session of 4 working sets (one exercise) on `date`, done with `done` working sets (null: not trained). */
function week(sessions: { date: string; done: number | null; planned?: number }[]) {
  const planned: PlannedSession[] = [];
  const performed: PerformedSession[] = [];
  const sets: AdherenceSet[] = [];
  sessions.forEach(({ date, done, planned: count = 4 }, index) => {
    planned.push({ plannedSessionId: index, scheduledOn: date, exercises: [{ exerciseId: 1, sets: count }] });
    if (done === null) return;
    performed.push({ sessionId: index, performedOn: date, plannedSessionId: index });
    for (let i = 0; i < done; i++) sets.push({ sessionId: index, exerciseId: 1, isWarmup: false });
    sets.push({ sessionId: index, exerciseId: 1, isWarmup: true });
  });
  return { planned, performed, sets, asOf: AS_OF };
}

/** Three sessions a week over the baseline weeks (W43–W46), all sets done. */
const fullBaseline = Array.from({ length: 12 }, (_, i) => ({ date: day(-37 + Math.floor(i / 3) * 7 + (i % 3) * 2), done: 4 }));

describe('assessAttention', () => {
  it('leaves an athlete who keeps doing the plan alone', () => {
    const attention = assessAttention(week([...fullBaseline, { date: day(-9), done: 4 }, { date: day(-7), done: 4 }, { date: day(-2), done: 4 }, { date: day(-1), done: 4 }]));
    expect(attention).toEqual({ needsAttention: false, reasons: [], recentSetRatio: 1, baselineSetRatio: 1, missedSessions: 0, lastTrainedOn: day(-1) });
  });

  it('flags a drop of 15 points or more in set compliance, with both figures in the message', () => {
    // Recent: 16 planned, 12 done = 75 % against 100 %: a 25-point drop.
    const attention = assessAttention(week([...fullBaseline, { date: day(-9), done: 3 }, { date: day(-7), done: 3 }, { date: day(-2), done: 3 }, { date: day(-1), done: 3 }]));
    expect(attention.reasons).toEqual([{ code: 'COMPLIANCE_DROP', message: 'Set compliance fell from 100 % to 75 % (last 2 weeks vs the 4 weeks before).' }]);
    expect(attention.needsAttention).toBe(true);
  });

  it('does not flag a drop just under the threshold (100 % → 87.5 %)', () => {
    const attention = assessAttention(week([...fullBaseline, { date: day(-9), done: 4 }, { date: day(-7), done: 3 }, { date: day(-2), done: 4 }, { date: day(-1), done: 3 }]));
    expect(attention.recentSetRatio).toBe(0.875);
    expect(attention.reasons).toEqual([]);
  });

  it('needs a baseline of at least 10 planned sets before calling anything a drop', () => {
    const attention = assessAttention(week([{ date: day(-30), done: 4 }, { date: day(-2), done: 1 }]));
    expect(attention.baselineSetRatio).toBe(1);
    expect(attention.recentSetRatio).toBe(0.25);
    expect(attention.reasons).toEqual([]);
  });

  it('counts planned sessions missed in the recent weeks, but not today’s or later ones', () => {
    const attention = assessAttention(week([...fullBaseline, { date: day(-9), done: null }, { date: day(-4), done: null }, { date: day(-2), done: 4 }, { date: day(0), done: null }, { date: day(2), done: null }]));
    expect(attention.missedSessions).toBe(2);
    expect(attention.reasons.map((reason) => reason.code)).toEqual(['COMPLIANCE_DROP', 'MISSED_SESSIONS']);
    expect(attention.reasons[1]!.message).toBe('Missed 2 planned sessions in the last 2 weeks.');
    // Today's and the future session are not due: 3 due sessions × 4 sets, 4 done.
    expect(attention.recentSetRatio).toBeCloseTo(4 / 12);
  });

  it('does not judge today’s session while it is in progress (a few sets in is not a drop)', () => {
    const input = week([...fullBaseline, { date: day(-9), done: 4 }, { date: day(-7), done: 4 }, { date: day(-2), done: 4 }, { date: day(0), done: 1 }]);
    const inProgress = { ...input, performed: input.performed.map((session) => (session.performedOn === day(0) ? { ...session, inProgress: true } : session)) };
    expect(assessAttention(inProgress)).toMatchObject({ needsAttention: false, recentSetRatio: 1 });
    // Finished with one set of four, it counts: 13 / 16.
    expect(assessAttention(input).recentSetRatio).toBe(13 / 16);
  });

  it('counts a session opened with warm-ups only as missed', () => {
    const input = week([{ date: day(-3), done: 0 }, { date: day(-2), done: 0 }]);
    expect(assessAttention(input).missedSessions).toBe(2);
  });

  it('flags more than 10 days without a working set, naming the last day', () => {
    const attention = assessAttention(week([...fullBaseline.slice(0, 9)]));
    expect(attention.lastTrainedOn).toBe(day(-19));
    expect(attention.reasons.find((reason) => reason.code === 'NO_RECENT_TRAINING')?.message).toBe(`No training logged for 19 days (last on ${day(-19)}).`);
  });

  it('says nothing about an athlete with no history at all', () => {
    expect(assessAttention({ planned: [], performed: [], sets: [], asOf: AS_OF })).toEqual({
      needsAttention: false,
      reasons: [],
      recentSetRatio: null,
      baselineSetRatio: null,
      missedSessions: 0,
      lastTrainedOn: null,
    });
  });

  it('refuses nonsense options', () => {
    const input = week([]);
    expect(() => assessAttention(input, { ...ATTENTION_DEFAULTS, recentWeeks: 0 })).toThrow(RangeError);
    expect(() => assessAttention(input, { ...ATTENTION_DEFAULTS, complianceDrop: 0 })).toThrow(RangeError);
    expect(() => assessAttention(input, { ...ATTENTION_DEFAULTS, inactiveDays: 1.5 })).toThrow(RangeError);
  });
});

describe('assessAttention properties', () => {
  const sessionArb = fc.record({ offset: fc.integer({ min: -41, max: 6 }), done: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }), planned: fc.integer({ min: 1, max: 5 }) });
  const scenario = fc.array(sessionArb, { maxLength: 30 }).map((sessions) => sessions.map((session) => ({ date: day(session.offset), done: session.done, planned: session.planned })));

  it('has a reason exactly when it needs attention, ratios in [0, 1], reasons in their fixed order', () => {
    const order = ['COMPLIANCE_DROP', 'MISSED_SESSIONS', 'NO_RECENT_TRAINING'];
    fc.assert(
      fc.property(scenario, (sessions) => {
        const attention = assessAttention(week(sessions));
        expect(attention.needsAttention).toBe(attention.reasons.length > 0);
        for (const ratio of [attention.recentSetRatio, attention.baselineSetRatio]) if (ratio !== null) expect(ratio >= 0 && ratio <= 1).toBe(true);
        const codes = attention.reasons.map((reason) => order.indexOf(reason.code));
        expect(codes).toEqual([...codes].sort((a, b) => a - b));
      }),
    );
  });

  it('does not depend on the order of its input', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), (sessions, seed) => {
        const input = week(sessions);
        const shuffle = <T>(items: readonly T[]) => items.map((item, i) => ({ item, key: Math.sin(seed + i) })).sort((a, b) => a.key - b.key).map(({ item }) => item);
        expect(assessAttention({ ...input, planned: shuffle(input.planned), performed: shuffle(input.performed), sets: shuffle(input.sets) })).toEqual(assessAttention(input));
      }),
    );
  });

  it('never flags a compliance drop or missed sessions when every due planned set was done', () => {
    fc.assert(
      fc.property(scenario, (sessions) => {
        const dutiful = sessions.map((session) => ({ ...session, done: session.planned ?? 4 }));
        const codes = assessAttention(week(dutiful)).reasons.map((reason) => reason.code);
        expect(codes).not.toContain('COMPLIANCE_DROP');
        expect(codes).not.toContain('MISSED_SESSIONS');
      }),
    );
  });

  it('one more working set in a recent session that already counts never lowers recent compliance nor adds a missed session', () => {
    // A session of today counts from its first working set on (before that it is not due yet), so
    // its first set may lower the ratio; every later set, and any set of an earlier day, may not.
    fc.assert(
      fc.property(scenario, fc.nat(), (sessions, pick) => {
        const counts = (session: { date: string; done: number | null }) => epochDayOf(session.date) < epochDayOf(AS_OF) || (session.done ?? 0) > 0;
        const recent = sessions
          .map((session, index) => ({ session, index }))
          .filter(({ session }) => epochDayOf(session.date) >= epochDayOf('2026-11-16') && epochDayOf(session.date) <= epochDayOf(AS_OF) && counts(session));
        fc.pre(recent.length > 0);
        const { index } = recent[pick % recent.length]!;
        const more = sessions.map((session, i) => (i === index ? { ...session, done: (session.done ?? 0) + 1 } : session));
        const before = assessAttention(week(sessions));
        const after = assessAttention(week(more));
        if (before.recentSetRatio !== null && after.recentSetRatio !== null) expect(after.recentSetRatio).toBeGreaterThanOrEqual(before.recentSetRatio - 1e-12);
        expect(after.missedSessions).toBeLessThanOrEqual(before.missedSessions);
      }),
    );
  });
});
