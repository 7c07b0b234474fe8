import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { createTestAthlete, createTestCoach, logInAs } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { expectError, ok } from '../health/health.test-helpers.js';
import { sha256 } from './auth.service.js';
import { sql } from './identity.test-helpers.js';

const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) {
  secret apiKey { id name prefix scopes createdAt expiresAt lastUsedAt revokedAt active } } }`;
const REVOKE_KEY = 'mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id revokedAt active } } }';
const API_KEYS = 'query ($first: Int, $after: String) { apiKeys(first: $first, after: $after) { edges { node { id name prefix scopes lastUsedAt revokedAt active } } pageInfo { hasNextPage endCursor } } }';
const VIEWER = '{ viewer { email athlete { id } } }';
const ROSTER = '{ viewer { coach { athletes { edges { node { id } } } } } }';
const READ_ATHLETE = 'query ($id: ID!) { node(id: $id) { ... on Athlete { id } } }';
const CREATE_ROUTINE = 'mutation ($input: CreateRoutineInput!) { createRoutine(input: $input) { routine { id } } }';
const BODY_METRICS = 'mutation ($input: RecordBodyMetricsInput!) { recordBodyMetrics(input: $input) { bodyMetric { id weightKg } } }';
const START_SESSION = 'mutation ($input: StartSessionInput!) { startSession(input: $input) { session { id } } }';
const PROGRESS = 'subscription ($id: ID!) { sessionProgress(sessionId: $id) { setsDone } }';

type Key = { id: string; name: string; prefix: string; scopes: string[]; createdAt: string; expiresAt: string | null; lastUsedAt: string | null; revokedAt: string | null; active: boolean };
type Created = { createApiKey: { secret: string; apiKey: Key } };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function athleteWithToken() {
  const athlete = await createTestAthlete(server.orm);
  return { ...athlete, athleteId: toGlobalId('Athlete', athlete.subjectId), token: await logInAs(server, athlete.email) };
}

const createKey = (token: string, scopes: string[], extra: Record<string, unknown> = {}) =>
  ok<Created>(server, CREATE_KEY, { input: { clientId: randomUUID(), name: `key ${randomUUID().slice(0, 8)}`, scopes, ...extra } }, token);
const routineInput = (athleteId: string) => ({ input: { athleteId, name: `Plan ${randomUUID().slice(0, 8)}`, days: [{ title: 'Rest', isRest: true }] } });
const count = async (table: string, column: string, value: number) =>
  (await sql<{ n: number }>(server, `select count(*)::int as n from ${table} where ${column} = ?`, [value]))[0]!.n;

describe('createApiKey, apiKeys, revokeApiKey', () => {
  it('shows the secret once, keeps only its SHA-256, and lists the key with its prefix and scopes', async () => {
    const athlete = await athleteWithToken();
    const created = await createKey(athlete.token, ['WRITE_LOGS', 'READ'], { name: '  Garmin sync ' });
    const { secret, apiKey } = created.createApiKey;
    expect(secret).toMatch(/^rwk_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'Garmin sync', prefix: secret.slice(0, 10), scopes: ['READ', 'WRITE_LOGS'], lastUsedAt: null, revokedAt: null, active: true, expiresAt: null });
    const [row] = await sql<Record<string, unknown>>(server, 'select * from api_keys where user_id = ?', [athlete.userId]);
    expect(row!.secret_hash).toBe(sha256(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(10));
    const listed = await ok<{ apiKeys: { edges: { node: Key }[] } }>(server, API_KEYS, { first: 10 }, athlete.token);
    expect(listed.apiKeys.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ id: apiKey.id, prefix: apiKey.prefix })]);
    const audit = await sql<{ action: string }>(server, "select action from audit_logs where user_id = ? and entity_type = 'api_key'", [athlete.userId]);
    expect(audit.map((entry) => entry.action)).toEqual(['create_api_key']);
  });

  it('a request with the key acts as its owner; lastUsedAt is stamped at most once a minute', async () => {
    const athlete = await athleteWithToken();
    const { secret, apiKey } = (await createKey(athlete.token, ['READ'])).createApiKey;
    const viewer = await ok<{ viewer: { email: string; athlete: { id: string } } }>(server, VIEWER, {}, secret);
    expect(viewer.viewer).toEqual({ email: athlete.email, athlete: { id: athlete.athleteId } });
    const stamp = async () => (await sql<{ last_used_at: string }>(server, 'select last_used_at from api_keys where user_id = ?', [athlete.userId]))[0]!.last_used_at;
    const first = await stamp();
    expect(first).not.toBeNull();
    await ok(server, VIEWER, {}, secret);
    expect(await stamp()).toEqual(first);
    await sql(server, "update api_keys set last_used_at = now() - interval '2 minutes' where user_id = ?", [athlete.userId]);
    const old = await stamp();
    await ok(server, VIEWER, {}, secret);
    expect(new Date(await stamp()).getTime()).toBeGreaterThan(new Date(old).getTime());
    const listed = await ok<{ apiKeys: { edges: { node: Key }[] } }>(server, API_KEYS, {}, athlete.token);
    expect(listed.apiKeys.edges[0]!.node).toMatchObject({ id: apiKey.id, lastUsedAt: expect.any(String) });
  });

  it('a revoked or expired key authenticates no one; revoking again answers the same', async () => {
    const athlete = await athleteWithToken();
    const revoked = (await createKey(athlete.token, ['READ'])).createApiKey;
    const first = await ok<{ revokeApiKey: { apiKey: { revokedAt: string; active: boolean } } }>(server, REVOKE_KEY, { input: { id: revoked.apiKey.id } }, athlete.token);
    expect(first.revokeApiKey.apiKey.active).toBe(false);
    const again = await ok<{ revokeApiKey: { apiKey: { revokedAt: string } } }>(server, REVOKE_KEY, { input: { id: revoked.apiKey.id } }, athlete.token);
    expect(again.revokeApiKey.apiKey.revokedAt).toBe(first.revokeApiKey.apiKey.revokedAt);
    expect((await ok<{ viewer: null }>(server, VIEWER, {}, revoked.secret)).viewer).toBeNull();
    expectError(await server.gql(BODY_METRICS, { input: { athleteId: athlete.athleteId, measuredOn: '2026-01-01', weightKg: 80 } }, revoked.secret), 'UNAUTHENTICATED');

    const expiring = (await createKey(athlete.token, ['READ'], { expiresAt: new Date(Date.now() + 3_600_000).toISOString() })).createApiKey;
    expect((await ok<{ viewer: { email: string } }>(server, VIEWER, {}, expiring.secret)).viewer.email).toBe(athlete.email);
    await sql(server, "update api_keys set expires_at = now() - interval '1 second' where id = ?", [fromGlobalId(expiring.apiKey.id, 'ApiKey', 'id')]);
    expect((await ok<{ viewer: null }>(server, VIEWER, {}, expiring.secret)).viewer).toBeNull();
    const listed = await ok<{ apiKeys: { edges: { node: Key }[] } }>(server, API_KEYS, {}, athlete.token);
    expect(listed.apiKeys.edges.map((edge) => edge.node.active)).toEqual([false, false]);
  });

  it('lists 1 key and 4 keys with the same statements', async () => {
    const one = await athleteWithToken();
    const four = await athleteWithToken();
    await createKey(one.token, ['READ']);
    for (let i = 0; i < 4; i += 1) await createKey(four.token, ['READ']);
    const few = await server.gql<{ apiKeys: { edges: unknown[] } }>(API_KEYS, { first: 10 }, one.token);
    const many = await server.gql<{ apiKeys: { edges: unknown[] } }>(API_KEYS, { first: 10 }, four.token);
    expect([few.data!.apiKeys.edges.length, many.data!.apiKeys.edges.length]).toEqual([1, 4]);
    expect(many.extensions?.sqlStatements).toBe(few.extensions?.sqlStatements);
    expect(few.extensions?.sqlStatements).toBe(3); // the token, the request transaction's identity, the page
  });

  it("answers NOT_FOUND for another account's key and leaves it working", async () => {
    const owner = await athleteWithToken();
    const stranger = await athleteWithToken();
    const { secret, apiKey } = (await createKey(owner.token, ['READ'])).createApiKey;
    expectError(await server.gql(REVOKE_KEY, { input: { id: apiKey.id } }, stranger.token), 'NOT_FOUND');
    expect((await ok<{ viewer: { email: string } }>(server, VIEWER, {}, secret)).viewer.email).toBe(owner.email);
  });

  it('a retry (same clientId and input) before first use returns the same key with a fresh secret; after use it is a CONFLICT', async () => {
    const athlete = await athleteWithToken();
    const input = { clientId: randomUUID(), name: 'Retry me', scopes: ['READ'] };
    const first = await ok<Created>(server, CREATE_KEY, { input }, athlete.token);
    const retry = await ok<Created>(server, CREATE_KEY, { input }, athlete.token);
    expect(retry.createApiKey.apiKey.id).toBe(first.createApiKey.apiKey.id);
    expect(retry.createApiKey.secret).not.toBe(first.createApiKey.secret);
    expect(await count('api_keys', 'user_id', athlete.userId)).toBe(1);
    expect((await ok<{ viewer: null }>(server, VIEWER, {}, first.createApiKey.secret)).viewer).toBeNull();
    expectError(await server.gql(CREATE_KEY, { input: { ...input, scopes: ['READ', 'WRITE_LOGS'] } }, athlete.token), 'CONFLICT', 'clientId');

    await ok(server, VIEWER, {}, retry.createApiKey.secret);
    expectError(await server.gql(CREATE_KEY, { input }, athlete.token), 'CONFLICT', 'clientId');
    expect(await count('api_keys', 'user_id', athlete.userId)).toBe(1);
  });

  it('validates: names unique among live keys, 1–3 distinct scopes, an expiry in the future', async () => {
    const athlete = await athleteWithToken();
    const kept = (await createKey(athlete.token, ['READ'], { name: 'Strava' })).createApiKey;
    expectError(await server.gql(CREATE_KEY, { input: { clientId: randomUUID(), name: 'STRAVA', scopes: ['READ'] } }, athlete.token), 'CONFLICT', 'name');
    await ok(server, REVOKE_KEY, { input: { id: kept.apiKey.id } }, athlete.token);
    await createKey(athlete.token, ['READ'], { name: 'Strava' });

    expectError(await server.gql(CREATE_KEY, { input: { clientId: randomUUID(), name: 'x', scopes: [] } }, athlete.token), 'BAD_USER_INPUT', 'scopes');
    expectError(await server.gql(CREATE_KEY, { input: { clientId: randomUUID(), name: 'x', scopes: ['READ', 'READ'] } }, athlete.token), 'BAD_USER_INPUT', 'scopes');
    expectError(await server.gql(CREATE_KEY, { input: { clientId: randomUUID(), name: '   ', scopes: ['READ'] } }, athlete.token), 'BAD_USER_INPUT', 'name');
    const past = new Date(Date.now() - 60_000).toISOString();
    expectError(await server.gql(CREATE_KEY, { input: { clientId: randomUUID(), name: 'x', scopes: ['READ'], expiresAt: past } }, athlete.token), 'BAD_USER_INPUT', 'expiresAt');
    expectError(await server.gql(CREATE_KEY, { input: { clientId: randomUUID(), name: 'x', scopes: ['READ'] } }), 'UNAUTHENTICATED');
  });
});

describe('scopes', () => {
  it('a READ-only key is FORBIDDEN on write mutations, and nothing changes', async () => {
    const athlete = await athleteWithToken();
    const { secret } = (await createKey(athlete.token, ['READ'])).createApiKey;
    const routines = await count('routines', 'subject_id', athlete.subjectId);
    const created = await server.gql(CREATE_ROUTINE, routineInput(athlete.athleteId), secret);
    expectError(created, 'FORBIDDEN');
    expect(created.errors![0]!.message).toMatch(/write:plans/);
    expectError(await server.gql(BODY_METRICS, { input: { athleteId: athlete.athleteId, measuredOn: '2026-01-01', weightKg: 80 } }, secret), 'FORBIDDEN');
    expectError(await server.gql(START_SESSION, { input: { routineDayId: athlete.dayIds[0] } }, secret), 'FORBIDDEN');
    expect(await count('routines', 'subject_id', athlete.subjectId)).toBe(routines);
    expect(await count('subject_body_metrics', 'subject_id', athlete.subjectId)).toBe(0);
    expect(await count('workout_sessions', 'subject_id', athlete.subjectId)).toBe(0);
    expect(await count('audit_logs', 'user_id', athlete.userId)).toBe(2); // the login and the key's creation
  });

  it('WRITE_LOGS writes logs but not plans, WRITE_PLANS plans but not logs; writes through a key name it in the audit trail', async () => {
    const athlete = await athleteWithToken();
    const logs = (await createKey(athlete.token, ['WRITE_LOGS'])).createApiKey;
    const plans = (await createKey(athlete.token, ['WRITE_PLANS'])).createApiKey;
    expect((await server.gql(BODY_METRICS, { input: { athleteId: athlete.athleteId, measuredOn: '2026-01-01', weightKg: 80 } }, logs.secret)).errors).toBeUndefined();
    expectError(await server.gql(CREATE_ROUTINE, routineInput(athlete.athleteId), logs.secret), 'FORBIDDEN');
    expect((await server.gql(CREATE_ROUTINE, routineInput(athlete.athleteId), plans.secret)).errors).toBeUndefined();
    expectError(await server.gql(BODY_METRICS, { input: { athleteId: athlete.athleteId, measuredOn: '2026-01-02', weightKg: 81 } }, plans.secret), 'FORBIDDEN');
    // Neither has READ: queries are refused.
    expectError(await server.gql(VIEWER, {}, logs.secret), 'FORBIDDEN');
    const [audit] = await sql<{ metadata: { apiKeyId: number } }>(server, "select metadata from audit_logs where user_id = ? and action = 'create_routine'", [athlete.userId]);
    expect(toGlobalId('ApiKey', audit!.metadata.apiKeyId)).toBe(plans.apiKey.id);
  });

  it('account, session, key and invite operations need a login session, whatever the scopes', async () => {
    const athlete = await athleteWithToken();
    const { secret } = (await createKey(athlete.token, ['READ', 'WRITE_LOGS', 'WRITE_PLANS'])).createApiKey;
    const refused: [string, Record<string, unknown>][] = [
      [CREATE_KEY, { input: { clientId: randomUUID(), name: 'child', scopes: ['READ'] } }],
      ['mutation { logOut { revokedSessionCount } }', {}],
      ['mutation { logOutEverywhere { revokedSessionCount } }', {}],
      ['mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { revokedSessionCount } }', { input: { currentPassword: 'x', newPassword: 'Brand-New-Pass-99' } }],
      ['mutation ($input: AcceptCoachInviteInput!) { acceptCoachInvite(input: $input) { joined } }', { input: { code: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' } }],
      ['mutation ($input: UpdateSettingsInput!) { updateSettings(input: $input) { settings { unitSystem } } }', { input: { unitSystem: 'IMPERIAL' } }],
      [API_KEYS, {}],
      ['{ mySessions { edges { node { id } } } }', {}],
    ];
    for (const [query, variables] of refused) {
      const result = await server.gql(query, variables, secret);
      expect(result.errors?.[0]?.extensions.code, query).toBe('FORBIDDEN');
      expect(result.errors?.[0]?.message, query).toMatch(/login session/);
    }
    expect(await count('api_keys', 'user_id', athlete.userId)).toBe(1);
    expect(await count('auth_sessions', 'user_id', athlete.userId)).toBe(1);
  });

  it("a coach's key sees only the coach's roster", async () => {
    const coach = await createTestCoach(server.orm);
    const onRoster = await createTestAthlete(server.orm, { coach: coach.user });
    const stranger = await createTestAthlete(server.orm);
    const { secret } = (await createKey(await logInAs(server, coach.email), ['READ', 'WRITE_PLANS'])).createApiKey;
    const roster = await ok<{ viewer: { coach: { athletes: { edges: { node: { id: string } }[] } } } }>(server, ROSTER, {}, secret);
    expect(roster.viewer.coach.athletes.edges.map((edge) => edge.node.id)).toEqual([toGlobalId('Athlete', onRoster.subjectId)]);
    expect((await ok<{ node: { id: string } }>(server, READ_ATHLETE, { id: toGlobalId('Athlete', onRoster.subjectId) }, secret)).node).not.toBeNull();
    expect((await ok<{ node: null }>(server, READ_ATHLETE, { id: toGlobalId('Athlete', stranger.subjectId) }, secret)).node).toBeNull();
    expect((await server.gql(CREATE_ROUTINE, routineInput(toGlobalId('Athlete', onRoster.subjectId)), secret)).errors).toBeUndefined();
    expectError(await server.gql(CREATE_ROUTINE, routineInput(toGlobalId('Athlete', stranger.subjectId)), secret), 'NOT_FOUND');
  });

  it('a subscription needs READ too', async () => {
    const athlete = await athleteWithToken();
    const { secret } = (await createKey(athlete.token, ['WRITE_LOGS'])).createApiKey;
    const errors = await new Promise<unknown[]>((resolve) => {
      const found: unknown[] = [];
      server.wsClient(secret).subscribe(
        { query: PROGRESS, variables: { id: toGlobalId('WorkoutSession', 1) } },
        {
          next: (message) => found.push(...(message.errors ?? [])),
          error: (error) => resolve([...found, ...(Array.isArray(error) ? error : [error])]),
          complete: () => resolve(found),
        },
      );
    });
    expect(errors).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
  });
});
