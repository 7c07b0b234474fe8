import { openDB } from 'idb';
import type { LogSetInput } from '../../gql/graphql';
import type { ErrorCode } from '../../lib/errors';

/** A set the athlete logged that the server has not confirmed yet. */
export interface OutboxEntry {
  /** The set's idempotency key: every resend carries it, so the server stores the set once. */
  clientId: string;
  /** Logging order: sets are sent in this order, so their set numbers come out as logged. */
  seq: number;
  input: LogSetInput;
  /** The account (User id) that logged it: only that account's login sends it. */
  owner?: string;
  queuedAt: string;
  /** Sends that reached no answer, or a transient server failure. */
  attempts: number;
  /** `failed`: the server refused it (e.g. the session was finished elsewhere); it waits for the athlete. */
  status: 'pending' | 'failed';
  error?: { code: ErrorCode; message: string };
}

/** Where the outbox lives: IndexedDB on a device, so a reload or a closed tab keeps the sets. */
export interface OutboxStorage {
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  delete(clientId: string): Promise<void>;
}

const STORE = 'set-logs';

export function indexedDbOutboxStorage(name = 'repwise-outbox'): OutboxStorage {
  const db = openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'clientId' });
    },
  });
  return {
    async all() {
      const entries = (await (await db).getAll(STORE)) as OutboxEntry[];
      return entries.sort((a, b) => a.seq - b.seq);
    },
    async put(entry) {
      await (await db).put(STORE, entry);
    },
    async delete(clientId) {
      await (await db).delete(STORE, clientId);
    },
  };
}

/** For a browser without IndexedDB (some private modes) and for tests: the queue lives as long as the page. */
export function memoryOutboxStorage(): OutboxStorage {
  const entries = new Map<string, OutboxEntry>();
  return {
    all: async () => [...entries.values()].map((entry) => structuredClone(entry)).sort((a, b) => a.seq - b.seq),
    put: async (entry) => void entries.set(entry.clientId, structuredClone(entry)),
    delete: async (clientId) => void entries.delete(clientId),
  };
}
