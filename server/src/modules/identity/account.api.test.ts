import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAthlete, logInAs, TEST_PASSWORD } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { expectError, ok } from '../health/health.test-helpers.js';
import { STRONG_PASSWORD, gqlWith, signUp, sql, unique, watchRevocations } from './identity.test-helpers.js';

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token user { email username role } } }';
const LOG_IN = 'mutation ($input: LogInInput!) { logIn(input: $input) { token } }';
const VIEWER = '{ viewer { email role athlete { id } coach { athletes { totalCount } } } }';
const LOG_OUT = 'mutation { logOut { revokedSessionCount } }';
const LOG_OUT_EVERYWHERE = 'mutation { logOutEverywhere { revokedSessionCount } }';
const CHANGE_PASSWORD = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { user { email } revokedSessionCount } }';
const MY_SESSIONS = `query ($first: Int, $after: String) { mySessions(first: $first, after: $after) {
  edges { cursor node { id createdAt lastUsedAt expiresAt userAgent ipAddress current } } pageInfo { hasNextPage endCursor } } }`;
const REVOKE_SESSION = 'mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) { revokedSessionId wasCurrent } }';

type Viewer = { viewer: { email: string; role: string; athlete: { id: string } | null; coach: { athletes: { totalCount: number } } | null } | null };
type Session = { id: string; createdAt: string; lastUsedAt: string | null; expiresAt: string; userAgent: string | null; ipAddress: string | null; current: boolean };
type Sessions = { mySessions: { edges: { cursor: string; node: Session }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const userCount = async (email: string) => (await sql<{ n: number }>(server, 'select count(*)::int as n from users where email = ?', [email]))[0]!.n;
const auditActions = async (userId: number) =>
  (await sql<{ action: string }>(server, 'select action from audit_logs where user_id = ? order by id', [userId])).map((row) => row.action);

/** Logs in with e-mail and password, as a client with this User-Agent. */
async function logInWith(email: string, password: string, userAgent = 'RepwiseTest/1.0'): Promise<string> {
  const result = await gqlWith<{ logIn: { token: string } }>(server, LOG_IN, { input: { email, password } }, { 'user-agent': userAgent });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.logIn.token;
}

describe('signUp', () => {
  it('creates an athlete with a training log, e-mail trimmed and lower-cased, and logs them in', async () => {
    const local = `New.Athlete-${unique()}`;
    const result = await server.gql<{ signUp: { token: string; user: { email: string; username: string; role: string } } }>(SIGN_UP, {
      input: { email: `  ${local}@Test.Repwise.DEV `, password: STRONG_PASSWORD, role: 'ATHLETE', fullName: 'New Athlete' },
    });
    expect(result.errors).toBeUndefined();
    const email = `${local.toLowerCase()}@test.repwise.dev`;
    expect(result.data!.signUp.user).toEqual({ email, username: local.toLowerCase(), role: 'ATHLETE' });
    const viewer = await ok<Viewer>(server, VIEWER, {}, result.data!.signUp.token);
    expect(viewer.viewer).toMatchObject({ email, role: 'ATHLETE', coach: null });
    expect(viewer.viewer!.athlete?.id).toEqual(expect.any(String));
    const [user] = await sql<{ id: number; password_hash: string }>(server, 'select id, password_hash from users where email = ?', [email]);
    expect(user!.password_hash).toMatch(/^\$argon2id\$/);
    expect(await auditActions(user!.id)).toEqual(['register']);
    // The password works for logging in, with any case of the e-mail.
    await logInWith(email.toUpperCase(), STRONG_PASSWORD);
  });

  it('creates a coach with an empty roster and no training log', async () => {
    const { token } = await signUp(server, 'COACH');
    const viewer = await ok<Viewer>(server, VIEWER, {}, token);
    expect(viewer.viewer).toMatchObject({ role: 'COACH', athlete: null, coach: { athletes: { totalCount: 0 } } });
  });

  it('names every broken password rule, each as its own message on the password field, and stores nothing', async () => {
    const email = `weak-${unique()}@test.repwise.dev`;
    const result = await server.gql(SIGN_UP, { input: { email, password: 'short', role: 'ATHLETE' } });
    expectError(result, 'BAD_USER_INPUT', 'password');
    const fields = (result.errors![0]!.extensions as unknown as { fields: { field: string; messages: string[] }[] }).fields;
    expect(fields).toEqual([
      {
        field: 'password',
        messages: expect.arrayContaining([
          'password must be at least 12 characters long',
          'password must contain an upper-case letter',
          'password must contain a digit',
        ]),
      },
    ]);
    expect(fields[0]!.messages).toHaveLength(3);
    expect(await userCount(email)).toBe(0);

    for (const [password, message] of [
      ['alllowercase1234', 'password must contain an upper-case letter'],
      ['ALLUPPERCASE1234', 'password must contain a lower-case letter'],
      ['NoDigitsAtAllHere', 'password must contain a digit'],
      ['Short1a', 'password must be at least 12 characters long'],
    ]) {
      const weak = await server.gql(SIGN_UP, { input: { email, password, role: 'ATHLETE' } });
      expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', fields: [{ field: 'password', messages: [message] }] });
    }
    expect(await userCount(email)).toBe(0);
  });

  it('never lets anyone choose ADMIN', async () => {
    const email = `admin-${unique()}@test.repwise.dev`;
    expectError(await server.gql(SIGN_UP, { input: { email, password: STRONG_PASSWORD, role: 'ADMIN' } }), 'BAD_USER_INPUT', 'role');
    expect(await userCount(email)).toBe(0);
  });

  it('answers CONFLICT on email for an address that has an account, in any case, a retry included', async () => {
    const { email } = await signUp(server, 'ATHLETE');
    const again = await server.gql(SIGN_UP, { input: { email: email.toUpperCase(), password: STRONG_PASSWORD, role: 'ATHLETE' } });
    expectError(again, 'CONFLICT', 'email');
    expect(await userCount(email)).toBe(1);
  });

  it('makes a free username from the e-mail, and answers CONFLICT on a username that is taken', async () => {
    const local = `twin${unique()}`;
    const first = await server.gql<{ signUp: { user: { username: string } } }>(SIGN_UP, { input: { email: `${local}@a.repwise.dev`, password: STRONG_PASSWORD, role: 'ATHLETE' } });
    const second = await server.gql<{ signUp: { user: { username: string } } }>(SIGN_UP, { input: { email: `${local}@b.repwise.dev`, password: STRONG_PASSWORD, role: 'COACH' } });
    expect(first.data!.signUp.user.username).toBe(local);
    expect(second.data!.signUp.user.username).toMatch(new RegExp(`^${local}_[0-9a-f]{6}$`));
    const taken = await server.gql(SIGN_UP, { input: { email: `other-${unique()}@test.repwise.dev`, password: STRONG_PASSWORD, role: 'ATHLETE', username: local } });
    expectError(taken, 'CONFLICT', 'username');
  });

  it('rejects a malformed e-mail with BAD_USER_INPUT on email', async () => {
    expectError(await server.gql(SIGN_UP, { input: { email: 'not an e-mail', password: STRONG_PASSWORD, role: 'ATHLETE' } }), 'BAD_USER_INPUT', 'email');
  });
});

describe('logOut and logOutEverywhere', () => {
  it('logOut ends only this login, publishes it, is audited, and a retry ends nothing more', async () => {
    const { token, userId, email } = await signUp(server, 'ATHLETE');
    const other = await logInWith(email, STRONG_PASSWORD);
    const [current] = await sql<{ id: number }>(server, 'select id from auth_sessions where user_id = ? order by id limit 1', [userId]);
    const watch = watchRevocations(server);
    try {
      expect((await ok<{ logOut: { revokedSessionCount: number } }>(server, LOG_OUT, {}, token)).logOut.revokedSessionCount).toBe(1);
      await watch.received(1);
      expect(watch.events[0]).toEqual({ userId, authSessionIds: [current!.id] });
    } finally {
      await watch.stop();
    }
    expect((await ok<Viewer>(server, VIEWER, {}, token)).viewer).toBeNull();
    expect((await ok<Viewer>(server, VIEWER, {}, other)).viewer?.email).toBe(email);
    expect((await ok<{ logOut: { revokedSessionCount: number } }>(server, LOG_OUT, {}, token)).logOut.revokedSessionCount).toBe(0);
    expect(await auditActions(userId)).toEqual(['register', 'login', 'logout']);
  });

  it('logOutEverywhere ends every login of the account and none of anyone else', async () => {
    const { token, userId, email } = await signUp(server, 'ATHLETE');
    const second = await logInWith(email, STRONG_PASSWORD);
    const stranger = await signUp(server, 'ATHLETE');
    const watch = watchRevocations(server);
    try {
      expect((await ok<{ logOutEverywhere: { revokedSessionCount: number } }>(server, LOG_OUT_EVERYWHERE, {}, second)).logOutEverywhere.revokedSessionCount).toBe(2);
      await watch.received(1);
      expect(watch.events[0]!.userId).toBe(userId);
      expect(watch.events[0]!.authSessionIds).toHaveLength(2);
    } finally {
      await watch.stop();
    }
    expect((await ok<Viewer>(server, VIEWER, {}, token)).viewer).toBeNull();
    expect((await ok<Viewer>(server, VIEWER, {}, second)).viewer).toBeNull();
    expect((await ok<Viewer>(server, VIEWER, {}, stranger.token)).viewer).not.toBeNull();
    // Without a working token there is no one to log out everywhere.
    expectError(await server.gql(LOG_OUT_EVERYWHERE, {}, second), 'UNAUTHENTICATED');
  });
});

describe('changePassword', () => {
  it('needs the current password, ends every other login, keeps this one, and a retry changes nothing', async () => {
    const { token, userId, email } = await signUp(server, 'ATHLETE');
    const other = await logInWith(email, STRONG_PASSWORD);
    const newPassword = 'Another-Strong-Pass-7';

    const wrong = await server.gql(CHANGE_PASSWORD, { input: { currentPassword: 'Not-The-Password-1', newPassword } }, token);
    expectError(wrong, 'BAD_USER_INPUT', 'currentPassword');
    const weak = await server.gql(CHANGE_PASSWORD, { input: { currentPassword: STRONG_PASSWORD, newPassword: 'weakweakweak' } }, token);
    expectError(weak, 'BAD_USER_INPUT', 'newPassword');
    expect((await ok<Viewer>(server, VIEWER, {}, other)).viewer).not.toBeNull();

    const watch = watchRevocations(server);
    try {
      const changed = await ok<{ changePassword: { revokedSessionCount: number } }>(server, CHANGE_PASSWORD, { input: { currentPassword: STRONG_PASSWORD, newPassword } }, token);
      expect(changed.changePassword.revokedSessionCount).toBe(1);
      await watch.received(1);
      expect(watch.events[0]!.authSessionIds).toHaveLength(1);
    } finally {
      await watch.stop();
    }
    expect((await ok<Viewer>(server, VIEWER, {}, token)).viewer?.email).toBe(email);
    expect((await ok<Viewer>(server, VIEWER, {}, other)).viewer).toBeNull();
    expectError(await server.gql(LOG_IN, { input: { email, password: STRONG_PASSWORD } }), 'UNAUTHENTICATED');
    const fresh = await logInWith(email, newPassword);

    const [before] = await sql<{ password_hash: string }>(server, 'select password_hash from users where id = ?', [userId]);
    const retry = await ok<{ changePassword: { revokedSessionCount: number } }>(server, CHANGE_PASSWORD, { input: { currentPassword: STRONG_PASSWORD, newPassword } }, token);
    expect(retry.changePassword.revokedSessionCount).toBe(0);
    const [after] = await sql<{ password_hash: string }>(server, 'select password_hash from users where id = ?', [userId]);
    expect(after).toEqual(before);
    expect((await ok<Viewer>(server, VIEWER, {}, fresh)).viewer).not.toBeNull();
    expect(await auditActions(userId)).toEqual(['register', 'login', 'login_failed', 'password_change', 'login_failed', 'login']);
  });

  it('refuses a new password equal to the current one', async () => {
    const { token } = await signUp(server, 'ATHLETE');
    expectError(await server.gql(CHANGE_PASSWORD, { input: { currentPassword: STRONG_PASSWORD, newPassword: STRONG_PASSWORD } }, token), 'BAD_USER_INPUT', 'newPassword');
  });

  it('is UNAUTHENTICATED without a login', async () => {
    expectError(await server.gql(CHANGE_PASSWORD, { input: { currentPassword: STRONG_PASSWORD, newPassword: 'Another-Strong-Pass-7' } }), 'UNAUTHENTICATED');
  });
});

describe('mySessions and revokeSession', () => {
  it('lists the live logins newest first with their client, marks the current one, and pages', async () => {
    const athlete = await createTestAthlete(server.orm);
    const first = await logInWith(athlete.email, TEST_PASSWORD, 'Phone/1.0');
    const second = await logInWith(athlete.email, TEST_PASSWORD, 'Laptop/2.0');
    const page = await ok<Sessions>(server, MY_SESSIONS, { first: 1 }, first);
    expect(page.mySessions.pageInfo.hasNextPage).toBe(true);
    expect(page.mySessions.edges[0]!.node).toMatchObject({ userAgent: 'Laptop/2.0', current: false });
    const rest = await ok<Sessions>(server, MY_SESSIONS, { first: 10, after: page.mySessions.pageInfo.endCursor }, first);
    expect(rest.mySessions.pageInfo.hasNextPage).toBe(false);
    expect(rest.mySessions.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ userAgent: 'Phone/1.0', current: true, ipAddress: expect.stringMatching(/127\.0\.0\.1$/) }),
    ]);
    // Both tokens were used once just now: the lookup stamped them.
    expect(rest.mySessions.edges[0]!.node.lastUsedAt).not.toBeNull();
    expect((await ok<Viewer>(server, VIEWER, {}, second)).viewer).not.toBeNull();
  });

  it('stamps lastUsedAt at most once a minute, so requests in between write nothing', async () => {
    const athlete = await createTestAthlete(server.orm);
    const token = await logInAs(server, athlete.email);
    const stamp = async () => {
      const [row] = await sql<{ last_used_at: string | null }>(server, 'select last_used_at from auth_sessions where user_id = ?', [athlete.userId]);
      return row!.last_used_at === null ? null : new Date(row!.last_used_at);
    };
    expect(await stamp()).toBeNull();
    await ok(server, VIEWER, {}, token);
    const first = await stamp();
    expect(first).not.toBeNull();
    await ok(server, VIEWER, {}, token);
    expect(await stamp()).toEqual(first);
    await sql(server, "update auth_sessions set last_used_at = now() - interval '2 minutes' where user_id = ?", [athlete.userId]);
    const old = await stamp();
    await ok(server, VIEWER, {}, token);
    expect((await stamp())!.getTime()).toBeGreaterThan(old!.getTime());
  });

  it('revokeSession ends one login of yours, publishes it, and a retry is NOT_FOUND marked alreadyRevoked', async () => {
    const athlete = await createTestAthlete(server.orm);
    const mine = await logInAs(server, athlete.email);
    const victim = await logInAs(server, athlete.email);
    const sessions = await ok<Sessions>(server, MY_SESSIONS, { first: 10 }, mine);
    const target = sessions.mySessions.edges.find((edge) => !edge.node.current)!.node.id;

    const watch = watchRevocations(server);
    try {
      const revoked = await ok<{ revokeSession: { revokedSessionId: string; wasCurrent: boolean } }>(server, REVOKE_SESSION, { input: { id: target } }, mine);
      expect(revoked.revokeSession).toEqual({ revokedSessionId: target, wasCurrent: false });
      await watch.received(1);
      expect(watch.events[0]!.userId).toBe(athlete.userId);
    } finally {
      await watch.stop();
    }
    expect((await ok<Viewer>(server, VIEWER, {}, victim)).viewer).toBeNull();
    expect((await ok<Viewer>(server, VIEWER, {}, mine)).viewer).not.toBeNull();
    const retry = await server.gql(REVOKE_SESSION, { input: { id: target } }, mine);
    expect(retry.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', alreadyRevoked: true });
    expect(await auditActions(athlete.userId)).toEqual(['login', 'login', 'revoke_session']);
  });

  it("answers NOT_FOUND for someone else's login and leaves it working", async () => {
    const owner = await createTestAthlete(server.orm);
    const stranger = await createTestAthlete(server.orm);
    const ownerToken = await logInAs(server, owner.email);
    const ownerSession = (await ok<Sessions>(server, MY_SESSIONS, { first: 1 }, ownerToken)).mySessions.edges[0]!.node.id;
    const result = await server.gql(REVOKE_SESSION, { input: { id: ownerSession } }, await logInAs(server, stranger.email));
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND' });
    expect((await ok<Viewer>(server, VIEWER, {}, ownerToken)).viewer).not.toBeNull();
    expectError(await server.gql(REVOKE_SESSION, { input: { id: 'bogus' } }, ownerToken), 'BAD_USER_INPUT', 'id');
  });

  it('costs the same statements for 1 login as for 4', async () => {
    const one = await createTestAthlete(server.orm);
    const four = await createTestAthlete(server.orm);
    const oneToken = await logInAs(server, one.email);
    for (let i = 0; i < 3; i += 1) await logInAs(server, four.email);
    const fourToken = await logInAs(server, four.email);
    const few = await server.gql<Sessions>(MY_SESSIONS, { first: 10 }, oneToken);
    const many = await server.gql<Sessions>(MY_SESSIONS, { first: 10 }, fourToken);
    expect(few.data!.mySessions.edges).toHaveLength(1);
    expect(many.data!.mySessions.edges).toHaveLength(4);
    expect(many.extensions?.sqlStatements).toBe(few.extensions?.sqlStatements);
    expect(few.extensions?.sqlStatements).toBe(3); // the token, the request transaction's identity, the page
  });

  it('mySessions is UNAUTHENTICATED without a login', async () => {
    expectError(await server.gql(MY_SESSIONS, { first: 5 }), 'UNAUTHENTICATED');
  });
});
