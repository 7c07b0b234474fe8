import { createContext, useCallback, useContext, useState, useSyncExternalStore } from 'react';
import { type Client, useClient } from 'urql';
import type { LogSetInput } from '../../gql/graphql';
import { LogSetMutation } from '../today/api/log-set';
import { indexedDbOutboxStorage, memoryOutboxStorage, type OutboxEntry } from './outbox-storage';
import { type LogSetOutcome, type SendLogSet, SetOutbox } from './set-outbox';

let appOutbox: SetOutbox | null = null;

/** The page's one outbox, on IndexedDB when the browser has it, following the browser's online state. */
function theAppOutbox(): SetOutbox {
  if (appOutbox) return appOutbox;
  const storage = typeof indexedDB === 'undefined' ? memoryOutboxStorage() : indexedDbOutboxStorage();
  const outbox = new SetOutbox({ storage, online: typeof navigator === 'undefined' ? true : navigator.onLine });
  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => outbox.setOnline(true));
    window.addEventListener('offline', () => outbox.setOnline(false));
  }
  appOutbox = outbox;
  return outbox;
}

/** The outbox components use: the app's own, or a test's (a fresh one per test, on memory storage). */
export const SetOutboxContext = createContext<SetOutbox | null>(null);

export function useSetOutbox(): SetOutbox {
  return useContext(SetOutboxContext) ?? theAppOutbox();
}

const senders = new WeakMap<Client, SendLogSet>();

/** Sends through the app's urql client, so the cache's logSet update files the set under its session. */
export function senderFor(client: Client): SendLogSet {
  let send = senders.get(client);
  if (!send) {
    send = (input) => client.mutation(LogSetMutation, { input }, { requestPolicy: 'network-only' }).toPromise();
    senders.set(client, send);
  }
  return send;
}

export function useOutboxSnapshot() {
  const outbox = useSetOutbox();
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot, outbox.getSnapshot);
}

/** The set waiting on the device for this planned set of this session, if any. */
export function usePendingSet(sessionId: string, plannedSetId: string | null, clientId: string): OutboxEntry | null {
  const { entries } = useOutboxSnapshot();
  // A planned set is found by its plan (its row's clientId is new after a reload); an added set by its clientId.
  return (
    entries.find(
      (entry) => entry.input.clientId === clientId || (plannedSetId !== null && entry.input.sessionId === sessionId && entry.input.plannedSetId === plannedSetId),
    ) ?? null
  );
}

/**
 * logSet through the outbox, shaped like urql's `useMutation`: `fetching` while the first
 * attempt is out; the outcome says whether the set was stored, queued on the device, or refused.
 */
export function useOfflineLogSet(): [{ fetching: boolean }, (input: LogSetInput) => Promise<LogSetOutcome>] {
  const outbox = useSetOutbox();
  const client = useClient();
  const [fetching, setFetching] = useState(false);
  const logSet = useCallback(
    async (input: LogSetInput) => {
      outbox.setSender(senderFor(client));
      setFetching(true);
      try {
        return await outbox.logSet(input);
      } finally {
        setFetching(false);
      }
    },
    [outbox, client],
  );
  return [{ fetching }, logSet];
}
