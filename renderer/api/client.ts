import type { ApiClient, MethodName, OutputOf, SendArgs } from '../../db/api/contract';
import { pickTransport, type Transport } from './transport';

export { ApiFailure } from './ApiFailure';

let transport: Transport | undefined;

export function currentTransport(): Transport {
  transport ??= pickTransport();
  return transport;
}

/** The typed API: `api.send('municipalities.list')`. Failures reject with an ApiFailure. */
export const api: ApiClient = {
  send<K extends MethodName>(name: K, ...args: SendArgs<K>): Promise<OutputOf<K>> {
    return currentTransport().invoke(name, args[0]) as Promise<OutputOf<K>>;
  },
};

export type { MethodName, OutputOf, InputOf, SendArgs } from '../../db/api/contract';
