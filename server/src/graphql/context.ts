import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo, OperationTypeNode } from 'graphql';
import type { PubSub } from './pubsub.js';
import { QueryStats } from '../db/orm.config.js';
import { ReadLanes } from '../db/read-lanes.js';
import { type RequestTransaction, beginRequestTransaction, pubSubAfterCommit } from '../db/tenant.js';
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

const LOADER_MODULES = [createIdentityLoaders, createCatalogLoaders, createPlanningLoaders, createExecutionLoaders, createProfileLoaders, createHealthLoaders];

/**
 * createLoaders, each module's loaders made on first use on the lane `pick` deals (see ReadLanes).
 * A module's loaders stay together on one lane: some prime each other (a routine's days prime
 * their exercises and planned sets).
 */
function laneLoaders(em: EntityManager, pick: () => EntityManager): Loaders {
  const loaders = {};
  for (const create of LOADER_MODULES) {
    let made: Record<string, unknown> | undefined;
    for (const key of Object.keys(create(em))) {
      Object.defineProperty(loaders, key, { enumerable: true, get: () => (made ??= create(pick()) as Record<string, unknown>)[key] });
    }
  }
  return loaders as Loaders;
}

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
  if (!loader) ctx.placedLoaders.set(key, (loader = create(ctx.loaderEm())));
  return loader;
}

/** Everything one GraphQL operation sees: built per HTTP request and per subscription. */
export interface Context {
  requestId: string;
  /** A fork of the ORM's EntityManager, private to this operation. */
  em: EntityManager;
  /**
   * The EntityManager a new DataLoader reads with: `em`, or in a query one of its read lanes
   * (db/read-lanes.ts), so independent loaders run at once on separate connections.
   */
  loaderEm(): EntityManager;
  loaders: Loaders;
  /** See loaderAt. */
  placedLoaders: Map<string, unknown>;
  viewer: Viewer | null;
  stats: QueryStats;
  pubSub: PubSub;
  /** Where the request came from, for the audit trail. */
  client: ClientInfo;
  /**
   * Opens the operation's request transaction (HTTP) once its type is known: READ ONLY for a query,
   * which may also read on a few extra lanes; a mutation's one transaction otherwise. A no-op for
   * subscriptions. Resolvers run only after it.
   */
  begin(operation: OperationTypeNode | undefined): Promise<void>;
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
  options: { requestTransaction?: boolean; readLanes?: number; log?: (message: string, error: unknown) => void } = {},
): Promise<Context> {
  const stats = new QueryStats();
  const requestId = randomUUID();
  const em = deps.orm.em.fork({ loggerContext: { stats, requestId } }) as EntityManager;
  const token = bearerToken(authorization);
  const viewer = token ? await findViewerByToken(em, token) : null;
  const base = { requestId, em, placedLoaders: new Map<string, unknown>(), viewer, stats, client };
  if (!options.requestTransaction) {
    return { ...base, loaders: createLoaders(em), loaderEm: () => em, pubSub: deps.pubSub, begin: async () => {}, finish: async () => {} };
  }

  const identity = { userId: viewer?.userId ?? null, subjectId: viewer?.subjectId ?? null };
  const log = options.log ?? ((message: string, error: unknown) => console.error(message, error));
  const lanes = new ReadLanes(em);
  const pick = () => lanes.pick();
  const pubSub = pubSubAfterCommit(deps.pubSub);
  let transaction: Promise<RequestTransaction> | undefined;
  let failed = false;
  return {
    ...base,
    loaders: laneLoaders(em, pick),
    loaderEm: pick,
    pubSub,
    begin: async (operation) => {
      if (!transaction) {
        const readOnly = operation === 'query';
        transaction = beginRequestTransaction(em, identity, { readOnly });
        if (readOnly) lanes.widen(deps.orm, identity, options.readLanes ?? 1, log);
      }
      await transaction;
    },
    finish: async (failedNow = false) => {
      failed ||= failedNow;
      // Extra lanes are read only: closing them races nothing, so it runs alongside the commit.
      const closing = lanes.close();
      try {
        const opened = await transaction?.catch(() => undefined);
        if (opened) {
          if (failed) opened.abort();
          await opened.finish();
        }
      } catch (error) {
        pubSub.discard();
        throw error;
      } finally {
        await closing;
      }
      await pubSub.release();
    },
  };
}
