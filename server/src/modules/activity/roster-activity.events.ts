/**
 * Publishing what athletes do to Subscription.rosterActivity. Called by the services inside their
 * request transaction; the context's pub/sub holds each event until the transaction commits
 * (db/tenant.ts pubSubAfterCommit), so no watcher hears of a write that rolled back.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from '../../db/raw-query.js';
import type { Context } from '../../graphql/context.js';
import type { RosterActivityCheckIn, RosterActivityEvent, RosterActivityRecord, RosterActivitySet, SessionProgressEvent } from '../../graphql/pubsub.js';

interface Header {
  athleteName: string;
  dayTitle: string | null;
}

/** The athlete's display name and the session's routine day title: one statement. */
async function headerOf(em: EntityManager, subjectId: number, sessionId: number | null): Promise<Header> {
  const [row] = await rawQuery<{ name: string | null; day_title: string | null }>(
    em,
    `select coalesce(u.full_name, u.username) as name,
            (select rd.title from workout_sessions ws join routine_days rd on rd.id = ws.routine_day_id where ws.id = ?::int) as day_title
       from subjects s left join users u on u.id = s.user_id where s.id = ?`,
    [sessionId, subjectId],
  );
  return { athleteName: row?.name ?? 'Anonymous athlete', dayTitle: row?.day_title ?? null };
}

type Publish = Pick<RosterActivityEvent, 'kind' | 'subjectId'> & Partial<Omit<RosterActivityEvent, 'kind' | 'subjectId' | 'athleteName' | 'dayTitle'>>;

async function publishAll(ctx: Context, events: Publish[], sessionId: number | null): Promise<void> {
  if (events.length === 0) return;
  const header = await headerOf(ctx.em, events[0]!.subjectId, sessionId);
  const at = new Date().toISOString();
  for (const event of events) {
    const full: RosterActivityEvent = { at, sessionId, set: null, records: [], progress: null, checkIn: null, ...header, ...event };
    await ctx.pubSub.publish('ROSTER_ACTIVITY', full);
  }
}

export function publishSessionStarted(ctx: Context, subjectId: number, sessionId: number, progress: SessionProgressEvent): Promise<void> {
  return publishAll(ctx, [{ kind: 'SESSION_STARTED', subjectId, progress }], sessionId);
}

export function publishSessionCompleted(ctx: Context, subjectId: number, sessionId: number, progress: SessionProgressEvent): Promise<void> {
  return publishAll(ctx, [{ kind: 'SESSION_COMPLETED', subjectId, progress }], sessionId);
}

/** SET_LOGGED, then RECORD_SET when the set raised personal records. */
export function publishSetLogged(
  ctx: Context,
  subjectId: number,
  sessionId: number,
  set: RosterActivitySet,
  records: RosterActivityRecord[],
  progress: SessionProgressEvent,
): Promise<void> {
  const events: Publish[] = [{ kind: 'SET_LOGGED', subjectId, set, records, progress }];
  if (records.length > 0) events.push({ kind: 'RECORD_SET', subjectId, set, records, progress });
  return publishAll(ctx, events, sessionId);
}

export function publishCheckIn(ctx: Context, subjectId: number, checkIn: RosterActivityCheckIn): Promise<void> {
  return publishAll(ctx, [{ kind: 'READINESS_CHECK_IN', subjectId, checkIn }], null);
}

/** After a coaching link is made or ended: both sides' watchers re-read whom they may watch. */
export async function publishRosterChanged(ctx: Context, userIds: number[]): Promise<void> {
  for (const userId of new Set(userIds)) await ctx.pubSub.publish('ROSTER_CHANGED', userId, { userId });
}
