/**
 * Persisted documents: the SPA's documents (web/src/gql/persisted-documents.json, written by
 * `pnpm codegen`) run by their SHA-256 hash; partners still send whole documents.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parse, specifiedRules, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ENDPOINT_CONFIG } from '../config.js';
import { createTestAthlete, logInAs } from '../test/factories.js';
import { startTestServer, type TestServer } from '../test/harness.js';
import { loadPersistedDocuments } from './http-guards.js';
import { limitRules } from './limits.js';

const manifestPath = fileURLToPath(new URL('../../../web/src/gql/persisted-documents.json', import.meta.url));
const documents = loadPersistedDocuments(manifestPath);
const viewerHash = [...documents].find(([, text]) => text.startsWith('query Viewer '))?.[0];

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer({ persistedDocuments: documents });
  token = await logInAs(server, (await createTestAthlete(server.orm)).email);
});
afterAll(async () => {
  await server?.close();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: { viewer?: { id: string; username: string } }; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

const persisted = (sha256Hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash } } });

describe('persisted documents', () => {
  it('the manifest holds the SPA documents under their SHA-256, and each passes every endpoint limit', () => {
    expect(documents.size).toBeGreaterThanOrEqual(5);
    expect(viewerHash).toBeDefined();
    for (const [hash, text] of documents) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
      const document = parse(text, { maxTokens: DEFAULT_ENDPOINT_CONFIG.maxTokens });
      expect(validate(server.app.schema, document, [...specifiedRules, ...limitRules(DEFAULT_ENDPOINT_CONFIG)])).toEqual([]);
    }
  });

  it('runs a document sent as its hash alone, over POST and GET', async () => {
    const byHash = await post({ operationName: 'Viewer', ...persisted(viewerHash!) });
    expect(byHash.status).toBe(200);
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.body.data!.viewer).toMatchObject({ id: expect.any(String), username: expect.any(String) });

    const search = new URLSearchParams({ operationName: 'Viewer', extensions: JSON.stringify(persisted(viewerHash!).extensions) });
    const response = await fetch(`${server.url}/graphql?${search}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toEqual(byHash.body.data);
  });

  it('answers an unknown hash with PersistedQueryNotFound, which clients answer by sending the document', async () => {
    const unknown = await post(persisted('0'.repeat(64)));
    expect(unknown.status).toBe(200);
    expect(unknown.body.errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);

    // The client's retry: the same hash with the document. It runs (nothing is stored under the hash).
    const retry = await post({ query: '{ viewer { id } }', ...persisted('0'.repeat(64)) });
    expect(retry.body.errors).toBeUndefined();
    expect(retry.body.data!.viewer!.id).toEqual(expect.any(String));
    expect((await post(persisted('0'.repeat(64)))).body.errors![0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a malformed persistedQuery extension, and still runs arbitrary documents for partners', async () => {
    const malformed = await post({ extensions: { persistedQuery: { version: 2, sha256Hash: viewerHash } } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors![0]).toEqual({
      message: 'extensions.persistedQuery must be { version: 1, sha256Hash: "<64 hex digits>" }.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const partner = await post({ query: 'query Mine { viewer { username } }' });
    expect(partner.body.errors).toBeUndefined();
    expect(partner.body.data!.viewer!.username).toEqual(expect.any(String));
  });
});
