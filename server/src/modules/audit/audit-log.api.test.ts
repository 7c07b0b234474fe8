import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { walk, type Page } from '../../test/connections.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { expectError, ok } from '../health/health.test-helpers.js';
import { STRONG_PASSWORD, gqlWith, signUp, sql } from '../identity/identity.test-helpers.js';

const AUDIT = `query ($first: Int, $after: String) { viewer { auditLog(first: $first, after: $after) {
  edges { cursor node { id action entityType entityId at ipAddress userAgent apiKeyId } } pageInfo { hasNextPage endCursor } } } }`;
const LOG_IN = 'mutation ($input: LogInInput!) { logIn(input: $input) { token } }';
const CREATE_KEY = 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }';
const CREATE_ROUTINE = 'mutation ($input: CreateRoutineInput!) { createRoutine(input: $input) { routine { id } } }';
const ATHLETE_ID = '{ viewer { athlete { id } } }';

type Entry = { id: string; action: string; entityType: string | null; entityId: string | null; at: string; ipAddress: string | null; userAgent: string | null; apiKeyId: string | null };
type Audit = { viewer: { auditLog: Page<Entry> } };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const page = (token: string, first: number, after: string | null = null) => server.gql<Audit>(AUDIT, { first, after }, token);

describe('viewer.auditLog', () => {
  it("lists the owner's own entries newest first, with where they came from and the key that made them", async () => {
    const { token, userId, email } = await signUp(server, 'ATHLETE');
    await gqlWith(server, LOG_IN, { input: { email, password: 'Wrong-Password-1' } }, { 'user-agent': 'Intruder/0.1' });
    await gqlWith(server, LOG_IN, { input: { email, password: STRONG_PASSWORD } }, { 'user-agent': 'Phone/3.2' });
    const key = await ok<{ createApiKey: { secret: string; apiKey: { id: string } } }>(server, CREATE_KEY, { input: { clientId: randomUUID(), name: 'Planner', scopes: ['READ', 'WRITE_PLANS'] } }, token);
    const athleteId = (await ok<{ viewer: { athlete: { id: string } } }>(server, ATHLETE_ID, {}, token)).viewer.athlete.id;
    const routine = await ok<{ createRoutine: { routine: { id: string } } }>(
      server,
      CREATE_ROUTINE,
      { input: { athleteId, name: 'Via key', days: [{ title: 'Rest', isRest: true }] } },
      key.createApiKey.secret,
    );

    const result = await page(token, 10);
    expect(result.errors).toBeUndefined();
    const entries = result.data!.viewer.auditLog.edges.map((edge) => edge.node);
    expect(entries.map((entry) => entry.action)).toEqual(['create_routine', 'create_api_key', 'login', 'login_failed', 'register']);
    expect(entries[0]).toMatchObject({ entityType: 'Routine', entityId: routine.createRoutine.routine.id, apiKeyId: key.createApiKey.apiKey.id });
    expect(entries[1]).toMatchObject({ entityType: 'ApiKey', entityId: key.createApiKey.apiKey.id, apiKeyId: null });
    expect(entries[2]).toMatchObject({ entityType: 'User', entityId: toGlobalId('User', userId), userAgent: 'Phone/3.2', ipAddress: expect.stringMatching(/127\.0\.0\.1$/) });
    expect(entries[3]).toMatchObject({ action: 'login_failed', userAgent: 'Intruder/0.1' });
    const times = entries.map((entry) => new Date(entry.at).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('walks every own row exactly once, none of anyone else, at the same statement count for 1 row and for 13', async () => {
    const owner = await signUp(server, 'COACH');
    const other = await signUp(server, 'COACH');
    for (let i = 0; i < 24; i += 1) {
      await ok(server, 'mutation ($input: CreateCoachInviteInput!) { createCoachInvite(input: $input) { code } }', { input: { clientId: randomUUID() } }, i % 2 ? owner.token : other.token);
    }
    const nodes = await walk(async (after) => (await page(owner.token, 5, after)).data!.viewer.auditLog);
    const expected = await sql<{ id: string }>(server, 'select id from audit_logs where user_id = ? order by created_at desc, id desc', [owner.userId]);
    expect(nodes.map((node) => node.id)).toEqual(expected.map((row) => toGlobalId('AuditEntry', Number(row.id))));
    expect(nodes).toHaveLength(13);

    const fresh = await signUp(server, 'ATHLETE');
    const few = await page(fresh.token, 100);
    const many = await page(owner.token, 100);
    expect(few.data!.viewer.auditLog.edges).toHaveLength(1);
    expect(many.data!.viewer.auditLog.edges).toHaveLength(13);
    expect(many.extensions?.sqlStatements).toBe(few.extensions?.sqlStatements);
    expect(few.extensions?.sqlStatements).toBe(4); // the token, the request transaction's identity, the viewer, the page
  });

  it('needs a login session: an API key, even with READ, is FORBIDDEN', async () => {
    const { token } = await signUp(server, 'ATHLETE');
    const key = await ok<{ createApiKey: { secret: string } }>(server, CREATE_KEY, { input: { clientId: randomUUID(), name: 'Reader', scopes: ['READ'] } }, token);
    const result = await page(key.createApiKey.secret, 5);
    expectError(result, 'FORBIDDEN');
    expect(result.errors![0]!.message).toMatch(/login session/);
  });

  it('rejects a cursor it did not make', async () => {
    const { token } = await signUp(server, 'ATHLETE');
    expectError(await page(token, 5, 'bm90IGEgY3Vyc29y'), 'BAD_USER_INPUT', 'after');
    expectError(await page(token, 101), 'BAD_USER_INPUT', 'first');
  });
});
