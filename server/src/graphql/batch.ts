import DataLoader from 'dataloader';

/**
 * A DataLoader whose batch function returns rows that `keyOf` maps back to their key; results
 * come out in key order, one list per key. One SQL statement per batch, whatever the key count.
 */
export function groupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Like groupLoader, for at most one row per key (null when absent). */
export function oneLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const found = new Map<K, V>();
    for (const row of await fetch(keys)) if (!found.has(keyOf(row))) found.set(keyOf(row), row);
    return keys.map((key) => found.get(key) ?? null);
  });
}
