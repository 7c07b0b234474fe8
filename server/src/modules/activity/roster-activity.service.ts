import { Repeater } from '@graphql-yoga/subscription';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import type { Context } from '../../graphql/context.js';
import type { Viewer } from '../identity/auth.service.js';
import type { RosterActivityItem } from './roster-activity.type.js';

/** Whom a viewer may watch: their own subject, and as a coach every athlete on their roster (joining order). */
export async function watchedSubjects(em: EntityManager, viewer: Viewer): Promise<number[]> {
  const rows = await rawQuery<{ id: number }>(
    em,
    `select s.id from coach_athletes ca join subjects s on s.user_id = ca.athlete_id where ca.coach_id = ? order by ca.created_at, ca.id`,
    [viewer.userId],
  );
  return [...new Set([...(viewer.subjectId === null ? [] : [viewer.subjectId]), ...rows.map((row) => row.id)])];
}

/**
 * The rosterActivity stream of one subscription. Subscriptions run outside a request transaction,
 * so the roster is the wall: every event's athlete is checked against the set of watched subjects,
 * read at subscribe time and again after each ROSTER_CHANGED for this viewer (published after the
 * coaching change commits). Both streams listen before the first read, and their events are handled
 * one at a time in arrival order, so an event published after a removal is judged by the new roster.
 */
export function rosterActivityFor(ctx: Context): AsyncIterable<RosterActivityItem> {
  const viewer = ctx.viewer!;
  return new Repeater<RosterActivityItem>(async (push, stop) => {
    const activity = ctx.pubSub.subscribe('ROSTER_ACTIVITY')[Symbol.asyncIterator]();
    const changes = ctx.pubSub.subscribe('ROSTER_CHANGED', viewer.userId)[Symbol.asyncIterator]();
    let watched = new Set<number>();
    let queue = Promise.resolve();
    const enqueue = (work: () => Promise<void>) => {
      queue = queue.then(work).catch((error: unknown) => stop(error));
    };
    const reread = async () => {
      const ids = await watchedSubjects(ctx.em, viewer);
      watched = new Set(ids);
      await push({ kind: 'WATCHING', at: new Date().toISOString(), watchingSubjectIds: ids });
    };
    const pump = async <T>(events: AsyncIterator<T>, first: Promise<IteratorResult<T>>, handle: (event: T) => Promise<void>) => {
      for (let result = await first; !result.done; result = await events.next()) {
        const event = result.value;
        enqueue(() => handle(event));
      }
    };
    // next() starts each subscription listening before the roster is read.
    const firstActivity = activity.next();
    const firstChange = changes.next();
    enqueue(reread);
    const pumps = Promise.all([
      pump(activity, firstActivity, async (event) => {
        if (watched.has(event.subjectId)) await push(event);
      }),
      pump(changes, firstChange, reread),
    ]).catch((error: unknown) => stop(error));
    await stop;
    await Promise.all([activity.return?.(), changes.return?.()]);
    await pumps;
  });
}
