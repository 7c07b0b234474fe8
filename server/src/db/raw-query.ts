import type { LoggingOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A hand-written SQL statement on `em`'s connection (and transaction). Unlike a bare
 * `em.execute`, it carries the fork's logger context, so the request's statement count sees it.
 */
export function rawQuery<T>(em: EntityManager, query: string, params: unknown[] = []): Promise<T[]> {
  return em.execute<T[]>(query, params, 'all', em.getLoggerContext() as LoggingOptions);
}

/**
 * Like rawQuery, for wide result sets: PostgreSQL serialises the rows into one JSON array, which
 * Node parses natively in one pass instead of field by field (measured on bench/dashboard: row
 * parsing was the largest single cost of the roster tree). `orderBy` orders the array, in terms of
 * the query's output columns. JSON changes some types: numeric arrives as a number, timestamps as
 * ISO strings, bigint as a number.
 */
export async function rawJsonRows<T>(em: EntityManager, query: string, params: unknown[], orderBy: string): Promise<T[]> {
  const [result] = await rawQuery<{ rows: T[] | null }>(em, `select json_agg(q order by ${orderBy}) as rows from (${query}) q`, params);
  return result?.rows ?? [];
}
