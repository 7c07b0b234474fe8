/**
 * Rate limits per bearer token and per client address, in process memory and shared through
 * Redis between two servers (as two replicas would share it).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAthlete, logInAs } from '../test/factories.js';
import { startTestServer, type TestServer } from '../test/harness.js';

const WINDOW = 60;

async function post(url: string, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    limit: response.headers.get('ratelimit-limit'),
    remaining: response.headers.get('ratelimit-remaining'),
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] },
  };
}

describe('rate limits in process memory', () => {
  let server: TestServer;
  let tokenA: string;
  let tokenB: string;
  beforeAll(async () => {
    // Log in on a server without limits: the limited one should count only what the test sends.
    const setup = await startTestServer();
    tokenA = await logInAs(setup, (await createTestAthlete(setup.orm)).email);
    tokenB = await logInAs(setup, (await createTestAthlete(setup.orm)).email);
    await setup.close();
    server = await startTestServer({ endpoint: { rateLimit: { windowSeconds: WINDOW, perToken: 3, perAddress: 8 } } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('counts per token: the 4th request with one token is RATE_LIMITED with Retry-After, another token still passes', async () => {
    for (let i = 0; i < 3; i += 1) {
      const ok = await post(server.url, tokenA);
      expect(ok.status).toBe(200);
      expect(ok.limit).toBe('3');
      expect(ok.remaining).toBe(String(2 - i));
    }
    const refused = await post(server.url, tokenA);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors).toEqual([
      {
        message: `Too many requests from this token or API key: the limit is 3 per ${WINDOW} s. Retry after ${retryAfter} s.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter },
      },
    ]);
    expect((await post(server.url, tokenB)).status).toBe(200);
  });

  it('counts per address whatever the token: anonymous requests and token changes share the address budget', async () => {
    // 5 requests so far from this address (the refused one counts too); 3 more are allowed, with fresh tokens each time.
    for (let i = 0; i < 3; i += 1) expect((await post(server.url, randomBytes(24).toString('base64url'))).status).toBe(200);
    const refused = await post(server.url);
    expect(refused.status).toBe(429);
    expect(refused.body.errors![0]!.message).toMatch(/^Too many requests from this address: the limit is 8 per 60 s\. Retry after \d+ s\.$/);
    expect(refused.body.errors![0]!.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: Number(refused.retryAfter) });
    // The server itself is fine.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('applies to graphql-ws too: a connection over the address budget is closed with 4429', async () => {
    const client = server.wsClient();
    const closed = await new Promise<{ code: number; reason: string }>((resolve) => {
      client.on('closed', (event) => resolve(event as { code: number; reason: string }));
      client.subscribe({ query: 'subscription { __typename }' }, { next: () => {}, error: () => {}, complete: () => {} });
    });
    expect(closed.code).toBe(4429);
    expect(closed.reason).toMatch(/^Too many requests: retry after \d+ s$/);
  });
});

/** A Redis for this file: its own redis-server on a free port when the binary is there, else REDIS_URL or the local one. */
async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const explicit = process.env.TEST_REDIS_URL;
  if (!explicit && spawnSync('redis-server', ['--version']).status === 0) {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // Ready when it says so (a loaded machine can take a while to start it).
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start in 10 s:\n${output}`)), 10_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)));
    });
    const url = `redis://127.0.0.1:${port}`;
    return {
      url,
      stop: () =>
        new Promise((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    };
  }
  return { url: explicit ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', stop: async () => {} };
}

describe('rate limits shared through Redis', () => {
  it('two servers on one Redis agree: 3 requests with one token across both, the 4th is refused by either', async () => {
    const redis = await startRedis();
    const setup = await startTestServer();
    const token = await logInAs(setup, (await createTestAthlete(setup.orm)).email);
    await setup.close();
    const limits = { endpoint: { rateLimit: { windowSeconds: WINDOW, perToken: 3, perAddress: 0 } }, redisUrl: redis.url };
    const [first, second] = await Promise.all([startTestServer(limits), startTestServer(limits)]);
    try {
      expect((await post(first.url, token)).status).toBe(200);
      expect((await post(second.url, token)).status).toBe(200);
      expect((await post(first.url, token)).remaining).toBe('0');
      const refused = await post(second.url, token);
      expect(refused.status).toBe(429);
      expect(refused.body.errors![0]!.extensions.code).toBe('RATE_LIMITED');
      // Keys hold a hash of the token, never the token.
      const client = new Redis(redis.url);
      const keys = await client.keys('repwise:rate:*');
      await client.quit();
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.some((key) => key.includes(token))).toBe(false);
    } finally {
      await Promise.all([first.close(), second.close()]);
      await redis.stop();
    }
  });
});
