import type { ApiClient, Invoke, MethodName, OutputOf, SendArgs } from './contract';
import { ApiError, isApiErrorPayload } from './errors';

export function createClient(invoke: Invoke): ApiClient {
  return {
    send<K extends MethodName>(name: K, ...args: SendArgs<K>) {
      return invoke(name, args[0]) as Promise<OutputOf<K>>;
    },
  };
}

/** HTTP transport for Node callers (tests, scripts). The renderer has its own equivalent. */
export function httpInvoke(baseUrl: string, token: string): Invoke {
  return async (method, input) => {
    const response = await fetch(`${baseUrl}/api/call/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kim-token': token },
      body: JSON.stringify(input === undefined ? null : input),
    });
    const body = (await response.json()) as { ok: boolean; result?: unknown; error?: unknown };
    if (body.ok) return body.result;
    if (isApiErrorPayload(body.error)) throw ApiError.fromPayload(body.error);
    throw new ApiError('INTERNAL', `Unerwartete Antwort (${response.status}).`);
  };
}
