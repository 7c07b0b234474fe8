import { useSyncExternalStore } from 'react';

/** The live-update socket, as a person would describe it. */
export type LiveConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'offline';

let state: LiveConnectionState = 'idle';
const listeners = new Set<() => void>();

export function setLiveConnectionState(next: LiveConnectionState): void {
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function subscribeWithNetwork(listener: () => void): () => void {
  const unsubscribe = subscribe(listener);
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    unsubscribe();
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/**
 * The socket's state, or 'offline' when the browser has no network: a socket can look open for a
 * while after the network is gone (until its ping goes unanswered), and "Live" would then be untrue.
 */
function current(): LiveConnectionState {
  return typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : state;
}

export function useLiveConnectionState(): LiveConnectionState {
  return useSyncExternalStore(subscribeWithNetwork, current, () => state);
}
