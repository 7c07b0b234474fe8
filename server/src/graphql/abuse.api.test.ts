/**
 * Abusive requests: each is refused before it costs the server anything real, with an error that
 * names the limit and the measured value, and the server still answers /healthz at once after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINT_CONFIG } from '../config.js';
import { createTestAthlete, createTestCoach, logInAs } from '../test/factories.js';
import { startTestServer, type TestServer } from '../test/harness.js';

interface Refusal {
  status: number;
  contentType: string | null;
  body: { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = await logInAs(server, (await createTestAthlete(server.orm)).email);
});
afterAll(async () => {
  await server?.close();
});

async function post(url: string, body: string): Promise<Refusal> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as Refusal['body'] };
}

const query = (text: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query: text, variables });

/** The server is still there for everyone else: /healthz (a database round trip) within a second. */
async function expectHealthy(url = server.url): Promise<void> {
  const started = performance.now();
  const response = await fetch(`${url}/healthz`);
  const elapsedMs = performance.now() - started;
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
  expect(elapsedMs).toBeLessThan(1000);
}

function onlyError(refusal: Refusal) {
  expect(refusal.body.errors).toHaveLength(1);
  expect(refusal.body.data).toBeUndefined();
  return refusal.body.errors![0]!;
}

describe('abusive requests are refused with a clear error, and the server stays healthy', () => {
  it('a query 40 levels deep: DEPTH, 40 against 15', async () => {
    let selection = 'id';
    for (let i = 0; i < 19; i += 1) selection = `currentSession { athlete { ${selection} } }`;
    const refusal = await post(server.url, query(`query { viewer { athlete { ${selection} } } }`));
    expect(refusal.status).toBe(400);
    const error = onlyError(refusal);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'DEPTH', maximum: 15, measured: 41 });
    expect(error.message).toMatch(/41 levels of nested fields; the limit is 15/);
    await expectHealthy();
  });

  it('5,000 aliases: the token limit stops it while parsing; with tokens allowed, ALIASES says 5,000 against 30', async () => {
    const aliases = Array.from({ length: 5000 }, (_, i) => `a${i}: __typename`).join(' ');
    const refusal = await post(server.url, query(`query { ${aliases} }`));
    expect(refusal.status).toBe(400);
    expect(onlyError(refusal).extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'TOKENS', maximum: 5000, measured: 15_003 });
    await expectHealthy();

    const lenient = await startTestServer({ endpoint: { maxTokens: 100_000 } });
    try {
      const started = performance.now();
      const aliased = await post(lenient.url, query(`query { ${aliases} }`));
      expect(performance.now() - started).toBeLessThan(2000);
      const error = onlyError(aliased);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'ALIASES', maximum: 30, measured: 5000 });
      expect(error.message).toBe(
        'The operation has 5,000 aliases; the limit is 30. Send several operations instead of aliasing one field many times.',
      );
      await expectHealthy(lenient.url);
    } finally {
      await lenient.close();
    }
  });

  it('a page of 1,000,000 items: PAGE_SIZE on `first`, before any resolver runs', async () => {
    const coachToken = await logInAs(server, (await createTestCoach(server.orm)).email);
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${coachToken}` },
      body: query('query ($n: Int!) { viewer { coach { athletes(first: $n) { edges { node { id } } } } } }', { n: 1_000_000 }),
    });
    const body = (await response.json()) as Refusal['body'];
    expect(response.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: 'first must be between 0 and 100: Coach.athletes(first: 1000000) asks for more. Page with first and after.',
        extensions: { code: 'BAD_USER_INPUT', limit: 'PAGE_SIZE', maximum: 100, measured: 1_000_000, field: 'first' },
      },
    ]);
    await expectHealthy();
  });

  it('pages of 100 inside pages of 100, each with its set logs: COMPLEXITY, with the estimate and the limit', async () => {
    const refusal = await post(
      server.url,
      query('{ viewer { coach { athletes(first: 100) { edges { node { sessions(first: 100) { edges { node { setLogs { weightKg } } } } } } } } } }'),
    );
    expect(refusal.status).toBe(400);
    const error = onlyError(refusal);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'COMPLEXITY', maximum: 50_000, measured: 60_303 });
    expect(error.message).toMatch(/^The operation's estimated complexity is 60,303; the limit is 50,000\. /);
    await expectHealthy();
  });

  it('a 5 MB body: 413 with a JSON error, not an HTML page', async () => {
    const content = 'x'.repeat(5 * 1024 * 1024);
    const refusal = await post(server.url, query('mutation ($c: String!) { importWorkouts(input: { format: TEXT, content: $c }) { created { sessions } } }', { c: content }));
    expect(refusal.status).toBe(413);
    expect(refusal.contentType).toMatch(/^application\/json/);
    const error = onlyError(refusal);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'BODY_SIZE', maximum: DEFAULT_ENDPOINT_CONFIG.maxBodyBytes });
    expect(error.extensions.measured).toBeGreaterThan(5 * 1024 * 1024);
    expect(error.message).toMatch(/^The request body is 5,24\d,\d{3} bytes \(5\.0 MiB\); the limit is 4,194,304 bytes \(4\.0 MiB\)\.$/);
    await expectHealthy();
  });

  it('a batch (JSON array of operations): refused, whatever it holds', async () => {
    const batch = JSON.stringify(Array.from({ length: 3 }, () => ({ query: '{ __typename }' })));
    const refusal = await post(server.url, batch);
    expect(refusal.status).toBe(400);
    expect(onlyError(refusal)).toEqual({
      message: 'Batched requests are not supported: the body is a JSON array of 3 operations; the limit is 1 per request. Send each operation as its own request.',
      extensions: { code: 'BAD_USER_INPUT', limit: 'BATCH', maximum: 1, measured: 3 },
    });
    await expectHealthy();
  });

  it('circular fragments: a validation error naming the cycle, no endless recursion in any limit', async () => {
    const refusal = await post(
      server.url,
      query(`query { viewer { athlete { ...A } } }
        fragment A on Athlete { currentSession { athlete { ...B } } }
        fragment B on Athlete { currentSession { athlete { ...A } } }`),
    );
    expect(refusal.status).toBe(400);
    const codes = refusal.body.errors!.map((error) => error.extensions.code);
    expect(codes.every((code) => code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    expect(refusal.body.errors!.map((error) => error.message)).toContain('Cannot spread fragment "A" within itself via "B".');
    await expectHealthy();
  });

  it('fragments spreading each other twice, 2^30 fields once expanded: COMPLEXITY, answered at once', async () => {
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const started = performance.now();
    const refusal = await post(server.url, query(`query { ...F0 } ${fragments.join(' ')} fragment F30 on Query { __typename }`));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(refusal.status).toBe(400);
    expect(onlyError(refusal).extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'COMPLEXITY' });
    await expectHealthy();
  });

  it('200,000 tokens: TOKENS, counted in full, parsing stopped at 5,000', async () => {
    const refusal = await post(server.url, query(`{ ${'__typename '.repeat(200_000)}}`));
    expect(refusal.status).toBe(400);
    const error = onlyError(refusal);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'TOKENS', maximum: 5000, measured: 200_002 });
    expect(error.message).toBe('The document has 200,002 tokens; the limit is 5,000. Send large inputs as variables, and split big operations.');
    await expectHealthy();
  });

  it('a large but legitimate tree (wide and nested, within every limit) still runs', async () => {
    const result = await server.gql(
      'query { viewer { athlete { sessions(first: 100) { edges { node { setLogs { weightKg reps exercise { name } } } } } routines(first: 20) { edges { node { days { exercises { sets { targetReps } } } } } } } } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();
  });
});
