/** Helpers shared by the identity API tests (accounts, keys, coaching). */
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { expect, vi } from 'vitest';
import { rawQuery } from '../../db/raw-query.js';
import type { AuthSessionsRevokedEvent } from '../../graphql/pubsub.js';
import type { GqlResult, TestServer } from '../../test/harness.js';

export const STRONG_PASSWORD = 'Correct-Horse-42-Battery';

export const unique = () => randomBytes(5).toString('hex');

/**
 * Runs an operation over HTTP with extra headers (the harness's gql sends none but the token) and,
 * optionally, from another loopback address (`127.x.y.z`): the login throttle counts per address,
 * and the API tests share one database, so a test that fails logins on purpose does it from an
 * address of its own.
 */
export function gqlWith<T>(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
  localAddress?: string,
): Promise<GqlResult<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${server.url.replace('localhost', '127.0.0.1')}/graphql`,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as GqlResult<T>);
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A loopback address no other test uses. */
export const freshLoopbackAddress = () => `127.${1 + Math.floor(Math.random() * 254)}.${Math.floor(Math.random() * 256)}.${2 + Math.floor(Math.random() * 253)}`;

/** Raw SQL on the test database, outside any request. */
export const sql = <T>(server: TestServer, query: string, params: unknown[] = []) => rawQuery<T>(server.orm.em.fork() as never, query, params);

const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id email role } } }';

/** A new account through signUp; returns its token, e-mail and user id. */
export async function signUp(server: TestServer, role: 'ATHLETE' | 'COACH', extra: Record<string, unknown> = {}): Promise<{ token: string; email: string; userId: number }> {
  const email = `${role.toLowerCase()}-${unique()}@test.repwise.dev`;
  const result = await server.gql<{ signUp: { token: string; user: { id: string } } }>(SIGN_UP, { input: { email, password: STRONG_PASSWORD, role, ...extra } });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const [row] = await sql<{ id: number }>(server, 'select id from users where email = ?', [email]);
  return { token: result.data!.signUp.token, email, userId: row!.id };
}

/** Collects AUTH_SESSIONS_REVOKED events from the server's bus until stopped. */
export function watchRevocations(server: TestServer) {
  const events: AuthSessionsRevokedEvent[] = [];
  const iterator = server.pubSub.subscribe('AUTH_SESSIONS_REVOKED')[Symbol.asyncIterator]();
  const pump = (async () => {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      events.push(next.value);
    }
  })();
  return {
    events,
    /** Waits until `count` events arrived. */
    received: (count: number) => vi.waitFor(() => expect(events).toHaveLength(count)),
    stop: async () => {
      await iterator.return?.();
      await pump;
    },
  };
}
