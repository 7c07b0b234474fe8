/**
 * graphql-ws on the HTTP server's /graphql: subscriptions under the same limits, errors and
 * authentication as HTTP.
 *
 * - connection_init: `connectionParams.authorization` is checked at once; a token that does not
 *   authenticate closes the socket with 4403 Forbidden. No authorization means an anonymous
 *   connection, which may connect, but every subscription needs a viewer.
 * - Each subscription builds its own context from the token again, so access is re-checked per
 *   subscription (a token revoked since connecting gets UNAUTHENTICATED).
 * - Revoked login sessions (AUTH_SESSIONS_REVOKED, from any replica) close their sockets with 4403.
 */
import type { IncomingMessage, Server } from 'node:http';
import { type GraphQLFormattedError, type GraphQLSchema, GraphQLError, NoSchemaIntrospectionCustomRule, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
import { type ContextDeps, bearerToken, buildContext } from './context.js';
import { BadUserInputError, LimitExceededError, UnauthenticatedError } from './errors.js';
import { type QueryLimits, checkComplexity, limitRules, tokenLimitError } from './limits.js';
import { refuseUnstorableText } from './unstorable-text.js';
import type { RateLimiter } from './rate-limit.js';
import { findViewerByToken } from '../modules/identity/auth.service.js';

export interface SubscriptionServerOptions {
  schema: GraphQLSchema;
  deps: ContextDeps;
  limits: QueryLimits;
  production: boolean;
  rateLimiter: RateLimiter;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  clientAddress: (request: IncomingMessage) => string | null;
  log: (message: string, error?: unknown) => void;
}

type ConnectionParams = {
  authorization?: unknown;
};

/** 4403 is graphql-ws's Forbidden: the client does not retry it with the same credentials. */
export const REVOKED_CLOSE = { code: CloseCode.Forbidden, reason: 'Forbidden: the login session was revoked' } as const;

export function createSubscriptionServer(httpServer: Server, options: SubscriptionServerOptions) {
  const { schema, deps, limits, production, rateLimiter, formatError, clientAddress, log } = options;
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  const rules = [...specifiedRules, ...limitRules(limits), ...(production ? [NoSchemaIntrospectionCustomRule] : [])];

  /** Open sockets by the login session that authenticated them. */
  const socketsBySession = new Map<number, Set<WebSocket>>();
  const sessionOfSocket = new WeakMap<WebSocket, number>();
  const forget = (socket: WebSocket) => {
    const sessionId = sessionOfSocket.get(socket);
    if (sessionId === undefined) return;
    const sockets = socketsBySession.get(sessionId);
    sockets?.delete(socket);
    if (sockets?.size === 0) socketsBySession.delete(sessionId);
  };

  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));

  const cleanup = useServer<ConnectionParams>(
    {
      schema,
      isProd: production,
      onConnect: async (ctx) => {
        const { socket, request } = ctx.extra;
        const verdict = await rateLimiter.consume(clientAddress(request), ctx.connectionParams?.authorization);
        if (verdict?.error) {
          socket.close(4429, `Too many requests: retry after ${verdict.resetSeconds} s`);
          return false;
        }
        const authorization = ctx.connectionParams?.authorization;
        if (authorization === undefined || authorization === null || authorization === '') return true;
        const token = bearerToken(authorization);
        const viewer = token ? await findViewerByToken(deps.orm.em.fork(), token) : null;
        if (!viewer) return false;
        if (viewer.authSessionId != null && socket.readyState === socket.OPEN) {
          sessionOfSocket.set(socket, viewer.authSessionId);
          let sockets = socketsBySession.get(viewer.authSessionId);
          if (!sockets) socketsBySession.set(viewer.authSessionId, (sockets = new Set()));
          sockets.add(socket);
        }
        return true;
      },
      onClose: (ctx) => forget(ctx.extra.socket),
      // Parse, validate and check the limits here, so a bad document gets an error message instead of a closed socket.
      onSubscribe: async (ctx, _id, payload) => {
        const { request } = ctx.extra;
        const authorization = ctx.connectionParams?.authorization;
        const verdict = await rateLimiter.consume(clientAddress(request), authorization);
        if (verdict?.error) return [verdict.error];
        let document;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          return [
            tokenLimitError(error) ??
              new GraphQLError(error instanceof GraphQLError ? error.message : 'The subscription document does not parse.', {
                extensions: { code: 'GRAPHQL_PARSE_FAILED' },
              }),
          ];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) {
          // Coded as Apollo codes them over HTTP; the limit rules' errors carry their own.
          return errors.map((error) =>
            error instanceof LimitExceededError ? error : new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
          );
        }
        const operationName = payload.operationName ?? undefined;
        if (getOperationAST(document, operationName)?.operation !== 'subscription') {
          return [new BadUserInputError('This socket carries subscriptions only: send queries and mutations with POST /graphql.')];
        }
        try {
          refuseUnstorableText(document, payload.variables);
          checkComplexity(schema, document, payload.variables ?? undefined, operationName, limits);
        } catch (error) {
          return [error as GraphQLError];
        }
        const contextValue = await buildContext(deps, authorization, {
          ip: clientAddress(request),
          userAgent: request.headers['user-agent'] ?? null,
        });
        if (!contextValue.viewer) {
          return [new UnauthenticatedError('Log in to subscribe: send connectionParams { authorization: "Bearer <token>" } when connecting.')];
        }
        return { schema, document, variableValues: payload.variables ?? undefined, operationName, contextValue };
      },
      // Errors reach the client shaped like HTTP's: our codes pass, anything unknown is masked and logged.
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : undefined),
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wsServer,
  );

  const revocations = deps.pubSub.subscribe('AUTH_SESSIONS_REVOKED');
  const listening = (async () => {
    for await (const event of revocations) {
      for (const sessionId of event.authSessionIds) {
        for (const socket of socketsBySession.get(sessionId) ?? []) socket.close(REVOKED_CLOSE.code, REVOKED_CLOSE.reason);
        socketsBySession.delete(sessionId);
      }
    }
  })().catch((error: unknown) => log('revocation listener stopped', error));

  return {
    async dispose() {
      await revocations.return?.(undefined);
      await listening;
      await cleanup.dispose();
    },
  };
}
