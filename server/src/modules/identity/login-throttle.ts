import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import { RateLimitedError } from '../../graphql/errors.js';

/**
 * Password guessing is throttled per e-mail and per client address. A limit counts failed
 * password checks within a sliding window; at the limit every further check is refused with
 * RATE_LIMITED (even with the right password) until the oldest counted failure leaves the window.
 */
export const LOGIN_LIMITS = {
  /** Failures for one e-mail, whether or not an account has it. */
  perEmail: { failures: 5, windowSeconds: 15 * 60 },
  /** Failures from one client address, over all e-mails. */
  perAddress: { failures: 20, windowSeconds: 15 * 60 },
} as const;

/** Failures older than this are pruned: longer than either window. */
const KEEP_SECONDS = 60 * 60;

export interface PasswordAttempt {
  /** SHA-256 (hex) of the normalised e-mail the attempt is for. */
  emailHash: string;
  /** The client's address; null skips the per-address limit (no address known). */
  ip: string | null;
}

/**
 * Runs `check` (a password verification) under the throttle and returns its result.
 *
 * The attempt is recorded as a failure before `check` runs, in a short transaction serialised per
 * e-mail and per address (advisory locks), so parallel guesses cannot slip past a limit while each
 * other's checks are in flight; a success then deletes its own row and the e-mail's earlier
 * failures (the per-address count keeps other e-mails' failures). The rows are durable: a restart
 * does not reset a limit. Throws RateLimitedError, with `retryAfterSeconds`, at a limit.
 */
export async function throttledPasswordCheck<T>(em: EntityManager, attempt: PasswordAttempt, check: () => Promise<T | false>): Promise<T | false> {
  const reservation = await em.transactional(async (tx): Promise<{ retryAfterSeconds: number } | { id: string }> => {
    // Two key spaces (1: e-mails, 2: addresses); always e-mail first, so two attempts never wait on each other in a cycle.
    await rawQuery(tx, 'select pg_advisory_xact_lock(1, hashtext(?))', [attempt.emailHash]);
    if (attempt.ip) await rawQuery(tx, 'select pg_advisory_xact_lock(2, hashtext(?))', [attempt.ip]);
    const retryAfterSeconds = await secondsUntilAllowed(tx, attempt);
    if (retryAfterSeconds > 0) return { retryAfterSeconds };
    const [row] = await rawQuery<{ id: string }>(
      tx,
      `with pruned as (delete from login_failures where attempted_at < now() - make_interval(secs => ?))
       insert into login_failures (email_hash, ip_address) values (?, ?::inet) returning id`,
      [KEEP_SECONDS, attempt.emailHash, attempt.ip],
    );
    return { id: row!.id };
  });
  if ('retryAfterSeconds' in reservation) {
    const minutes = Math.ceil(reservation.retryAfterSeconds / 60);
    throw new RateLimitedError(
      `Too many failed log-ins: try again in ${minutes} minute${minutes === 1 ? '' : 's'} (after ${reservation.retryAfterSeconds} seconds).`,
      reservation.retryAfterSeconds,
    );
  }
  const result = await check();
  if (result !== false) {
    await rawQuery(em, 'delete from login_failures where email_hash = ? and id <= ?', [attempt.emailHash, reservation.id]);
  }
  return result;
}

/**
 * 0 when both limits allow another check; else the seconds until they do: the time when the
 * `failures`-th newest failure in the window leaves it, so the count drops below the limit.
 */
async function secondsUntilAllowed(em: EntityManager, attempt: PasswordAttempt): Promise<number> {
  const blockedUntil = (column: string, limit: { failures: number; windowSeconds: number }) =>
    `(select ceil(extract(epoch from attempted_at + make_interval(secs => ${limit.windowSeconds}) - now()))::int
        from login_failures where ${column} and attempted_at > now() - make_interval(secs => ${limit.windowSeconds})
       order by attempted_at desc offset ${limit.failures - 1} limit 1)`;
  const [row] = await rawQuery<{ by_email: number | null; by_address: number | null }>(
    em,
    `select ${blockedUntil('email_hash = ?', LOGIN_LIMITS.perEmail)} as by_email,
            ${attempt.ip ? blockedUntil('ip_address = ?::inet', LOGIN_LIMITS.perAddress) : 'null::int'} as by_address`,
    attempt.ip ? [attempt.emailHash, attempt.ip] : [attempt.emailHash],
  );
  return Math.max(0, row?.by_email ?? 0, row?.by_address ?? 0);
}
