import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestAthlete, TEST_PASSWORD } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { expectError } from '../health/health.test-helpers.js';
import { sha256 } from './auth.service.js';
import { STRONG_PASSWORD, freshLoopbackAddress, gqlWith, signUp, sql, unique } from './identity.test-helpers.js';
import { LOGIN_LIMITS } from './login-throttle.js';

const LOG_IN = 'mutation ($input: LogInInput!) { logIn(input: $input) { token } }';
const CHANGE_PASSWORD = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { revokedSessionCount } }';
const WINDOW = LOGIN_LIMITS.perEmail.windowSeconds;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});
// Each test logs in from a loopback address of its own, so its failures count against nobody else.
let address: string;
beforeEach(() => {
  address = freshLoopbackAddress();
});

const logIn = (email: string, password: string, on: TestServer = server) =>
  gqlWith<{ logIn: { token: string } }>(on, LOG_IN, { input: { email, password } }, {}, address);

async function failLogIns(email: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) expectError(await logIn(email, 'Wrong-Password-0'), 'UNAUTHENTICATED');
}

function retryAfterOf(result: Awaited<ReturnType<typeof logIn>>): number {
  expectError(result, 'RATE_LIMITED');
  return (result.errors![0]!.extensions as unknown as { retryAfterSeconds: number }).retryAfterSeconds;
}

describe('login throttle per account', () => {
  it(`refuses the right password after ${LOGIN_LIMITS.perEmail.failures} failures until the window passes`, async () => {
    const athlete = await createTestAthlete(server.orm);
    await failLogIns(athlete.email, LOGIN_LIMITS.perEmail.failures);
    const refused = await logIn(athlete.email, TEST_PASSWORD);
    const wait = retryAfterOf(refused);
    expect(wait).toBeGreaterThan(WINDOW - 30);
    expect(wait).toBeLessThanOrEqual(WINDOW);
    expect(refused.data).toBeNull();
    // A refused attempt checks no password and is not counted.
    expect(await sql(server, 'select id from login_failures where email_hash = ?', [sha256(athlete.email)])).toHaveLength(LOGIN_LIMITS.perEmail.failures);

    // Ten minutes later, five remain.
    const mine = [sha256(athlete.email)];
    await sql(server, "update login_failures set attempted_at = attempted_at - interval '10 minutes' where email_hash = ?", mine);
    const later = retryAfterOf(await logIn(athlete.email, TEST_PASSWORD));
    expect(later).toBeGreaterThan(WINDOW - 600 - 30);
    expect(later).toBeLessThanOrEqual(WINDOW - 600);

    await sql(server, "update login_failures set attempted_at = attempted_at - interval '5 minutes 1 second' where email_hash = ?", mine);
    expect((await logIn(athlete.email, TEST_PASSWORD)).data?.logIn.token).toEqual(expect.any(String));
  });

  it('throttles an e-mail without an account exactly the same, so it tells nobody which addresses exist', async () => {
    const nobody = `nobody-${unique()}@test.repwise.dev`;
    await failLogIns(nobody, LOGIN_LIMITS.perEmail.failures);
    expect(retryAfterOf(await logIn(nobody, TEST_PASSWORD))).toBeGreaterThan(0);
  });

  it('a successful login forgets the earlier failures of that e-mail', async () => {
    const athlete = await createTestAthlete(server.orm);
    await failLogIns(athlete.email, LOGIN_LIMITS.perEmail.failures - 1);
    expect((await logIn(athlete.email, TEST_PASSWORD)).errors).toBeUndefined();
    await failLogIns(athlete.email, LOGIN_LIMITS.perEmail.failures - 1);
    expect((await logIn(athlete.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('counts parallel guesses exactly: the limit holds while their checks are in flight', async () => {
    const athlete = await createTestAthlete(server.orm);
    const results = await Promise.all(Array.from({ length: 12 }, () => logIn(athlete.email, 'Wrong-Password-0')));
    const codes = results.map((result) => result.errors?.[0]?.extensions.code).sort();
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(LOGIN_LIMITS.perEmail.failures);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(12 - LOGIN_LIMITS.perEmail.failures);
  });

  it('survives a restart: the failures are in the database', async () => {
    const athlete = await createTestAthlete(server.orm);
    await failLogIns(athlete.email, LOGIN_LIMITS.perEmail.failures);
    const restarted = await startTestServer();
    try {
      expectError(await logIn(athlete.email, TEST_PASSWORD, restarted), 'RATE_LIMITED');
    } finally {
      await restarted.close();
    }
  });

  it("counts changePassword's wrong current passwords too, so a stolen token cannot guess the password", async () => {
    const { token, email } = await signUp(server, 'ATHLETE');
    for (let i = 0; i < LOGIN_LIMITS.perEmail.failures; i += 1) {
      const input = { currentPassword: `Wrong-Guess-${i}`, newPassword: 'Brand-New-Pass-99' };
      expectError(await gqlWith(server, CHANGE_PASSWORD, { input }, { authorization: `Bearer ${token}` }, address), 'BAD_USER_INPUT', 'currentPassword');
    }
    const input = { currentPassword: STRONG_PASSWORD, newPassword: 'Brand-New-Pass-99' };
    expectError(await gqlWith(server, CHANGE_PASSWORD, { input }, { authorization: `Bearer ${token}` }, address), 'RATE_LIMITED');
    expectError(await logIn(email, STRONG_PASSWORD), 'RATE_LIMITED');
  });
});

describe('login throttle per client address', () => {
  it(`refuses every login from an address after ${LOGIN_LIMITS.perAddress.failures} failures over any e-mails`, async () => {
    const athlete = await createTestAthlete(server.orm);
    for (let i = 0; i < LOGIN_LIMITS.perAddress.failures; i += 1) expectError(await logIn(`spray-${i}-${unique()}@test.repwise.dev`, 'Wrong-Password-0'), 'UNAUTHENTICATED');
    const wait = retryAfterOf(await logIn(athlete.email, TEST_PASSWORD));
    expect(wait).toBeGreaterThan(LOGIN_LIMITS.perAddress.windowSeconds - 30);
    // The account itself has no failures: from another address it logs in.
    expect(await sql(server, 'select id from login_failures where email_hash = ?', [sha256(athlete.email)])).toHaveLength(0);
    address = freshLoopbackAddress();
    expect((await logIn(athlete.email, TEST_PASSWORD)).errors).toBeUndefined();
  });
});
