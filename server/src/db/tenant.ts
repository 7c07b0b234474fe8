import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from '../graphql/pubsub.js';
import { rawQuery } from './raw-query.js';

/**
 * The request transaction behind row-level security (Migration20261123180000_row_level_security):
 * every HTTP operation runs in one transaction on its EntityManager fork that first switches to the
 * role `repwise_app` and names the acting user and the subjects they may touch — their own and, for a
 * coach, their roster's — with set_config(…, true), so the settings end with the transaction and
 * never leak to the next user of the pooled connection.
 *
 * Services' own `em.transactional` calls become savepoints inside it; the transaction commits before
 * the response is sent, so an acknowledged write is durable. Events published meanwhile wait for the
 * commit (a subscriber must never see a change that then rolls back).
 */
export interface RequestTransaction {
  /** Commits (or, after `abort`, rolls back) and then delivers the held events; safe to call twice. */
  finish(): Promise<void>;
  /** Marks the transaction to roll back at `finish`. */
  abort(): void;
}

/** A stuck request cannot hold its connection (and its locks) for ever. */
const IDLE_TIMEOUT_MS = 60_000;

export async function beginRequestTransaction(
  em: EntityManager,
  identity: { userId: number | null; subjectId: number | null },
  options: { readOnly?: boolean } = {},
): Promise<RequestTransaction> {
  // READ ONLY for queries: PostgreSQL refuses any write in it, whichever connection it runs on.
  await em.begin({ readOnly: options.readOnly ?? false });
  try {
    // Anonymous requests see no subject, and their statement reads no table.
    const visible =
      identity.userId === null
        ? `''`
        : `coalesce((select string_agg(id::text, ',') from (
             select ?::int as id
             union select s.id from coach_athletes ca join subjects s on s.user_id = ca.athlete_id where ca.coach_id = ?::int) visible
            where id is not null), '')`;
    await rawQuery(
      em,
      // The roster is read before the role switches (last), while subjects are still fully visible.
      `select set_config('idle_in_transaction_session_timeout', ?, true),
              set_config('app.user_id', coalesce(?::int::text, ''), true),
              set_config('app.subject_ids', ${visible}, true),
              set_config('role', 'repwise_app', true)`,
      [String(IDLE_TIMEOUT_MS), identity.userId, ...(identity.userId === null ? [] : [identity.subjectId, identity.userId])],
    );
  } catch (error) {
    await em.rollback();
    throw error;
  }
  let aborted = false;
  let finished: Promise<void> | undefined;
  return {
    abort: () => {
      aborted = true;
    },
    finish: () =>
      (finished ??= (async () => {
        if (!em.isInTransaction()) return;
        if (aborted) await em.rollback();
        else await em.commit();
      })()),
  };
}

/**
 * A PubSub whose publish() holds events until release(), and drops them at discard(): what a request
 * publishes inside its transaction reaches subscribers only once the transaction has committed.
 */
export function pubSubAfterCommit(pubSub: PubSub): PubSub & { release(): Promise<void>; discard(): void } {
  const held: unknown[][] = [];
  const publish = pubSub.publish.bind(pubSub) as (...args: unknown[]) => void | Promise<void>;
  return Object.assign(Object.create(pubSub) as PubSub, {
    publish: ((...args: unknown[]) => {
      held.push(args);
    }) as PubSub['publish'],
    release: async () => {
      for (const args of held.splice(0)) await publish(...args);
    },
    discard: () => {
      held.length = 0;
    },
  });
}

/**
 * Makes a user created in this request transaction its acting user (sign-up), so the row-level
 * security policy on `subjects` lets it insert and read back its own subject.
 */
export async function actAsNewUser(em: EntityManager, userId: number): Promise<void> {
  await rawQuery(em, `select set_config('app.user_id', ?::int::text, true)`, [userId]);
}
