/**
 * Express middleware in front of Apollo on /graphql: what is refused or rewritten before a
 * request reaches GraphQL (batches, oversized or malformed bodies, persisted-document hashes).
 * Every refusal is a GraphQL-shaped JSON error with `extensions.code`, in the media type the
 * client accepts (GraphQL over HTTP: application/graphql-response+json when asked for).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { BadUserInputError, LimitExceededError } from './errors.js';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

interface ResponseError {
  message: string;
  extensions: Readonly<Record<string, unknown>>;
}

/** Writes `{ errors: [error] }` as the client's accepted media type. */
export function sendGraphQLError(req: Request, res: Response, status: number, error: ResponseError, headers: Record<string, string> = {}): void {
  const type = req.accepts(['application/json', GRAPHQL_RESPONSE]) === GRAPHQL_RESPONSE ? GRAPHQL_RESPONSE : 'application/json';
  res.status(status).set(headers).type(`${type}; charset=utf-8`).send(JSON.stringify({ errors: [{ message: error.message, extensions: error.extensions }] }));
}

/** Operation batching (a JSON array of operations) multiplies one request's cost past every per-request limit. */
export const refuseBatches: RequestHandler = (req, res, next) => {
  if (!Array.isArray(req.body)) return next();
  const operations = req.body.length;
  sendGraphQLError(
    req,
    res,
    400,
    new LimitExceededError(
      `Batched requests are not supported: the body is a JSON array of ${operations} operation${operations === 1 ? '' : 's'}; the limit is 1 per request. Send each operation as its own request.`,
      'BATCH',
      1,
      operations,
    ),
  );
};

/** Body-parser failures (too large, not JSON) as GraphQL errors instead of Express's HTML page. */
export function bodyErrors(maxBodyBytes: number): ErrorRequestHandler {
  return (error: { type?: string; length?: number; received?: number; status?: number }, req, res, next) => {
    if (error.type === 'entity.too.large') {
      const measured = Math.max(error.length ?? 0, error.received ?? 0, maxBodyBytes + 1);
      const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
      sendGraphQLError(
        req,
        res,
        413,
        new LimitExceededError(
          `The request body is ${measured.toLocaleString('en-US')} bytes (${mib(measured)}); the limit is ${maxBodyBytes.toLocaleString('en-US')} bytes (${mib(maxBodyBytes)}).`,
          'BODY_SIZE',
          maxBodyBytes,
          measured,
        ),
      );
      return;
    }
    if (error.type === 'entity.parse.failed' || error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
      sendGraphQLError(req, res, 400, new BadUserInputError('The request body is not valid JSON: send {"query": "…", "variables": {…}} with content-type application/json.'));
      return;
    }
    next(error);
  };
}

/** The SPA's documents by SHA-256 hash, as `pnpm codegen` writes them (web/src/gql/persisted-documents.json). */
export function loadPersistedDocuments(path: string | undefined): Map<string, string> {
  if (!path || !existsSync(path)) return new Map();
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return new Map(Object.entries(manifest).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

interface PersistedQueryExtension {
  version?: unknown;
  sha256Hash?: unknown;
}

/**
 * Turns `extensions.persistedQuery.sha256Hash` into the document it names. Only documents in the
 * manifest are known; clients cannot register new ones (partners send full documents instead).
 * A hash with its document (a client's retry after PersistedQueryNotFound) simply runs the document.
 */
export function persistedDocuments(documents: ReadonlyMap<string, string>): RequestHandler {
  return (req, res, next) => {
    const fromGet = req.method === 'GET';
    let url: URL | undefined;
    let body: Record<string, unknown>;
    if (fromGet) {
      url = new URL(req.url, 'http://localhost');
      const raw = url.searchParams.get('extensions');
      if (!raw) return next();
      let extensions: unknown;
      try {
        extensions = JSON.parse(raw);
      } catch {
        return next(); // Apollo reports the malformed parameter.
      }
      body = { query: url.searchParams.get('query') ?? undefined, extensions };
    } else {
      if (!req.body || typeof req.body !== 'object') return next();
      body = req.body as Record<string, unknown>;
    }
    const extensions = body.extensions as { persistedQuery?: PersistedQueryExtension } | undefined;
    const persisted = extensions?.persistedQuery;
    if (!persisted || typeof persisted !== 'object') return next();

    const { persistedQuery: _drop, ...otherExtensions } = extensions!;
    let query = typeof body.query === 'string' && body.query.length > 0 ? body.query : undefined;
    if (!query) {
      if (persisted.version !== 1 || typeof persisted.sha256Hash !== 'string') {
        sendGraphQLError(req, res, 400, new BadUserInputError('extensions.persistedQuery must be { version: 1, sha256Hash: "<64 hex digits>" }.'));
        return;
      }
      query = documents.get(persisted.sha256Hash);
      if (!query) {
        // The message and code are the ones clients (urql, Apollo Client) react to by resending the document.
        const notFound = { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } };
        const asGraphQLResponse = req.accepts(['application/json', GRAPHQL_RESPONSE]) === GRAPHQL_RESPONSE;
        sendGraphQLError(req, res, asGraphQLResponse ? 400 : 200, notFound, { 'cache-control': 'private, no-cache, must-revalidate' });
        return;
      }
    }
    if (fromGet) {
      url!.searchParams.set('query', query);
      if (Object.keys(otherExtensions).length > 0) url!.searchParams.set('extensions', JSON.stringify(otherExtensions));
      else url!.searchParams.delete('extensions');
      req.url = `${url!.pathname}${url!.search}`;
    } else {
      body.query = query;
      body.extensions = otherExtensions;
    }
    next();
  };
}
