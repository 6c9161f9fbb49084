import { ApiFailure } from './ApiFailure';
import { electronBridge, type KimBridge } from './bridge';

export interface ChangeEvent {
  type: 'changed';
  entity: string;
}

/** One way to reach the core: Electron IPC in the desktop app, HTTP when the renderer is served to a browser. */
export interface Transport {
  readonly kind: 'electron' | 'http';
  invoke(method: string, input: unknown): Promise<unknown>;
  /** Calls back on every change the core reports; returns the unsubscribe function. */
  subscribe(onEvent: (event: ChangeEvent) => void): () => void;
}

function isChangeEvent(value: unknown): value is ChangeEvent {
  return typeof value === 'object' && value !== null && (value as ChangeEvent).type === 'changed';
}

export function electronTransport(bridge: KimBridge): Transport {
  return {
    kind: 'electron',
    async invoke(method, input) {
      try {
        return await bridge.invoke(method, input);
      } catch (error) {
        throw ApiFailure.from(error);
      }
    },
    subscribe(onEvent) {
      const off = bridge.on('event', (payload) => {
        if (isChangeEvent(payload)) onEvent(payload);
      });
      return typeof off === 'function' ? off : () => {};
    },
  };
}

export function httpTransport(token: string, base = ''): Transport {
  return {
    kind: 'http',
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/call/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-kim-token': token },
          body: JSON.stringify(input === undefined ? null : input),
        });
      } catch (error) {
        throw ApiFailure.from(error);
      }
      const body = (await response.json().catch(() => null)) as { ok?: boolean; result?: unknown; error?: unknown } | null;
      if (body?.ok) return body.result;
      throw ApiFailure.from(body?.error ?? { code: 'INTERNAL', message: `Unerwartete Antwort des Servers (${response.status}).` });
    },
    subscribe(onEvent) {
      const source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message) => {
        try {
          const payload: unknown = JSON.parse(message.data as string);
          if (isChangeEvent(payload)) onEvent(payload);
        } catch {
          // A malformed event carries no change we could act on.
        }
      };
      return () => source.close();
    },
  };
}

/** The desktop app's preload wins; otherwise the page was served by the HTTP server, which injected the token. */
export function pickTransport(): Transport {
  const bridge = electronBridge();
  if (bridge) return electronTransport(bridge);
  const token = document.querySelector('meta[name="kim-api-token"]')?.getAttribute('content') ?? '';
  return httpTransport(token);
}
