import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import proxyAddr from 'proxy-addr';
import { DEFAULT_ENDPOINT_CONFIG, type EndpointConfig } from './config.js';
import { readLanesSettled, watchPool } from './db/read-lanes.js';
import { buildContext, type Context } from './graphql/context.js';
import { BadUserInputError, LimitExceededError } from './graphql/errors.js';
import { createFormatError } from './graphql/format-error.js';
import { bodyErrors, persistedDocuments, refuseBatches, sendGraphQLError } from './graphql/http-guards.js';
import { jitGateway } from './graphql/jit-executor.js';
import { checkComplexity, limitRules } from './graphql/limits.js';
import { refuseUnstorableText } from './graphql/unstorable-text.js';
import type { PubSub } from './graphql/pubsub.js';
import { RateLimiter, rateLimitRequests } from './graphql/rate-limit.js';
import { buildAppSchema } from './graphql/schema.js';
import { createSubscriptionServer } from './graphql/ws-server.js';

export interface AppOptions {
  orm: MikroORM;
  pubSub: PubSub;
  production: boolean;
  exposeQueryStats: boolean;
  /** The built SPA, served at `/` with a fallback to index.html for client-side routes. */
  webDist?: string | undefined;
  /** Limits per request and rate limits; README: Configuration. */
  endpoint?: EndpointConfig;
  /** Shares rate-limit counters between replicas. */
  redisUrl?: string | undefined;
  /** Persisted documents by SHA-256 hash (the SPA's, from codegen). */
  persistedDocuments?: ReadonlyMap<string, string>;
  log?: (message: string, error?: unknown) => void;
}

export interface App {
  httpServer: Server;
  schema: GraphQLSchema;
  /** Starts listening; resolves to the base URL. Port 0 picks a free port. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** HTTP (Apollo over Express) and graphql-ws share one http.Server, one path (/graphql), one schema and one context builder. */
export async function createApp(options: AppOptions): Promise<App> {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  const endpoint = options.endpoint ?? DEFAULT_ENDPOINT_CONFIG;
  const schema = await buildAppSchema(options.pubSub);
  const deps = { orm: options.orm, pubSub: options.pubSub };
  const app = express();
  app.disable('x-powered-by');
  // No ETag on res.send: GraphQL answers are POSTs nobody revalidates, and hashing a roster tree's
  // 470 KiB per response cost ~1 ms (bench profile). express.static keeps its own ETags.
  app.set('etag', false);
  app.set('trust proxy', endpoint.trustProxy);
  const trust = app.get('trust proxy fn') as Parameters<typeof proxyAddr>[1];
  const clientAddress = (request: IncomingMessage) => proxyAddr(request, trust) || null;
  const httpServer = createServer(app);
  const formatError = createFormatError(log, { hideSuggestions: options.production });
  const rateLimiter = new RateLimiter(endpoint.rateLimit, options.redisUrl);
  if (!(await rateLimiter.ready())) log('Redis is not answering: rate limits count per replica until it does.');

  const subscriptions = createSubscriptionServer(httpServer, {
    schema,
    deps,
    limits: endpoint,
    production: options.production,
    rateLimiter,
    formatError,
    clientAddress,
    log,
  });

  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(schema),
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    // Explicit, though these are Apollo 5's defaults: a form or GET without a preflight-forcing
    // header is refused, and a JSON array of operations never reaches the executor.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: endpoint.maxTokens },
    validationRules: limitRules(endpoint),
    formatError,
    plugins: [
      // The default cache-control plugin wraps every field resolver; we set no cache hints, and on
      // a 12,000-object tree the wrapping cost more than a whole SQL statement.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await subscriptions.dispose();
            },
          };
        },
      },
      {
        async requestDidStart() {
          return {
            // Cost depends on the variables (`first: $n`), so it is checked per request, after validation;
            // so are strings PostgreSQL could not store as sent.
            async didResolveOperation({ document, request, operationName, operation, contextValue }) {
              try {
                refuseUnstorableText(document, request.variables);
                checkComplexity(schema, document, request.variables, operationName ?? undefined, endpoint);
              } catch (error) {
                if (error instanceof LimitExceededError || error instanceof BadUserInputError) {
                  error.extensions.http = { status: 400, headers: new HeaderMap() };
                }
                throw error;
              }
              // Only now is the operation's type known: a query reads in READ ONLY transactions on up to
              // a few connections, anything else in one transaction (graphql/context.ts).
              await contextValue.begin(operation?.operation);
            },
            async willSendResponse({ response, contextValue }) {
              // Commit before the answer leaves: a write the client sees acknowledged is durable.
              try {
                await contextValue.finish();
              } catch (error) {
                log('request transaction failed to commit', error);
                if (response.body.kind === 'single') {
                  response.body.singleResult = {
                    errors: [{ message: 'Your request could not be saved; nothing of it was kept. Send it again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
                  };
                }
                return;
              }
              if (!options.exposeQueryStats || response.body.kind !== 'single') return;
              const result = response.body.singleResult;
              result.extensions = { ...result.extensions, sqlStatements: contextValue.stats.sqlStatements, readLanes: contextValue.stats.readLanes };
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  await watchPool(options.orm);

  app.get('/healthz', async (_req, res) => {
    try {
      await options.orm.em.fork().execute('select 1');
      res.json({ ok: true });
    } catch {
      res.status(503).json({ ok: false });
    }
  });
  app.use(
    '/graphql',
    // Counted before the body is read: a refused client costs no parsing.
    rateLimitRequests(rateLimiter),
    // importWorkouts takes up to 2 MB of CSV or text, which JSON escaping (quotes, newlines) inflates;
    // anything larger than an import can be is refused (413) before it is parsed.
    express.json({ limit: endpoint.maxBodyBytes }),
    bodyErrors(endpoint.maxBodyBytes),
    refuseBatches,
    persistedDocuments(options.persistedDocuments ?? new Map()),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        buildContext(deps, req.headers.authorization, { ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null }, { requestTransaction: true, readLanes: endpoint.readLanes, log }),
    }),
  );
  if (options.webDist && existsSync(join(options.webDist, 'index.html'))) {
    const webDist = options.webDist;
    // Hashed assets never change; the page, the service worker and its precache list must be
    // revalidated, or a deploy reaches a phone only after the cache expires.
    const revalidate = /(?:^|\/)(?:index\.html|sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/;
    app.use(
      express.static(webDist, {
        index: 'index.html',
        maxAge: '1h',
        setHeaders: (res, path) => {
          if (revalidate.test(path)) res.setHeader('Cache-Control', 'no-cache');
        },
      }),
    );
    app.get(/^(?!\/graphql).*/, (_req, res) => res.sendFile(join(webDist, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } }));
  }
  // Last: whatever escaped a handler answers JSON without details (Express's own page shows the stack).
  app.use((error: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const errorId = crypto.randomUUID();
    log(`unexpected error ${errorId}`, error);
    if (res.headersSent) return;
    sendGraphQLError(req, res, 500, { message: `Something went wrong on our side. Quote error id ${errorId} if you report it.`, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } });
  });

  return {
    httpServer,
    schema,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          resolve(`http://localhost:${address.port}`);
        });
      }),
    close: async () => {
      await apollo.stop();
      // A read lane still opening holds a connection the pool would wait for when the ORM closes.
      await readLanesSettled();
      await rateLimiter.close();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
