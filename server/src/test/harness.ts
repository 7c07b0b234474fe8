/**
 * A real server for API tests: the app on a free port against the migrated test database.
 * `gql` runs an operation over HTTP exactly as a client would and returns the statement count
 * the server reports in `extensions.sqlStatements`.
 */
import 'reflect-metadata';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp, type App, type AppOptions } from '../app.js';
import { DEFAULT_ENDPOINT_CONFIG, type EndpointConfig } from '../config.js';
import { ormConfig } from '../db/orm.config.js';
import { createAppPubSub, type PubSub } from '../graphql/pubsub.js';

export interface GqlResult<T> {
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; field?: string } }[];
  extensions?: { sqlStatements?: number };
}

export interface TestServer {
  url: string;
  orm: MikroORM;
  app: App;
  /** The server's event bus, e.g. to watch what a mutation published. */
  pubSub: PubSub;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** A graphql-ws client authenticated with `token`. */
  wsClient(token?: string): Client;
  close(): Promise<void>;
}

/** What a test may change about the app; limits merge into the defaults. */
export interface TestServerOptions extends Partial<Pick<AppOptions, 'production' | 'redisUrl' | 'persistedDocuments' | 'log'>> {
  /** MikroORM options over the test defaults (e.g. a schema that does not exist, to force internal errors). */
  orm?: Partial<Options>;
  /** A database of the test's own (migrated) instead of the run's shared API database, e.g. to fingerprint every table. */
  databaseUrl?: string;
  endpoint?: Partial<Omit<EndpointConfig, 'rateLimit'>> & { rateLimit?: Partial<EndpointConfig['rateLimit']> };
}

/**
 * Rate limits are off unless a test asks for them: API tests send hundreds of requests from one
 * address in seconds. Every other limit is the production default.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const databaseUrl = options.databaseUrl ?? process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests through vitest (global setup)');
  const orm = await MikroORM.init(ormConfig(databaseUrl, { pool: { min: 0, max: 5 }, ...options.orm }));
  const pubSub = createAppPubSub();
  const endpoint: EndpointConfig = {
    ...DEFAULT_ENDPOINT_CONFIG,
    ...options.endpoint,
    rateLimit: { ...DEFAULT_ENDPOINT_CONFIG.rateLimit, perToken: 0, perAddress: 0, ...options.endpoint?.rateLimit },
  };
  const { orm: _orm, databaseUrl: _databaseUrl, ...appOptions } = options;
  const app = await createApp({ orm, pubSub, production: false, exposeQueryStats: true, log: process.env.TEST_LOG ? undefined : () => {}, ...appOptions, endpoint });
  const url = await app.listen(0, '127.0.0.1');
  const clients: Client[] = [];
  return {
    url,
    orm,
    app,
    pubSub,
    async gql(query, variables = {}, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GqlResult<never>;
    },
    wsClient(token) {
      const client = createClient({
        url: `${url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await app.close();
      await pubSub.close();
      await orm.close();
    },
  };
}
