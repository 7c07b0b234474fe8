import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import {
  ARCHIVE_ROUTINE,
  CREATE_ROUTINE,
  READ_ROUTINE,
  type RoutineView,
  catalogIds,
  countPlanRows,
  expectedTree,
  storedTree,
  uniqueName,
  upperLowerInput,
} from './planning.test-helpers.js';
import { copyName } from './routine.service.js';

let server: TestServer;
let ids: Map<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  ids = await catalogIds(server.orm);
});
afterAll(async () => {
  await server?.close();
});

const DUPLICATE = `mutation ($input: DuplicateRoutineInput!) {
  duplicateRoutine(input: $input) { routine { id name description isActive revision archivedAt athlete { id }
    createdBy { role isViewer }
    days { dayIndex title isRest notes exercises { position section supersetGroup notes exercise { id slug }
      progressionRule { style incrementKg repRangeMin repRangeMax waveLength deloadEveryNCycles deloadPct }
      sets { setIndex isWarmup toFailure targetReps targetRepsMin targetRepsMax targetWeightKg targetPct1rm targetRir targetRpe targetTempo
        targetRestSeconds targetDurationSeconds targetDistanceMeters notes } } } } } }`;

type Duplicated = { duplicateRoutine: { routine: RoutineView } };
type Created = { createRoutine: { routine: RoutineView } };

async function athleteWithRoutine(options: Parameters<typeof createTestAthlete>[1] = {}) {
  const athlete = await createTestAthlete(server.orm, options);
  const token = await logInAs(server, athlete.email);
  const athleteId = toGlobalId('Athlete', athlete.subjectId);
  const days = upperLowerInput(ids);
  const created = await server.gql<Created>(CREATE_ROUTINE, { input: { athleteId, name: uniqueName('Source'), description: 'Block 1', makeActive: true, days } }, token);
  expect(created.errors).toBeUndefined();
  return { athlete, token, athleteId, days, source: created.data!.createRoutine.routine };
}

describe('copyName', () => {
  it('numbers the copy when "(copy)" is taken and keeps within 120 characters', () => {
    expect(copyName('Upper/Lower', new Set())).toBe('Upper/Lower (copy)');
    expect(copyName('Upper/Lower', new Set(['Upper/Lower (copy)', 'Upper/Lower (copy 2)']))).toBe('Upper/Lower (copy 3)');
    const long = 'x'.repeat(120);
    expect(copyName(long, new Set())).toHaveLength(120);
    expect(copyName(long, new Set()).endsWith(' (copy)')).toBe(true);
  });
});

