import { Field, ObjectType } from 'type-graphql';
import { BadUserInputError } from './errors.js';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page: fetch them with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;

export function encodeCursor(key: number): string {
  return Buffer.from(`c:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): number {
  const match = /^c:(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadUserInputError(`${field} is not a cursor this list returned.`, field);
  return Number(match[1]);
}

/** Cursor for a list ordered by (calendar day desc, id desc): "day:id". */
export function encodeDayCursor(day: string, id: number): string {
  return Buffer.from(`d:${day}:${id}`, 'utf8').toString('base64url');
}

export function decodeDayCursor(cursor: string, field = 'after'): { day: string; id: number } {
  const match = /^d:(\d{4}-\d{2}-\d{2}):(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadUserInputError(`${field} is not a cursor this list returned.`, field);
  return { day: match[1]!, id: Number(match[2]) };
}

export function checkPageSize(first: number, field = 'first'): void {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`${field} must be between 0 and ${MAX_PAGE_SIZE}.`, field);
  }
}

/**
 * Slices an already ordered list (ordered by a unique, increasing key) into a page after the
 * cursor. For short lists loaded whole by a batched loader, e.g. a coach's roster.
 */
export function pageOf<T>(items: readonly T[], keyOf: (item: T) => number, first: number, after?: string | null) {
  checkPageSize(first);
  const afterKey = after ? decodeCursor(after) : null;
  const rest = afterKey === null ? items : items.filter((item) => keyOf(item) > afterKey);
  const page = rest.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: Object.assign(new PageInfo(), { hasNextPage: rest.length > first, endCursor: edges.at(-1)?.cursor ?? null }),
    totalCount: items.length,
  };
}
