/** A column to write: its value for a new row, and whether an existing row takes it (the field was sent). */
export interface Column {
  name: string;
  value: unknown;
  sent: boolean;
}

/**
 * `insert … on conflict do update` for merge-semantics upserts: a new row takes every value (unsent
 * ones null), an existing row only the sent ones. One statement, so concurrent writers of the same
 * key meet in the unique index instead of inserting twice.
 */
export function upsertSql(table: string, constraint: string, keys: Column[], columns: Column[], returning: string): { sql: string; params: unknown[] } {
  const all = [...keys, ...columns];
  const updates = [...columns.filter((column) => column.sent).map((column) => `${column.name} = excluded.${column.name}`), 'updated_at = now()'];
  return {
    sql: `insert into ${table} as t (${all.map((column) => column.name).join(', ')}) values (${all.map(() => '?').join(', ')})
          on conflict on constraint ${constraint} do update set ${updates.join(', ')}
          returning ${returning}, (xmax = 0) as created`,
    params: all.map((column) => column.value),
  };
}

export const column = (name: string, value: unknown, transform: (value: never) => unknown = (value) => value): Column => ({
  name,
  value: value === undefined || value === null ? null : transform(value as never),
  sent: value !== undefined,
});

