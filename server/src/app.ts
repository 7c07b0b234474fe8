import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { type GraphQLSchema, GraphQLError, parse, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { buildContext, type Context } from './graphql/context.js';
import { createFormatError } from './graphql/format-error.js';
import { jitGateway } from './graphql/jit-executor.js';
import type { PubSub } from './graphql/pubsub.js';
import { buildAppSchema } from './graphql/schema.js';

export interface AppOptions {
  orm: MikroORM;
  pubSub: PubSub;
  production: boolean;
  exposeQueryStats: boolean;
  /** The built SPA, served at `/` with a fallback to index.html for client-side routes. */
  webDist?: string | undefined;
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
  const schema = await buildAppSchema(options.pubSub);
  const deps = { orm: options.orm, pubSub: options.pubSub };
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  const wsCleanup = useServer<{ authorization?: unknown }>(
    {
      schema,
      // Parse and validate here, so a bad document gets an error message instead of a closed socket.
      onSubscribe: async (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The subscription document does not parse.')];
        }
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        return {
          schema,
          document,
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          contextValue: await buildContext(deps, ctx.connectionParams?.authorization, {
            ip: ctx.extra.request.socket.remoteAddress ?? null,
            userAgent: ctx.extra.request.headers['user-agent'] ?? null,
          }),
        };
      },
      onError: (_ctx, _id, _payload, errors) => {
        for (const error of errors) if (!error.extensions?.code) log('subscription error', error);
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(schema),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(log),
    plugins: [
      // The default cache-control plugin wraps every field resolver; we set no cache hints, and on
      // a 12,000-object tree the wrapping cost more than a whole SQL statement.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              if (!options.exposeQueryStats || response.body.kind !== 'single') return;
              const result = response.body.singleResult;
              result.extensions = { ...result.extensions, sqlStatements: contextValue.stats.sqlStatements };
            },
          };
        },
      },
    ],
  });
  await apollo.start();

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
    // importWorkouts takes up to 2 MB of CSV or text, which JSON escaping (quotes, newlines) inflates;
    // anything larger than an import can be is refused before it is parsed.
    express.json({ limit: '4mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        buildContext(deps, req.headers.authorization, { ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null }),
    }),
  );
  if (options.webDist && existsSync(join(options.webDist, 'index.html'))) {
    const webDist = options.webDist;
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^(?!\/graphql).*/, (_req, res) => res.sendFile(join(webDist, 'index.html')));
  }

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
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
