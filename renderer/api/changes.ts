import { useSyncExternalStore } from 'react';
import { currentTransport } from './client';

/**
 * A counter that grows whenever data may have changed: a write in this window or a change event from the core
 * (another window, a restore). Every data hook reloads when it moves. Bursts are coalesced so loading demo data
 * or a restore triggers one reload, not hundreds.
 */
let version = 0;
const listeners = new Set<() => void>();
let pending: ReturnType<typeof setTimeout> | undefined;
let unsubscribeCore: (() => void) | undefined;

function bump(): void {
  if (pending) return;
  pending = setTimeout(() => {
    pending = undefined;
    version += 1;
    for (const listener of listeners) listener();
  }, 30);
}

/** Call after a successful write so lists refresh even when the transport delivers no events. */
export function dataChanged(): void {
  bump();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  unsubscribeCore ??= currentTransport().subscribe(bump);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && unsubscribeCore) {
      unsubscribeCore();
      unsubscribeCore = undefined;
    }
  };
}

export function useDataVersion(): number {
  return useSyncExternalStore(subscribe, () => version);
}
