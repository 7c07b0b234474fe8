import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';

/** A session's progress as broadcast after every logged set (plain data: no loaders needed to render it). */
export interface SessionProgressEvent {
  sessionId: number;
  subjectId: number;
  setsDone: number;
  plannedSetsDone: number;
  setsPlanned: number;
  volumeKg: number;
  status: string;
}

/**
 * Something an athlete just did, for whoever watches them (Subscription.rosterActivity): plain,
 * JSON-safe data (it crosses Redis), everything a feed shows without a second read.
 */
export interface RosterActivityEvent {
  kind: 'SESSION_STARTED' | 'SET_LOGGED' | 'RECORD_SET' | 'SESSION_COMPLETED' | 'READINESS_CHECK_IN';
  subjectId: number;
  athleteName: string;
  /** ISO 8601. */
  at: string;
  sessionId: number | null;
  dayTitle: string | null;
  set: RosterActivitySet | null;
  records: RosterActivityRecord[];
  progress: SessionProgressEvent | null;
  checkIn: RosterActivityCheckIn | null;
}

export interface RosterActivitySet {
  id: number;
  exerciseId: number;
  exerciseName: string;
  setIndex: number;
  weightKg: number | null;
  reps: number | null;
  rpe: number | null;
  isWarmup: boolean;
}

export interface RosterActivityRecord {
  kind: string;
  valueKg: number;
  previousKg: number | null;
  exerciseId: number;
  exerciseName: string;
}

export interface RosterActivityCheckIn {
  /** 'YYYY-MM-DD'. */
  day: string;
  sleepHours: number | null;
  hrvMs: number | null;
  restingHr: number | null;
  /** The sorest body part's level (1–5), null when the check-in sent no soreness. */
  sorenessMax: number | null;
  soreBodyParts: string[];
}

export type Topics = {
  /** Everything athletes do that a coach's feed shows; every subscriber filters by whom they may watch. */
  ROSTER_ACTIVITY: [payload: RosterActivityEvent];
  /** A coaching link was made or ended; keyed by the user id of each side, whose watchers re-read whom they may watch. */
  ROSTER_CHANGED: [userId: number, payload: { userId: number }];
  /** Keyed by the session's database id. */
  SESSION_PROGRESS: [sessionId: number, payload: SessionProgressEvent];
  /** Login sessions just revoked (log-out, password change, erasure): their sockets must close. */
  AUTH_SESSIONS_REVOKED: [payload: AuthSessionsRevokedEvent];
};

export interface AuthSessionsRevokedEvent {
  userId: number;
  /** auth_sessions ids that no longer authenticate anyone. */
  authSessionIds: number[];
}

/** Call after the revoking transaction commits, so no socket is closed for a revocation that rolled back. */
export function publishSessionsRevoked(pubSub: PubSub, event: AuthSessionsRevokedEvent): void {
  if (event.authSessionIds.length > 0) pubSub.publish('AUTH_SESSIONS_REVOKED', event);
}

export type PubSub = ReturnType<typeof createPubSub<Topics>> & { close(): Promise<void> };

/**
 * In-process by default (one node). With REDIS_URL, events cross processes through Redis
 * pub/sub so every replica delivers every event to its own subscribers.
 */
export function createAppPubSub(redisUrl?: string): PubSub {
  if (!redisUrl) return Object.assign(createPubSub<Topics>(), { close: async () => {} });
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const pubSub = createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
  return Object.assign(pubSub, {
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  });
}
