import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const SET_RULES = `mutation ($input: SetMovementRulesInput!) { setMovementRules(input: $input) {
  athlete { id } rules { exercise { slug } movement ruleType cadence notes } } }`;
const RULES = `query ($id: ID!) { node(id: $id) { ... on Athlete { movementRules { exercise { slug } movement ruleType cadence notes } } } }`;
const SUBSTITUTES = `query ($athleteId: ID!) { exercise(slug: "barbell-back-squat") { substitutes(athleteId: $athleteId, first: 100) {
  substitutes { exercise { slug movement } score reasonCodes } rejected { exercise { slug movement } reasonCodes } } } }`;

interface Candidate {
  exercise: { slug: string; movement: string };
  score?: number;
  reasonCodes: string[];
}

async function exerciseId(slug: string): Promise<string> {
  const [row] = await rawQuery<{ id: number }>(server.orm.em.fork(), 'select id from exercises where slug = ?', [slug]);
  return toGlobalId('Exercise', row!.id);
}

async function storedRules(subjectId: number) {
  return rawQuery<{ exercise_id: number | null; movement: string | null; rule_type: string; cadence: string }>(
    server.orm.em.fork(),
    'select exercise_id, movement, rule_type, cadence from subject_movement_rules where subject_id = ? order by id',
    [subjectId],
  );
}

describe('setMovementRules', () => {
  it('replaces the whole list, reads back on Athlete.movementRules, and the same list twice stores the same rules', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const athleteId = toGlobalId('Athlete', athlete.subjectId);
    const rules = [
      { movement: 'LUNGE', ruleType: 'HARD_NO', notes: '  knee  ' },
      { exerciseId: await exerciseId('barbell-front-squat'), ruleType: 'HARD_YES', cadence: 'WEEKLY' },
    ];
    const first = await server.gql<{ setMovementRules: { rules: unknown[] } }>(SET_RULES, { input: { athleteId, rules } }, token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.setMovementRules.rules).toEqual([
      { exercise: { slug: 'barbell-front-squat' }, movement: null, ruleType: 'HARD_YES', cadence: 'WEEKLY', notes: null },
      { exercise: null, movement: 'LUNGE', ruleType: 'HARD_NO', cadence: 'PER_MICROCYCLE', notes: 'knee' },
    ]);
    const again = await server.gql(SET_RULES, { input: { athleteId, rules } }, token);
    expect(again.errors).toBeUndefined();
    expect(await storedRules(athlete.subjectId)).toHaveLength(2);
    const read = await server.gql<{ node: { movementRules: unknown[] } }>(RULES, { id: athleteId }, token);
    expect(read.data!.node.movementRules).toEqual(first.data!.setMovementRules.rules);

    const cleared = await server.gql(SET_RULES, { input: { athleteId, rules: [] } }, token);
    expect(cleared.errors).toBeUndefined();
    expect(await storedRules(athlete.subjectId)).toEqual([]);
  });

  it('answers createdAt as an ISO date-time in the payload and on Athlete.movementRules (regression: the raw column text was an internal error)', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const athleteId = toGlobalId('Athlete', athlete.subjectId);
    const set = await server.gql<{ setMovementRules: { rules: { createdAt: string }[] } }>(
      'mutation ($input: SetMovementRulesInput!) { setMovementRules(input: $input) { rules { createdAt } } }',
      { input: { athleteId, rules: [{ movement: 'LUNGE', ruleType: 'HARD_NO' }] } },
      token,
    );
    expect(set.errors).toBeUndefined();
    const createdAt = set.data!.setMovementRules.rules[0]!.createdAt;
    expect(createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(Math.abs(Date.parse(createdAt) - Date.now())).toBeLessThan(60_000);
    const read = await server.gql<{ node: { movementRules: { createdAt: string }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on Athlete { movementRules { createdAt } } } }',
      { id: athleteId },
      token,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.node.movementRules).toEqual([{ createdAt }]);
  });

  it('refuses a rule with both or neither target, an unknown exercise and a target listed twice, storing nothing', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const athleteId = toGlobalId('Athlete', athlete.subjectId);
    const squat = await exerciseId('barbell-front-squat');
    const cases: [unknown[], string][] = [
      [[{ ruleType: 'HARD_NO' }], 'rules.0.exerciseId'],
      [[{ movement: 'SQUAT', ruleType: 'HARD_NO' }, { exerciseId: squat, movement: 'HINGE', ruleType: 'PREFERRED' }], 'rules.1.exerciseId'],
      [[{ exerciseId: toGlobalId('Exercise', 999_999), ruleType: 'HARD_NO' }], 'rules.0.exerciseId'],
      [[{ exerciseId: toGlobalId('Routine', 1), ruleType: 'HARD_NO' }], 'rules.0.exerciseId'],
      [[{ exerciseId: squat, ruleType: 'HARD_NO' }, { exerciseId: squat, ruleType: 'PREFERRED' }], 'rules.1.exerciseId'],
      [[{ movement: 'SQUAT', ruleType: 'HARD_NO' }, { movement: 'SQUAT', ruleType: 'PREFERRED' }], 'rules.1.movement'],
      [[{ movement: 'SQUAT', ruleType: 'HARD_NO', notes: 'x'.repeat(1001) }], 'rules.0.notes'],
    ];
    for (const [rules, field] of cases) {
      const result = await server.gql(SET_RULES, { input: { athleteId, rules } }, token);
      expect(result.errors?.[0]?.extensions, JSON.stringify(rules)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0]?.message).toMatch(/\S{3,}/);
    }
    expect(await storedRules(athlete.subjectId)).toEqual([]);
  });

  it("is the athlete's and their coach's to set: anyone else gets NOT_FOUND and changes nothing", async () => {
    const coach = await createTestCoach(server.orm);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user });
    const stranger = await createTestAthlete(server.orm);
    const input = { athleteId: toGlobalId('Athlete', athlete.subjectId), rules: [{ movement: 'HINGE', ruleType: 'HARD_NO' }] };

    const byStranger = await server.gql(SET_RULES, { input }, await logInAs(server, stranger.email));
    expect(byStranger.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await storedRules(athlete.subjectId)).toEqual([]);

    const byCoach = await server.gql(SET_RULES, { input }, await logInAs(server, coach.email));
    expect(byCoach.errors).toBeUndefined();
    expect(await storedRules(athlete.subjectId)).toEqual([{ exercise_id: null, movement: 'HINGE', rule_type: 'HARD_NO', cadence: 'PER_MICROCYCLE' }]);
  });

  it('the database refuses a rule with both targets or none, by name', async () => {
    const athlete = await createTestAthlete(server.orm);
    const em = server.orm.em.fork();
    for (const [exercise, movement] of [[null, null], [(await storedExercise()), 'SQUAT']] as const) {
      await expect(
        rawQuery(em, `insert into subject_movement_rules (subject_id, exercise_id, movement, rule_type) values (?, ?, ?, 'HARD_NO')`, [athlete.subjectId, exercise, movement]),
      ).rejects.toMatchObject({ constraint: 'ck_smr_one_target' });
    }
    async function storedExercise() {
      const [row] = await rawQuery<{ id: number }>(em, "select id from exercises where slug = 'barbell-front-squat'");
      return row!.id;
    }
  });
});

