import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAthlete, logInAs, TEST_PASSWORD } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { AuthSession } from './auth-session.entity.js';
import { User } from './user.entity.js';

const LOG_IN = 'mutation ($input: LogInInput!) { logIn(input: $input) { token user { email role } } }';
const VIEWER = '{ viewer { email athlete { displayName } coach { athletes { totalCount } } } }';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('logIn', () => {
  it('returns a bearer token that identifies the viewer over HTTP; the e-mail is matched case-insensitively', async () => {
    const athlete = await createTestAthlete(server.orm);
    const result = await server.gql<{ logIn: { token: string; user: { email: string; role: string } } }>(LOG_IN, {
      input: { email: athlete.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(result.data!.logIn.user).toEqual({ email: athlete.email, role: 'ATHLETE' });
    const viewer = await server.gql<{ viewer: { email: string; athlete: { displayName: string }; coach: null } }>(VIEWER, {}, result.data!.logIn.token);
    expect(viewer.data!.viewer.email).toBe(athlete.email);
    expect(viewer.data!.viewer.athlete.displayName).toMatch(/^Test Athlete/);
    expect(viewer.data!.viewer.coach).toBeNull();
  });

  it('answers UNAUTHENTICATED with the same message for a wrong password and an unknown e-mail', async () => {
    const athlete = await createTestAthlete(server.orm);
    const wrong = await server.gql(LOG_IN, { input: { email: athlete.email, password: 'not the password' } });
    const unknown = await server.gql(LOG_IN, { input: { email: 'nobody@test.repwise.dev', password: TEST_PASSWORD } });
    expect(wrong.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]).toMatchObject({ message: wrong.errors?.[0]?.message, extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('rejects a malformed e-mail with BAD_USER_INPUT naming the field', async () => {
    const result = await server.gql(LOG_IN, { input: { email: 'not-an-email', password: 'x' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('stores an argon2id hash, never the password, and only a digest of the token', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const em = server.orm.em.fork();
    const user = await em.findOneOrFail(User, athlete.userId);
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const sessions = await em.find(AuthSession, { user: athlete.userId });
    expect(sessions.map((session) => session.tokenHash)).not.toContain(token);
    expect(sessions[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('treats an unknown or revoked token as anonymous: viewer is null', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    await server.orm.em.fork().nativeDelete(AuthSession, { user: athlete.userId });
    const result = await server.gql<{ viewer: null }>(VIEWER, {}, token);
    expect(result.data!.viewer).toBeNull();
  });
});

describe('node', () => {
  it("returns an athlete's own objects and null for anyone else's", async () => {
    const owner = await createTestAthlete(server.orm);
    const stranger = await createTestAthlete(server.orm);
    const query = 'query ($id: ID!) { node(id: $id) { id ... on RoutineDay { title } } }';
    const mine = await server.gql<{ node: { title: string } | null }>(query, { id: owner.dayIds[0] }, await logInAs(server, owner.email));
    expect(mine.data!.node?.title).toBe('Push');
    const theirs = await server.gql<{ node: null }>(query, { id: owner.dayIds[0] }, await logInAs(server, stranger.email));
    expect(theirs.data!.node).toBeNull();
  });
});
