import { useSyncExternalStore } from 'react';

/** The live-update socket, as a person would describe it. */
export type LiveConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

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

export function useLiveConnectionState(): LiveConnectionState {
  return useSyncExternalStore(subscribe, () => state, () => state);
}