describe('Exercise.substitutes under movement rules', () => {
  it('rejects HARD_NO exercises and patterns with their reason, and ranks HARD_YES and PREFERRED candidates higher', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const athleteId = toGlobalId('Athlete', athlete.subjectId);
    const read = async () => (await server.gql<{ exercise: { substitutes: { substitutes: Candidate[]; rejected: Candidate[] } } }>(SUBSTITUTES, { athleteId }, token)).data!.exercise.substitutes;

    const before = await read();
    const lunges = before.substitutes.filter((c) => c.exercise.movement === 'LUNGE');
    expect(lunges.length).toBeGreaterThan(0);
    const front = before.substitutes.find((c) => c.exercise.slug === 'barbell-front-squat')!;
    // Boost the lowest-ranked related substitute to show PREFERRED moves it up.
    const last = before.substitutes.at(-1)!;

    const set = await server.gql(SET_RULES, {
      input: {
        athleteId,
        rules: [
          { movement: 'LUNGE', ruleType: 'HARD_NO' },
          { exerciseId: await exerciseId('barbell-front-squat'), ruleType: 'HARD_NO' },
          { exerciseId: await exerciseId(last.exercise.slug), ruleType: 'PREFERRED' },
        ],
      },
    }, token);
    expect(set.errors).toBeUndefined();

    const after = await read();
    const slugs = after.substitutes.map((c) => c.exercise.slug);
    for (const lunge of lunges) {
      expect(slugs).not.toContain(lunge.exercise.slug);
      expect(after.rejected.find((c) => c.exercise.slug === lunge.exercise.slug)?.reasonCodes[0]).toBe('HARD_NO');
    }
    expect(slugs).not.toContain(front.exercise.slug);
    expect(after.rejected.find((c) => c.exercise.slug === 'barbell-front-squat')?.reasonCodes[0]).toBe('HARD_NO');
    const boosted = after.substitutes.find((c) => c.exercise.slug === last.exercise.slug)!;
    expect(boosted.reasonCodes).toContain('PREFERRED');
    expect(boosted.score).toBe(last.score! + 10);
  });
});
