import type { PolicyDef } from '@mikro-orm/core';

/**
 * Row-level security policies (PostgreSQL), declared on the entities so MikroORM's schema diff
 * creates and checks them like any other part of the schema. They read what the request
 * transaction set (db/tenant.ts) through the SQL functions the RLS migration creates:
 * app_visible_subjects() — the viewer's own subject and their roster's — and app_user_id().
 * `(select …)::int[]` makes PostgreSQL compute the list once per statement (an InitPlan), not per row.
 */
const VISIBLE = 'subject_id = any ((select app_visible_subjects())::int[])';

/** For a table keyed by the athlete (subject) that owns its rows. */
export const SUBJECT_OWNED: PolicyDef[] = [{ name: 'tenant_wall', using: VISIBLE, check: VISIBLE }];

/** subjects: visible ones, and a new account's own (inserted and read back at sign-up, before it has a subject id). */
const SUBJECT_ROW = 'id = any ((select app_visible_subjects())::int[]) or user_id = (select app_user_id())';
export const SUBJECT_ROWS: PolicyDef[] = [{ name: 'tenant_wall', using: SUBJECT_ROW, check: SUBJECT_ROW }];

/**
 * For a row owned through its parent: visible when the parent is (the parent's own policy applies
 * inside the subquery). Written as EXISTS, which PostgreSQL runs as a semi-join and stores in a form
 * MikroORM's schema diff reads back as the same expression.
 */
export function ownedThrough(column: string, parentTable: string): PolicyDef[] {
  const rule = `exists (select 1 from ${parentTable} p where p.id = ${column})`;
  return [{ name: 'tenant_wall', using: rule, check: rule }];
}