describe('duplicateRoutine', () => {
  it('copies the whole tree (days, exercises, sets, rules) into a new inactive routine, audited, leaving the source untouched', async () => {
    const { athlete, token, athleteId, days, source } = await athleteWithRoutine();
    const before = await countPlanRows(server.orm, athlete.subjectId);

    const result = await server.gql<Duplicated>(DUPLICATE, { input: { id: source.id, clientId: randomUUID() } }, token);
    expect(result.errors).toBeUndefined();
    const copy = result.data!.duplicateRoutine.routine;
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({ name: `${source.name} (copy)`, description: 'Block 1', isActive: false, revision: 1, archivedAt: null, athlete: { id: athleteId } });
    expect(copy.createdBy).toMatchObject({ role: 'ATHLETE', isViewer: true });
    expect(storedTree(copy.days)).toEqual(expectedTree(days));

    const after = await countPlanRows(server.orm, athlete.subjectId);
    expect(after.routines).toBe(before.routines + 1);
    expect(after.days).toBe(before.days + 4);
    expect(after.sets).toBe(before.sets + days.flatMap((day) => day.exercises.flatMap((slot) => slot.sets)).length);
    const read = await server.gql<{ node: RoutineView }>(READ_ROUTINE, { id: source.id }, token);
    expect(read.data!.node).toMatchObject({ isActive: true, revision: 1 });
    const [audit] = await server.orm.em
      .fork()
      .execute<{ metadata: { sourceRoutineId: number } }[]>("select metadata from audit_logs where action = 'create_routine' and entity_type = 'routine' and entity_id = ?", [
        Number(Buffer.from(copy.id, 'base64url').toString('utf8').split(':')[1]),
      ]);
    expect(audit!.metadata.sourceRoutineId).toBe(Number(Buffer.from(source.id, 'base64url').toString('utf8').split(':')[1]));
  });

  it('is retry-safe: the same clientId returns the first copy and stores nothing more; a new clientId makes "(copy 2)"', async () => {
    const { athlete, token, source } = await athleteWithRoutine();
    const clientId = randomUUID();
    const first = await server.gql<Duplicated>(DUPLICATE, { input: { id: source.id, clientId } }, token);
    const rows = await countPlanRows(server.orm, athlete.subjectId);
    const retried = await server.gql<Duplicated>(DUPLICATE, { input: { id: source.id, clientId } }, token);
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.duplicateRoutine.routine).toEqual(first.data!.duplicateRoutine.routine);
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(rows);

    const [a, b] = await Promise.all([
      server.gql<Duplicated>(DUPLICATE, { input: { id: source.id, clientId: randomUUID() } }, token),
      server.gql<Duplicated>(DUPLICATE, { input: { id: source.id, clientId: randomUUID() } }, token),
    ]);
    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    expect([a.data!.duplicateRoutine.routine.name, b.data!.duplicateRoutine.routine.name].sort()).toEqual([`${source.name} (copy 2)`, `${source.name} (copy 3)`]);
  });

  it('refuses a clientId that copied another routine, a taken name, and a malformed clientId, storing nothing', async () => {
    const { athlete, token, athleteId, source } = await athleteWithRoutine();
    const other = (await server.gql<Created>(CREATE_ROUTINE, { input: { athleteId, name: uniqueName('Other'), days: [{ isRest: true }] } }, token)).data!.createRoutine.routine;
    const clientId = randomUUID();
    await server.gql<Duplicated>(DUPLICATE, { input: { id: source.id, clientId } }, token);
    const rows = await countPlanRows(server.orm, athlete.subjectId);

    const reused = await server.gql(DUPLICATE, { input: { id: other.id, clientId } }, token);
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'clientId' });
    const taken = await server.gql(DUPLICATE, { input: { id: other.id, clientId: randomUUID(), name: source.name } }, token);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const malformed = await server.gql(DUPLICATE, { input: { id: other.id, clientId: 'not-a-uuid' } }, token);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientId' });
    const blank = await server.gql(DUPLICATE, { input: { id: other.id, clientId: randomUUID(), name: '   ' } }, token);
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(rows);

    const named = await server.gql<Duplicated>(DUPLICATE, { input: { id: other.id, clientId: randomUUID(), name: '  Deload block ' } }, token);
    expect(named.data!.duplicateRoutine.routine.name).toBe('Deload block');
  });

  it('copies an archived routine (the copy is editable); lets the coach copy a roster athlete’s routine; refuses strangers with NOT_FOUND', async () => {
    const coach = await createTestCoach(server.orm);
    const { athlete, token, source } = await athleteWithRoutine({ coach: coach.user });
    const archived = await server.gql(ARCHIVE_ROUTINE, { input: { id: source.id, revision: 1 } }, token);
    expect(archived.errors).toBeUndefined();
    const copy = await server.gql<Duplicated>(DUPLICATE, { input: { id: source.id, clientId: randomUUID() } }, token);
    expect(copy.data!.duplicateRoutine.routine).toMatchObject({ archivedAt: null, isActive: false });

    const coachToken = await logInAs(server, coach.email);
    const byCoach = await server.gql<Duplicated>(DUPLICATE, { input: { id: source.id, clientId: randomUUID() } }, coachToken);
    expect(byCoach.errors).toBeUndefined();
    expect(byCoach.data!.duplicateRoutine.routine.createdBy).toMatchObject({ role: 'COACH', isViewer: true });

    const rows = await countPlanRows(server.orm, athlete.subjectId);
    const stranger = await createTestAthlete(server.orm);
    const otherCoach = await createTestCoach(server.orm);
    for (const email of [stranger.email, otherCoach.email]) {
      const refused = await server.gql(DUPLICATE, { input: { id: source.id, clientId: randomUUID() } }, await logInAs(server, email));
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    }
    const anonymous = await server.gql(DUPLICATE, { input: { id: source.id, clientId: randomUUID() } });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await countPlanRows(server.orm, athlete.subjectId)).toEqual(rows);
  });
});
