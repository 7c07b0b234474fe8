import { type Cache, cacheExchange, type CacheExchangeOpts, offlineExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { Client, type CombinedError, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import type {
  CompleteSessionMutation,
  LogSetMutation,
  LogSetMutationVariables,
  StartSessionMutation,
} from '../gql/graphql';
import { hasErrorCode } from './errors';
import { setLiveConnectionState } from './live-connection';
import { offlineCacheStorage } from './offline-cache';

/** Every type that implements Node, so `... on WorkoutSession` under `node` matches without the full schema. */
const NODE_TYPES = ['Athlete', 'Exercise', 'ExerciseSetLog', 'Routine', 'RoutineDay', 'RoutineDayExercise', 'RoutineExerciseSet', 'User', 'WorkoutSession'];

const embedded = () => null;

function athleteOf(id: string) {
  return { __typename: 'Athlete', id };
}

/**
 * A routine written: the athlete's lists, active routine and next day are the server's to decide
 * (order, which one is active, where the rotation stands), so they are fetched again when next shown.
 */
function routinesChanged(field: string) {
  return (result: unknown, _args: unknown, cache: Cache) => {
    const payload = (result as Record<string, { routine?: { athlete?: { id: string } } } | undefined>)[field];
    const athleteId = payload?.routine?.athlete?.id;
    if (!athleteId) return;
    const athlete = athleteOf(athleteId);
    for (const entry of cache.inspectFields(athlete)) {
      if (entry.fieldName === 'routines' || entry.fieldName === 'activeRoutine' || entry.fieldName === 'nextRoutineDay') cache.invalidate(athlete, entry.fieldName, entry.arguments);
    }
  };
}

/** Keep Today, the logger, the roster and the API keys consistent after each write (refetching only a list the server orders). */
const updates = {
  Mutation: {
    startSession(result: unknown, _args: unknown, cache: Cache) {
      const session = (result as Partial<StartSessionMutation>).startSession?.session;
      if (!session) return;
      cache.link(athleteOf(session.athlete.id), 'currentSession', { __typename: 'WorkoutSession', id: session.id });
    },
    logSet(result: unknown, args: unknown, cache: Cache) {
      const setLog = (result as Partial<LogSetMutation>).logSet?.setLog;
      if (!setLog) return;
      const sessionEntity = { __typename: 'WorkoutSession', id: (args as LogSetMutationVariables).input.sessionId };
      const logKey = cache.keyOfEntity({ __typename: 'ExerciseSetLog', id: setLog.id });
      const logs = cache.resolve(sessionEntity, 'setLogs');
      // A retried clientId answers with the set already listed: append only what is new.
      if (!logKey || !Array.isArray(logs)) return;
      const keys = logs as string[];
      if (!keys.includes(logKey)) cache.link(sessionEntity, 'setLogs', [...keys, logKey]);
    },
    completeSession(result: unknown, _args: unknown, cache: Cache) {
      const session = (result as Partial<CompleteSessionMutation>).completeSession?.session;
      if (!session) return;
      const athlete = athleteOf(session.athlete.id);
      cache.link(athlete, 'currentSession', null);
      // The rotation moves on: the next day is the server's to choose.
      cache.invalidate(athlete, 'nextRoutineDay');
    },
    createRoutine: routinesChanged('createRoutine'),
    duplicateRoutine: routinesChanged('duplicateRoutine'),
    archiveRoutine: routinesChanged('archiveRoutine'),
    setActiveRoutine: routinesChanged('setActiveRoutine'),
    updateRoutine: routinesChanged('updateRoutine'),
    createApiKey(_result: unknown, _args: unknown, cache: Cache) {
      // A new key goes first in the newest-first list: let the server place it.
      for (const field of cache.inspectFields('Query')) {
        if (field.fieldName === 'apiKeys') cache.invalidate('Query', field.fieldName, field.arguments);
      }
    },
  },
};

export interface UrqlClientHandle {
  client: Client;
  /** Closes the live-update socket (on log out, or when the token changes). */
  dispose(): void;
}

interface CreateClientOptions {
  token: string | null;
  /** A request made with `token` was refused as UNAUTHENTICATED: the token expired or was revoked. */
  onUnauthenticated(): void;
}

function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/** Randomised exponential backoff: 1 s, 2 s, 4 s … capped at 30 s, so a gym full of phones does not reconnect in step. */
function backoff(retries: number): Promise<void> {
  const ms = Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random() / 2);
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

/** The server closes a socket whose token no longer authenticates (revoked, expired) with 4403 Forbidden. */
const FORBIDDEN = 4403;
const closeCode = (event: unknown) => (event as CloseEvent | undefined)?.code;

/** The live-update socket: opened on the first subscription, reconnecting for as long as the page lives. */
function createLiveSocket(token: string | null, onUnauthenticated: () => void): WsClient {
  let activeSocket: WebSocket | null = null;
  let pongTimer: number | undefined;
  let everConnected = false;
  return createWsClient({
    url: webSocketUrl(),
    connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
    lazy: true,
    retryAttempts: Number.MAX_SAFE_INTEGER,
    retryWait: backoff,
    // Offline phones fail to connect with errors that are not close events: retry those too; a
    // refused token is final, reconnecting with it would be refused again.
    shouldRetry: (event) => closeCode(event) !== FORBIDDEN,
    // A socket can die silently behind a gym's Wi-Fi: ping, and drop it if no pong comes back.
    keepAlive: 15_000,
    on: {
      connecting: () => setLiveConnectionState(everConnected ? 'reconnecting' : 'connecting'),
      connected: (socket) => {
        everConnected = true;
        activeSocket = socket as WebSocket;
        setLiveConnectionState('connected');
      },
      closed: (event) => {
        activeSocket = null;
        window.clearTimeout(pongTimer);
        if (token && closeCode(event) === FORBIDDEN) onUnauthenticated();
        // 1000: closed on purpose (no subscription left, or log out); anything else retries.
        setLiveConnectionState((event as CloseEvent | undefined)?.code === 1000 ? 'idle' : 'reconnecting');
      },
      ping: (received) => {
        if (received) return;
        pongTimer = window.setTimeout(() => {
          // 4408 is not fatal: the client reconnects and resubscribes.
          if (activeSocket?.readyState === WebSocket.OPEN) activeSocket.close(4408, 'Request Timeout');
        }, 5_000);
      },
      pong: (received) => {
        if (received) window.clearTimeout(pongTimer);
      },
    },
  });
}

export function createUrqlClient({ token, onUnauthenticated }: CreateClientOptions): UrqlClientHandle {
  let live: WsClient | null = null;
  // Created on first use, and again after dispose (React StrictMode mounts effects twice).
  const liveSocket = () => (live ??= createLiveSocket(token, onUnauthenticated));

  // Logged in: the normalized cache is kept on the device, and a query that fails for want of a
  // network answers from it (lib/offline-cache.ts). Writes do not queue here: logSet has its own
  // outbox (features/offline), and no mutation has an optimistic update for offlineExchange to hold.
  const storage = token ? offlineCacheStorage(token) : undefined;
  const graphcache = (options: Partial<CacheExchangeOpts>) => (storage ? offlineExchange({ ...options, storage }) : cacheExchange(options));

  const client = new Client({
    url: '/graphql',
    // Apollo's CSRF prevention refuses GET requests without a preflight header.
    preferGetMethod: false,
    fetchOptions: (): RequestInit => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    requestPolicy: 'cache-first',
    exchanges: [
      mapExchange({
        onError(error: CombinedError) {
          if (token && hasErrorCode(error, 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      graphcache({
        keys: {
          SessionProgress: (data) => (typeof data.sessionId === 'string' ? data.sessionId : null),
          Coach: embedded,
          AthleteConnection: embedded,
          AthleteEdge: embedded,
          PageInfo: embedded,
          PersonalRecord: embedded,
          LogInPayload: embedded,
          StartSessionPayload: embedded,
          LogSetPayload: embedded,
          CompleteSessionPayload: embedded,
          RecordRecoverySignalPayload: embedded,
          RecordSorenessPayload: embedded,
          SessionPrescription: embedded,
          PrescribedExercise: embedded,
          PrescribedSet: embedded,
          Readiness: embedded,
          UserSettings: embedded,
          UpdateSettingsPayload: embedded,
          ApiKeyConnection: embedded,
          ApiKeyEdge: embedded,
          CreateApiKeyPayload: embedded,
          RevokeApiKeyPayload: embedded,
          ExerciseLastTime: embedded,
          ExerciseSubstitutes: embedded,
          ExerciseSubstitute: embedded,
          ExerciseConnection: embedded,
          ExerciseEdge: embedded,
          ExerciseNextTime: embedded,
          NextTimeTarget: embedded,
          PrescriptionReason: embedded,
          RoutineConnection: embedded,
          RoutineEdge: embedded,
          ProgressionRule: embedded,
          RoutineDryRun: embedded,
          DryRunSession: embedded,
          DryRunExercise: embedded,
          DryRunSet: embedded,
          DryRunDecision: embedded,
          CreateRoutinePayload: embedded,
          UpdateRoutinePayload: embedded,
          ArchiveRoutinePayload: embedded,
          DuplicateRoutinePayload: embedded,
          SetActiveRoutinePayload: embedded,
          // History and progress: lists, analytics and their parts have no id of their own.
          WorkoutSessionConnection: embedded,
          WorkoutSessionEdge: embedded,
          AthleteAnalytics: embedded,
          ExerciseTrend: embedded,
          E1rmPoint: embedded,
          WeekVolume: embedded,
          MuscleVolume: embedded,
          WeekAdherence: embedded,
          PersonalBestConnection: embedded,
          PersonalBestEdge: embedded,
          BodyMetricConnection: embedded,
          BodyMetricEdge: embedded,
          RecordBodyMetricsPayload: embedded,
          Attention: embedded,
          AttentionReason: embedded,
          CycleConnection: embedded,
          CycleEdge: embedded,
          RosterActivity: embedded,
          RosterActivitySet: embedded,
          RosterActivityRecord: embedded,
          RosterActivityCheckIn: embedded,
        },
        possibleTypes: { Node: NODE_TYPES },
        updates,
      }),
      // Queries and mutations go out as the hash of their persisted document (codegen writes the
      // hash into each document's __meta__); a server without it answers PersistedQueryNotFound and
      // the exchange resends the whole document. POST, like every other request.
      persistedExchange({
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? null,
      }),
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = liveSocket().subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
      fetchExchange,
    ],
  });

  return {
    client,
    dispose() {
      const socket = live;
      live = null;
      if (socket) void socket.dispose();
      setLiveConnectionState('idle');
    },
  };
}
