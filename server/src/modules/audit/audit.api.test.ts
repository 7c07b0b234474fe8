import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import { createTestAthlete, TEST_PASSWORD } from '../../test/factories.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

interface AuditRow {
  id: string;
  user_id: number | null;
  action: string;
  entity_type: string | null;
  entity_id: number | null;
  ip_address: string | null;
  user_agent: string | null;
  created_at: string;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const sql = <T>(query: string, params: unknown[] = []) => rawQuery<T>(server.orm.em.fork() as never, query, params);
const auditRowsOf = (userId: number) => sql<AuditRow>('select * from audit_logs where entity_type = ? and entity_id = ? order by id', ['user', userId]);

/** Logs in over HTTP with a given User-Agent (the harness's gql sends none). */
async function logInWithAgent(email: string, userAgent: string): Promise<void> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': userAgent },
    body: JSON.stringify({ query: 'mutation ($input: LogInInput!) { logIn(input: $input) { token } }', variables: { input: { email, password: TEST_PASSWORD } } }),
  });
  const body = (await response.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
}

/** An athlete who has logged in once: their login is in the trail. */
async function loggedInAthlete(): Promise<{ userId: number; row: AuditRow }> {
  const athlete = await createTestAthlete(server.orm);
  await logInWithAgent(athlete.email, 'RepwiseTest/1.0 (audit)');
  const [row] = await auditRowsOf(athlete.userId);
  return { userId: athlete.userId, row: row! };
}

describe('audit trail', () => {
  it("records a login with the account, the client's IP address and user agent", async () => {
    const athlete = await createTestAthlete(server.orm);
    expect(await auditRowsOf(athlete.userId)).toHaveLength(0);
    await logInWithAgent(athlete.email, 'RepwiseTest/1.0 (audit)');
    const rows = await auditRowsOf(athlete.userId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ user_id: athlete.userId, action: 'login', entity_type: 'user', entity_id: athlete.userId, user_agent: 'RepwiseTest/1.0 (audit)' });
    expect(rows[0]!.ip_address).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it("records a failed login as login_failed on the account, with the client's address", async () => {
    const athlete = await createTestAthlete(server.orm);
    const failed = await server.gql('mutation ($input: LogInInput!) { logIn(input: $input) { token } }', { input: { email: athlete.email, password: 'wrong password' } });
    expect(failed.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const rows = await auditRowsOf(athlete.userId);
    expect(rows).toEqual([expect.objectContaining({ user_id: athlete.userId, action: 'login_failed', entity_type: 'user', entity_id: athlete.userId })]);
    expect(rows[0]!.ip_address).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  });

  it('rejects UPDATE of an audit row (trigger tg_audit_logs_append_only), leaving it unchanged', async () => {
    const { row } = await loggedInAthlete();
    await expect(sql("update audit_logs set action = 'logout' where id = ?", [row.id])).rejects.toThrow(/audit_logs is append-only/);
    // Clearing the account together with another change is still an edit.
    await expect(sql("update audit_logs set user_id = null, user_agent = 'forged' where id = ?", [row.id])).rejects.toThrow(/audit_logs is append-only/);
    const [after] = await sql<AuditRow>('select * from audit_logs where id = ?', [row.id]);
    expect(after).toEqual(row);
  });

  it('rejects DELETE of an audit row, keeping it', async () => {
    const { row } = await loggedInAthlete();
    await expect(sql('delete from audit_logs where id = ?', [row.id])).rejects.toThrow(/audit_logs is append-only/);
    expect(await sql('select id from audit_logs where id = ?', [row.id])).toHaveLength(1);
  });

  it('keeps the rows of an erased account, without naming it (user_id set null)', async () => {
    const { userId, row } = await loggedInAthlete();
    await sql('delete from users where id = ?', [userId]);
    expect(await sql('select id from users where id = ?', [userId])).toHaveLength(0);
    const [after] = await sql<AuditRow>('select * from audit_logs where id = ?', [row.id]);
    expect(after).toEqual({ ...row, user_id: null });
  });
});
