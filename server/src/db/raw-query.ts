import type { LoggingOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A hand-written SQL statement on `em`'s connection (and transaction). Unlike a bare
 * `em.execute`, it carries the fork's logger context, so the request's statement count sees it.
 */
export function rawQuery<T>(em: EntityManager, query: string, params: unknown[] = []): Promise<T[]> {
  return em.execute<T[]>(query, params, 'all', em.getLoggerContext() as LoggingOptions);
}
