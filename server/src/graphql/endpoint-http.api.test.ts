/**
 * The HTTP endpoint as GraphQL over HTTP describes it, CSRF prevention, and what production
 * hides: introspection, field suggestions, internals of unexpected errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAthlete, logInAs } from '../test/factories.js';
import { startTestServer, type TestServer } from '../test/harness.js';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = await logInAs(server, (await createTestAthlete(server.orm)).email);
});
afterAll(async () => {
  await server?.close();
});

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

async function request(url: string, init: RequestInit & { path?: string } = {}) {
  const response = await fetch(`${url}/graphql${init.path ?? ''}`, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

const postJson = (body: unknown, headers: Record<string, string> = {}, url = server.url) =>
  request(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body: JSON.stringify(body) });

describe('GraphQL over HTTP', () => {
  it('answers application/graphql-response+json when Accept asks for it: 200 with data, 400 for a request error', async () => {
    const ok = await postJson({ query: '{ viewer { id } }' }, { accept: `${GRAPHQL_RESPONSE}, application/json;q=0.9` });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
    expect(ok.body.data).toMatchObject({ viewer: { id: expect.any(String) } });

    const invalid = await postJson({ query: '{ viewer { nope } }' }, { accept: GRAPHQL_RESPONSE });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('content-type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
    expect(invalid.body.data).toBeUndefined();
    expect(invalid.body.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const unparsable = await postJson({ query: '{ viewer { ' }, { accept: GRAPHQL_RESPONSE });
    expect(unparsable.status).toBe(400);
    expect(unparsable.body.errors![0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a field error with 200 and data, in either media type', async () => {
    // A foreign id: the field is null with NOT_FOUND/FORBIDDEN, the rest of the data is there.
    const result = await postJson({ query: '{ viewer { id } node(id: "Um91dGluZTo5OTk5OTk5") { id } }' }, { accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(200);
    expect(result.body.data).toMatchObject({ viewer: { id: expect.any(String) } });
  });

  it('answers application/json without Accept, or when Accept prefers it; limit refusals follow the same negotiation', async () => {
    const plain = await postJson({ query: '{ viewer { id } }' });
    expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const asked = await postJson({ query: '{ viewer { id } }' }, { accept: 'application/json' });
    expect(asked.headers.get('content-type')).toBe('application/json; charset=utf-8');

    const batch = await request(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
      body: JSON.stringify([{ query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    expect(batch.headers.get('content-type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
  });

  it('runs queries over GET (with a preflight-forcing header) and refuses mutations over GET with 405 Allow: POST', async () => {
    const search = (query: string) => `?query=${encodeURIComponent(query)}`;
    const get = await request(server.url, { path: search('{ viewer { id } }'), headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(get.body.data).toMatchObject({ viewer: { id: expect.any(String) } });

    const mutation = await request(server.url, {
      path: search('mutation { logIn(input: { email: "a@b.c", password: "x" }) { token } }'),
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get('allow')).toBe('POST');
    expect(mutation.body.errors![0]!.message).toBe('GET requests only support query operations, not mutation operations');
  });
});

describe('CSRF prevention', () => {
  const csrfMessage = /This operation has been blocked as a potential Cross-Site Request Forgery/;

  it('refuses a simple GET (no content-type, no apollo-require-preflight): a browser would send it cross-site without asking', async () => {
    const result = await request(server.url, { path: `?query=${encodeURIComponent('{ __typename }')}` });
    expect(result.status).toBe(400);
    expect(result.body.errors![0]!.message).toMatch(csrfMessage);
    expect(result.body.errors![0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses simple POSTs (text/plain, form-urlencoded, multipart) before running them', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const result = await request(server.url, {
        method: 'POST',
        headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ viewer { id } }' }),
      });
      expect(result.status).toBe(400);
      expect(result.body.errors![0]!.message).toMatch(csrfMessage);
    }
  });
});

describe('development and production', () => {
  it('in development: introspection answers and unknown fields get a suggestion', async () => {
    const introspection = await postJson({ query: '{ __schema { queryType { name } } }' });
    expect(introspection.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await postJson({ query: '{ viewr { id } }' });
    expect(typo.body.errors![0]!.message).toBe('Cannot query field "viewr" on type "Query". Did you mean "viewer"?');
  });

  it('in production: no introspection, no "Did you mean", and an unexpected error shows neither SQL nor a stack', async () => {
    const logged: unknown[] = [];
    const production = await startTestServer({ production: true, log: (_message, error) => logged.push(error) });
    try {
      const introspection = await postJson({ query: '{ __schema { queryType { name } } }' }, {}, production.url);
      expect(introspection.status).toBe(400);
      expect(introspection.body.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(introspection.body.errors![0]!.message).toMatch(/introspection/i);

      const typo = await postJson({ query: '{ viewr { id } }' }, {}, production.url);
      expect(typo.body.errors![0]!.message).toBe('Cannot query field "viewr" on type "Query".');
      const enumTypo = await postJson({ query: 'query ($f: ExerciseFilter) { exercises(filter: $f) { totalCount } }', variables: { f: { movment: 'SQUAT' } } }, {}, production.url);
      expect(enumTypo.text).not.toMatch(/Did you mean/);
    } finally {
      await production.close();
    }

    // A real internal failure: the same server code, each of its connections searching a schema that does not exist.
    const failing = await startTestServer({
      production: true,
      orm: {
        onCreateConnection: async (connection) => {
          await (connection as { executeQuery(query: unknown): Promise<unknown> }).executeQuery({ sql: 'set search_path to no_such_schema', parameters: [] });
        },
      },
      log: (_message, error) => logged.push(error),
    });
    try {
      const result = await request(failing.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ exercises(first: 1) { totalCount } }' }),
      });
      expect(result.status).toBe(200);
      expect(result.body.errors).toHaveLength(1);
      const error = result.body.errors![0]!;
      expect(error.message).toMatch(/^Something went wrong on our side\. Quote error id [0-9a-f-]{36} if you report it\.$/);
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.any(String) });
      expect(result.text).not.toMatch(/select |relation|does not exist|no_such_schema|stacktrace|\.ts:\d+|\bat \S+ \(/i);
      // The server kept the details for itself.
      expect(String(logged.at(-1))).toMatch(/relation "exercises" does not exist/);
    } finally {
      await failing.close();
    }
  });
});

describe('text PostgreSQL cannot store as sent', () => {
  // Regression (found by mutation-fuzz.api.test.ts): PostgreSQL's text cannot hold U+0000, and a
  // string carrying it failed in the driver as INTERNAL_SERVER_ERROR.
  const CREATE_KEY = 'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }';

  async function keysOfViewer(): Promise<number> {
    const keys = await postJson({ query: '{ apiKeys(first: 50) { edges { node { id } } } }' });
    return (keys.body.data as { apiKeys: { edges: unknown[] } }).apiKeys.edges.length;
  }

  it('refuses the NUL character in a variable with BAD_USER_INPUT naming the field, before anything is stored', async () => {
    const before = await keysOfViewer();
    const refused = await postJson({ query: CREATE_KEY, variables: { input: { clientId: crypto.randomUUID(), name: 'partner\u0000key', scopes: ['READ'] } } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { message: '$input.name contains the NUL character (U+0000), which cannot be stored: remove it from the text.', extensions: { code: 'BAD_USER_INPUT', field: 'name' } },
    ]);
    expect(await keysOfViewer()).toBe(before);

    const nested = await postJson({ query: 'query ($filter: ExerciseFilter) { exercises(filter: $filter, first: 1) { edges { node { id } } } }', variables: { filter: { search: 'squat\u0000' } } });
    expect(nested.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
  });

  it('refuses the NUL character as a string literal in the document too', async () => {
    const before = await keysOfViewer();
    const refused = await postJson({ query: `mutation { createApiKey(input: { clientId: "${crypto.randomUUID()}", name: "partner\\u0000key", scopes: [READ] }) { secret } }` });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('NUL character'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await keysOfViewer()).toBe(before);
  });

  it('refuses half of a character (a lone surrogate) the same way; it made the e-mail validator throw', async () => {
    // Regression (found by the fuzz): logIn(input: { email: "\ud83d" }) answered a bare "Internal server error".
    const refused = await postJson({ query: 'mutation ($input: LogInInput!) { logIn(input: $input) { token } }', variables: { input: { email: '\ud83d', password: 'whatever it is' } } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        message: '$input.email holds half of a character (a lone UTF-16 surrogate), which cannot be stored: send well-formed Unicode text.',
        extensions: { code: 'BAD_USER_INPUT', field: 'email' },
      },
    ]);
    // A whole emoji (a surrogate pair) is ordinary text.
    const emoji = await postJson({ query: 'mutation ($input: LogInInput!) { logIn(input: $input) { token } }', variables: { input: { email: 'nobody@test.repwise.dev', password: '💪 strong' } } });
    expect(emoji.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});
