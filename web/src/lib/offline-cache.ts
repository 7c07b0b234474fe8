import type { StorageAdapter } from '@urql/exchange-graphcache';
import { makeDefaultStorage } from '@urql/exchange-graphcache/default-storage';

/** One IndexedDB per login, so a second account on the same phone never reads the first one's data. */
function databaseName(token: string): string {
  // FNV-1a: a name, not a secret (the token itself stays in localStorage only).
  let hash = 0x811c9dc5;
  for (let index = 0; index < token.length; index += 1) hash = Math.imul(hash ^ token.charCodeAt(index), 0x01000193) >>> 0;
  return `repwise-cache-${hash.toString(16).padStart(8, '0')}`;
}

/**
 * Graphcache's normalized data, kept on the device for offlineExchange, so a page reloaded with no
 * network still shows Today and the logger. A page that starts online starts from the server as
 * before (the stored copy is cleared and rewritten as answers arrive), so nothing stale is shown
 * while the server can be asked; only a page that starts offline reads the stored copy. No
 * mutation is kept here (offlineExchange queues only optimistic ones, and we declare none).
 */
export function offlineCacheStorage(token: string): StorageAdapter | undefined {
  if (typeof indexedDB === 'undefined' || typeof navigator === 'undefined') return undefined;
  const storage = makeDefaultStorage({ idbName: databaseName(token), maxAge: 7 });
  const startedOffline = !navigator.onLine;
  const cleared = startedOffline ? Promise.resolve() : storage.clear().catch(() => undefined);
  return {
    readData: async () => (startedOffline ? storage.readData() : {}),
    writeData: async (delta) => {
      await cleared;
      return storage.writeData(delta);
    },
    readMetadata: async () => null,
    writeMetadata: () => undefined,
    // offlineExchange re-runs the queries it answered from the device once the network is back.
    onOnline: (callback) => window.addEventListener('online', callback),
  };
}

/** Log out: the account's cached data leaves the device with it. */
export function forgetOfflineCache(token: string): void {
  if (typeof indexedDB === 'undefined') return;
  indexedDB.deleteDatabase(databaseName(token));
}
