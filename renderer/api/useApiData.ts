import { useCallback, useEffect, useState } from 'react';
import type { MethodName, OutputOf, SendArgs } from '../../db/api/contract';
import { api } from './client';
import { ApiFailure } from './ApiFailure';
import { useDataVersion } from './changes';

export interface ApiData<T> {
  data: T | undefined;
  error: ApiFailure | undefined;
  loading: boolean;
}

/**
 * Loads one read method and reloads it when data changes. Keeps showing the previous result while reloading,
 * so a table does not flash empty after every save.
 */
export function useApiData<K extends MethodName>(name: K, ...args: SendArgs<K>): ApiData<OutputOf<K>> {
  const version = useDataVersion();
  const key = JSON.stringify(args[0] ?? null);
  const [state, setState] = useState<ApiData<OutputOf<K>>>({ data: undefined, error: undefined, loading: true });

  const load = useCallback(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    const input = JSON.parse(key) as SendArgs<K>[0];
    (api.send as (n: K, i: unknown) => Promise<OutputOf<K>>)(name, input ?? undefined).then(
      (data) => { if (current) setState({ data, error: undefined, loading: false }); },
      (error: unknown) => { if (current) setState((s) => ({ data: s.data, error: ApiFailure.from(error), loading: false })); },
    );
    return () => { current = false; };
  }, [name, key]);

  useEffect(() => load(), [load, version]);
  return state;
}
