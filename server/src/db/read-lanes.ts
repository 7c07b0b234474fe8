import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { QueryStats } from './orm.config.js';
import { type RequestTransaction, beginRequestTransaction } from './tenant.js';

/**
 * Read lanes: a query's request transaction may fan out over a few pooled connections, so the
 * DataLoaders of independent branches of its tree (a roster's routines and its sessions) run their
 * statements at once instead of queueing on one connection.
 *
 * Every lane is a READ ONLY transaction opened exactly as the primary one (beginRequestTransaction:
 * role `repwise_app`, the viewer and the subjects they may see, all `set_config(…, true)`), so
 * row-level security applies on each connection alike. Mutations never get lanes: they keep their
 * single transaction with savepoints.
 *
 * At most `readLanes` lanes (README: Configuration, `READ_LANES`). Lanes beyond the request's own connection are a bonus, never a wait. They are opened only while
 * the pool has connections to spare beyond one kept for the next request, and a loader is handed
 * only a lane that is already open, so a request never holds one connection while waiting for
 * another (no deadlock when every pooled connection is taken). A lane still opening when the
 * request ends is closed as soon as it opens.
 */

/** What we read of pg's Pool to decide whether a request may take more than one connection. */
interface PoolGauge {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max: number };
}

const gauges = new WeakMap<MikroORM, PoolGauge | null>();
/** Lanes still opening (or closing, when their request ended first): the app waits for them before the pool closes. */
const lanesOpening = new Set<Promise<unknown>>();

/** Resolves once no read lane is opening any more (app.close, before the ORM ends its pool). */
export async function readLanesSettled(): Promise<void> {
  while (lanesOpening.size > 0) await Promise.allSettled([...lanesOpening]);
}

/** Extra lanes asked of the pool and not yet given: counted against the spare connections. */
let extrasOpening = 0;

/** Finds the ORM's connection pool, so queries can see whether it has connections to spare (the app does it at start). */
export async function watchPool(orm: MikroORM): Promise<void> {
  if (gauges.get(orm)) return;
  const connection = orm.em.getConnection() as unknown as { getNativeClient?: () => Promise<PoolGauge> };
  gauges.set(orm, (await connection.getNativeClient?.()) ?? null);
}

/** The pool, once watchPool has found it; until then queries read on one connection. */
function gaugeOf(orm: MikroORM): PoolGauge | null {
  if (!gauges.has(orm)) void watchPool(orm).catch(() => undefined);
  return gauges.get(orm) ?? null;
}

/** How many extra lanes a query may open now: what the pool could hand out at once, less one kept free. */
export function spareConnections(pool: PoolGauge): number {
  return pool.options.max - pool.totalCount + pool.idleCount - pool.waitingCount - extrasOpening - 1;
}

export class ReadLanes {
  /** Open lanes, the request's own first; loaders are dealt among them in turn. */
  private readonly open: EntityManager[];
  private readonly transactions: RequestTransaction[] = [];
  private dealt = 0;
  private ended = false;
  /** The statements that opened the extra lanes: they depend on the pool's load, so they are kept out of the request's count. */
  readonly setupStats = new QueryStats();

  constructor(private readonly primary: EntityManager) {
    this.open = [primary];
  }

  /** The next lane for a newly created loader. */
  pick(): EntityManager {
    const lane = this.open[this.dealt % this.open.length]!;
    this.dealt += 1;
    return lane;
  }

  get count(): number {
    return this.open.length;
  }

  /** Starts opening up to `readLanes - 1` extra lanes, as far as the pool can spare connections; does not wait for them. */
  widen(
    orm: MikroORM,
    identity: { userId: number | null; subjectId: number | null },
    readLanes: number,
    log: (message: string, error: unknown) => void,
  ): void {
    if (readLanes <= 1) return;
    const pool = gaugeOf(orm);
    if (!pool) return;
    const extras = Math.min(readLanes - 1, spareConnections(pool));
    const loggerContext = this.primary.getLoggerContext();
    for (let i = 0; i < extras; i += 1) {
      extrasOpening += 1;
      const lane = orm.em.fork({ loggerContext: { ...loggerContext, stats: this.setupStats } }) as EntityManager;
      const opening = (async () => {
        let transaction: RequestTransaction;
        try {
          transaction = await beginRequestTransaction(lane, identity, { readOnly: true });
        } catch (error) {
          return log('opening a read lane failed; the query reads on fewer connections', error);
        } finally {
          extrasOpening -= 1;
        }
        if (this.ended) return transaction.finish().catch((error: unknown) => log('closing a read lane failed', error));
        // From here on its statements count as the request's, like the primary connection's.
        lane.setLoggerContext(loggerContext);
        this.open.push(lane);
        this.transactions.push(transaction);
        if (loggerContext.stats instanceof QueryStats) loggerContext.stats.readLanes = this.open.length;
      })();
      lanesOpening.add(opening);
      void opening.finally(() => lanesOpening.delete(opening));
    }
  }

  /** Ends the extra lanes' transactions (read only: nothing to keep) and returns their connections. */
  async close(): Promise<void> {
    this.ended = true;
    await Promise.all(this.transactions.splice(0).map((transaction) => transaction.finish().catch(() => undefined)));
  }
}
