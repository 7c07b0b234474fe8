import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { FULL_GYM_REASON } from './substitutes.service.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

interface Candidate {
  exercise: { slug: string; equipmentItems: { code: string }[] };
  score?: number;
  reasons: string[];
  reasonCodes: string[];
}
interface Substitutes {
  assumedFullGym: boolean;
  substitutes: Candidate[];
  rejected: Candidate[];
}

const SUBSTITUTES = `query ($athleteId: ID!, $first: Int) { exercise(slug: "barbell-back-squat") { substitutes(athleteId: $athleteId, first: $first) {
  assumedFullGym
  substitutes { exercise { slug equipmentItems { code } } score reasons reasonCodes }
  rejected { exercise { slug equipmentItems { code } } reasons reasonCodes } } } }`;
/** A home barbell setup: no dumbbells, machines or cables. */
const OWNED = ['BARBELL', 'WEIGHT_PLATES', 'SQUAT_RACK'];
const SET_EQUIPMENT = `mutation ($input: SetAthleteEquipmentInput!) { setAthleteEquipment(input: $input) { equipment { code } } }`;

async function substitutes(token: string, subjectId: number, first = 100) {
  return server.gql<{ exercise: { substitutes: Substitutes } }>(SUBSTITUTES, { athleteId: toGlobalId('Athlete', subjectId), first }, token);
}

describe('Exercise.substitutes', () => {
  it("ranks substitutes by score, never the exercise itself, and leaves out what needs equipment the athlete lacks", async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);

    // Nothing recorded: a full gym, said in every substitute's reasons.
    const before = (await substitutes(token, athlete.subjectId)).data!.exercise.substitutes;
    expect(before.assumedFullGym).toBe(true);
    expect(before.substitutes.length).toBeGreaterThan(5);
    expect(before.rejected.filter((c) => c.reasonCodes.includes('MISSING_EQUIPMENT'))).toEqual([]);
    for (const candidate of before.substitutes) {
      expect(candidate.reasons.at(-1)).toBe(FULL_GYM_REASON);
      expect(candidate.reasonCodes.at(-1)).toBe('FULL_GYM_ASSUMED');
    }
    const needsMore = before.substitutes.filter((c) => c.exercise.equipmentItems.some((item) => ![...OWNED, 'BODYWEIGHT'].includes(item.code)));
    expect(needsMore.length).toBeGreaterThan(0);

    const set = await server.gql(SET_EQUIPMENT, { input: { athleteId: toGlobalId('Athlete', athlete.subjectId), equipmentCodes: OWNED } }, token);
    expect(set.errors).toBeUndefined();
    const after = (await substitutes(token, athlete.subjectId)).data!.exercise.substitutes;
    expect(after.assumedFullGym).toBe(false);
    for (const candidate of after.substitutes) {
      for (const item of candidate.exercise.equipmentItems) expect([...OWNED, 'BODYWEIGHT']).toContain(item.code);
      expect(candidate.reasonCodes).not.toContain('FULL_GYM_ASSUMED');
    }
    const slugs = after.substitutes.map((c) => c.exercise.slug);
    expect(slugs).not.toContain('barbell-back-squat');
    expect(after.rejected.map((c) => c.exercise.slug)).not.toContain('barbell-back-squat');
    expect(slugs).toContain('barbell-front-squat');
    // What the full gym offered and the barbell cannot: rejected now, with the missing equipment named first.
    for (const candidate of needsMore) {
      expect(slugs).not.toContain(candidate.exercise.slug);
      const rejected = after.rejected.find((c) => c.exercise.slug === candidate.exercise.slug)!;
      expect(rejected.reasonCodes[0]).toBe('MISSING_EQUIPMENT');
      expect(rejected.reasons[0]).toMatch(/^Needs equipment the athlete lacks: /);
    }
    const scores = after.substitutes.map((c) => c.score!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(after.substitutes[0]!.reasonCodes).toContain('SAME_MOVEMENT');

    const top3 = (await substitutes(token, athlete.subjectId, 3)).data!.exercise.substitutes.substitutes;
    expect(top3.map((c) => c.exercise.slug)).toEqual(slugs.slice(0, 3));
  });

  it("is for the athlete and their coach only: anyone else gets NOT_FOUND", async () => {
    const coach = await createTestCoach(server.orm);
    const athlete = await createTestAthlete(server.orm, { coach: coach.user });
    const stranger = await createTestAthlete(server.orm);

    const byCoach = await substitutes(await logInAs(server, coach.email), athlete.subjectId);
    expect(byCoach.errors).toBeUndefined();
    expect(byCoach.data!.exercise.substitutes.substitutes.length).toBeGreaterThan(0);

    const byStranger = await substitutes(await logInAs(server, stranger.email), athlete.subjectId);
    expect(byStranger.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(byStranger.data?.exercise ?? null).toBeNull();

    const badPage = await substitutes(await logInAs(server, athlete.email), athlete.subjectId, 101);
    expect(badPage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('costs the same statements for one exercise and for a page of twenty', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const PAGE = `query ($athleteId: ID!, $first: Int) { exercises(first: $first) { edges { node { slug substitutes(athleteId: $athleteId, first: 5) {
      substitutes { exercise { slug } score reasons } rejected { exercise { slug } reasons } } } } } }`;
    const athleteId = toGlobalId('Athlete', athlete.subjectId);
    const one = await server.gql(PAGE, { athleteId, first: 1 }, token);
    const many = await server.gql<{ exercises: { edges: unknown[] } }>(PAGE, { athleteId, first: 20 }, token);
    expect(many.errors).toBeUndefined();
    expect(many.data!.exercises.edges).toHaveLength(20);
    expect(many.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });
});
