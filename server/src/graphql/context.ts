import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { PubSub } from './pubsub.js';
import { QueryStats } from '../db/orm.config.js';
import { beginRequestTransaction, pubSubAfterCommit } from '../db/tenant.js';
import { createCatalogLoaders } from '../modules/catalog/catalog.loaders.js';
import { createExecutionLoaders } from '../modules/execution/execution.loaders.js';
import { createHealthLoaders } from '../modules/health/health.loaders.js';
import { createIdentityLoaders } from '../modules/identity/identity.loaders.js';
import { createProfileLoaders } from '../modules/identity/profile.loaders.js';
import { type Viewer, findViewerByToken } from '../modules/identity/auth.service.js';
import { createPlanningLoaders } from '../modules/planning/planning.loaders.js';

export function createLoaders(em: EntityManager) {
  return {
    ...createIdentityLoaders(em),
    ...createCatalogLoaders(em),
    ...createPlanningLoaders(em),
    ...createExecutionLoaders(em),
    ...createProfileLoaders(em),
    ...createHealthLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * A loader per place in the query tree, for a relation that can appear at several places in one
 * query (a session's set logs under `currentSession` and under `sessions`). Parents at one place
 * resolve together, so each place costs exactly one statement; one loader shared by all places
 * would merge or split batches depending on which branch happened to resolve first, and the
 * statement count would wobble.
 */
export function loaderAt<T>(ctx: Context, info: GraphQLResolveInfo, name: string, create: (em: EntityManager) => T): T {
  const segments: (string | number)[] = [];
  // The parent object's place: list indices dropped, so every element of a list shares it.
  for (let path = info.path.prev; path; path = path.prev) if (typeof path.key === 'string') segments.push(path.key);
  const key = `${name}@${segments.reverse().join('.')}`;
  let loader = ctx.placedLoaders.get(key) as T | undefined;
  if (!loader) ctx.placedLoaders.set(key, (loader = create(ctx.em)));
  return loader;
}

/** Everything one GraphQL operation sees: built per HTTP request and per subscription. */
export interface Context {
  requestId: string;
  /** A fork of the ORM's EntityManager, private to this operation. */
  em: EntityManager;
  loaders: Loaders;
  /** See loaderAt. */
  placedLoaders: Map<string, unknown>;
  viewer: Viewer | null;
  stats: QueryStats;
  pubSub: PubSub;
  /** Where the request came from, for the audit trail. */
  client: ClientInfo;
  /**
   * Ends the operation's request transaction (HTTP): commits, or rolls back when `failed`, then
   * delivers the events published meanwhile. A no-op for subscriptions, which run without one.
   */
  finish(failed?: boolean): Promise<void>;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface ContextDeps {
  orm: MikroORM;
  pubSub: PubSub;
}

/** Reads `Bearer <token>` (the scheme is optional: graphql-ws clients often send the bare value). */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^(?:Bearer\s+)?([A-Za-z0-9_-]{20,200})$/i.exec(header.trim());
  return match ? match[1]! : null;
}

export async function buildContext(
  deps: ContextDeps,
  authorization: unknown,
  client: ClientInfo = { ip: null, userAgent: null },
  options: { requestTransaction?: boolean } = {},
): Promise<Context> {
  const stats = new QueryStats();
  const requestId = randomUUID();
  const em = deps.orm.em.fork({ loggerContext: { stats, requestId } }) as EntityManager;
  const token = bearerToken(authorization);
  const viewer = token ? await findViewerByToken(em, token) : null;
  const base = { requestId, em, loaders: createLoaders(em), placedLoaders: new Map<string, unknown>(), viewer, stats, client };
  if (!options.requestTransaction) return { ...base, pubSub: deps.pubSub, finish: async () => {} };

  const transaction = await beginRequestTransaction(em, { userId: viewer?.userId ?? null, subjectId: viewer?.subjectId ?? null });
  const pubSub = pubSubAfterCommit(deps.pubSub);
  return {
    ...base,
    pubSub,
    finish: async (failed = false) => {
      if (failed) transaction.abort();
      try {
        await transaction.finish();
      } catch (error) {
        pubSub.discard();
        throw error;
      }
      await pubSub.release();
    },
  };
}
