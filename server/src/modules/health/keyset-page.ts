import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { BadUserInputError } from '../../graphql/errors.js';
import { PageInfo, decodeDayCursor } from '../../graphql/connection.js';
import { rawQuery } from '../../db/raw-query.js';

/**
 * Keyset pages of an athlete's time series (body metrics, benchmarks, recovery, soreness,
 * imports), newest first by (order key, id): batched for many athletes in one statement per
 * distinct page shape, like the sessionPage loader. A LATERAL join walks each athlete's index for
 * `first + 1` rows, so the cost follows the page size, never the length of the history.
 */

/** Where a page starts: after the row with this (order key, id). The key is the column's text as PostgreSQL printed it. */
export interface PageAfter {
  key: string;
  id: number;
}

export interface PageKey<F> {
  subjectId: number;
  first: number;
  after: PageAfter | null;
  /** Already validated and normalised: it is part of the batch's SQL and of the cache key. */
  filter: F;
}

/** A SQL condition on the table alias `t`, with its `?` parameters. */
export interface Condition {
  sql: string;
  params: unknown[];
}

export interface PageSpec<F, R> {
  /** FROM clause, the listed table aliased `t` (joins allowed, e.g. the exercise a benchmark names). */
  from: string;
  /** Select list (may use `t` and joined aliases); must include `t.subject_id` and `t.id`. */
  select: string;
  /** Order key column of `t` (descending, then `t.id` descending), and its SQL type for the cursor. */
  orderColumn: string;
  orderType: 'date' | 'timestamptz';
  where: (filter: F) => Condition[];
  map: (row: Record<string, unknown>) => R;
}

/** A page as loaded: `first + 1` rows at most, so the caller knows whether there is a next page. */
export type PageRows<R> = R[];

const cacheKey = (key: PageKey<unknown>) =>
  `${key.subjectId}|${key.first}|${key.after?.key ?? ''}|${key.after?.id ?? ''}|${JSON.stringify(key.filter)}`;
const shapeKey = (key: PageKey<unknown>) => `${key.first}|${key.after?.key ?? ''}|${key.after?.id ?? ''}|${JSON.stringify(key.filter)}`;

export function createPageLoader<F, R extends { subjectId: number }>(em: EntityManager, spec: PageSpec<F, R>) {
  return new DataLoader<PageKey<F>, PageRows<R>, string>(
    async (keys) => {
      const shapes = new Map<string, PageKey<F>[]>();
      for (const key of keys) shapes.set(shapeKey(key), [...(shapes.get(shapeKey(key)) ?? []), key]);
      const pages = new Map<string, R[]>();
      for (const group of shapes.values()) {
        const { first, after, filter } = group[0]!;
        const conditions = spec.where(filter);
        if (after) conditions.push({ sql: `(${spec.orderColumn}, t.id) < (?::${spec.orderType}, ?)`, params: [after.key, after.id] });
        const rows = await rawQuery<Record<string, unknown>>(
          em,
          `select page.* from unnest(array[?]::int[]) as parent(id)
             cross join lateral (
               select ${spec.select} from ${spec.from}
                where t.subject_id = parent.id${conditions.map((condition) => ` and ${condition.sql}`).join('')}
                order by ${spec.orderColumn} desc, t.id desc
                limit ?
             ) page`,
          [group.map((key) => key.subjectId), ...conditions.flatMap((condition) => condition.params), first + 1],
        );
        for (const row of rows) {
          const item = spec.map(row);
          const key = cacheKey({ subjectId: item.subjectId, first, after, filter });
          pages.set(key, [...(pages.get(key) ?? []), item]);
        }
      }
      return keys.map((key) => pages.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** Cursor for a list ordered by a timestamp: the exact text PostgreSQL printed, so no precision is lost. */
export function encodeTimeCursor(at: string, id: number): string {
  return Buffer.from(`t:${at}|${id}`, 'utf8').toString('base64url');
}

export function decodeTimeCursor(cursor: string, field = 'after'): PageAfter {
  const match = /^t:(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}(?::\d{2})?)\|(\d{1,10})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  if (!match) throw new BadUserInputError(`${field} is not a cursor this list returned.`, field);
  return { key: match[1]!, id: Number(match[2]) };
}

/** The (day, id) cursor of connection.ts as a PageAfter. */
export function decodeDayAfter(cursor: string | null | undefined, field = 'after'): PageAfter | null {
  if (!cursor) return null;
  const { day, id } = decodeDayCursor(cursor, field);
  return { key: day, id };
}

/** Edges and page info from a loaded page of up to `first + 1` rows. */
export function connectionOf<R, N>(rows: PageRows<R>, first: number, cursorOf: (row: R) => string, nodeOf: (row: R) => N) {
  const edges = rows.slice(0, first).map((row) => ({ cursor: cursorOf(row), node: nodeOf(row) }));
  return {
    edges,
    pageInfo: Object.assign(new PageInfo(), { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }),
  };
}

/** Inclusive day range filter; `from` after `to` can match nothing and is a mistake. */
export function dayRange(filter: { from?: string | null; to?: string | null } | null | undefined): { from: string | null; to: string | null } {
  const from = filter?.from ?? null;
  const to = filter?.to ?? null;
  if (from && to && from > to) throw new BadUserInputError('filter.from must be on or before filter.to.', 'filter.from');
  return { from, to };
}

export function dayRangeConditions(column: string, range: { from: string | null; to: string | null }): Condition[] {
  return [
    ...(range.from ? [{ sql: `${column} >= ?::date`, params: [range.from] }] : []),
    ...(range.to ? [{ sql: `${column} <= ?::date`, params: [range.to] }] : []),
  ];
}
