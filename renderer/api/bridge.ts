/** What the Electron preload exposes as `window.kim`; absent in browser mode. */
export interface KimBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  on(event: string, callback: (payload: unknown) => void): (() => void) | void;
}

declare global {
  interface Window {
    kim?: KimBridge;
  }
}

export function electronBridge(): KimBridge | undefined {
  return typeof window !== 'undefined' ? window.kim : undefined;
}
