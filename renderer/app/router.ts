import { useSyncExternalStore } from 'react';

/**
 * A hash router small enough to read in one go: '#/stammdaten/kommunen' → '/stammdaten/kommunen'.
 * Hashes that do not start with '#/' are in-page anchors, not routes, and leave the route unchanged.
 */
let currentPath = readPath() ?? '';
let navigations = 0;
const listeners = new Set<() => void>();

function readPath(): string | undefined {
  const hash = typeof window === 'undefined' ? '' : window.location.hash;
  if (hash === '' || hash === '#') return '';
  return hash.startsWith('#/') ? decodeURI(hash.slice(1)) : undefined;
}

function onHashChange(): void {
  const next = readPath();
  if (next === undefined || next === currentPath) return;
  currentPath = next;
  navigations += 1;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', onHashChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => currentPath);
}

export function hrefFor(path: string): string {
  return `#${encodeURI(path)}`;
}

export function navigate(path: string): void {
  window.location.hash = hrefFor(path);
}

/** Whether the user has moved between pages since the app started (focus moves only then, not on first load). */
export function hasNavigated(): boolean {
  return navigations > 0;
}
