/** Instants in SQL as whole microseconds since the epoch: exact keys for keyset cursors and the engine, where a JS Date would round to the millisecond. */

/** A timestamptz column as microseconds since the epoch (exact: extract returns numeric). */
export const microseconds = (column: string) => `(extract(epoch from ${column}) * 1000000)::bigint`;

/** The inverse of `microseconds` for a bound parameter. */
export const fromMicroseconds = (placeholder = '?') => `(timestamptz 'epoch' + ${placeholder}::bigint * interval '1 microsecond')`;
