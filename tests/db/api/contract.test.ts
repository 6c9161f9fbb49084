import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCore, type TestCore } from '../../helpers/core';
import { createClient, httpInvoke } from '../../../db/api/client';
import type { ApiClient } from '../../../db/api/contract';
import { ApiError } from '../../../db/api/errors';
import { startHttpServer, type RunningServer } from '../../../db/http/server';

/** The same behaviour must hold whichever transport carries the call. */
const transports: Array<[string, (t: TestCore) => Promise<{ api: ApiClient; close(): Promise<void> }>]> = [
  ['direct', async (t) => ({ api: t.api, close: async () => {} })],
  ['http', async (t) => {
    const server: RunningServer = await startHttpServer({ core: t.core });
    return { api: createClient(httpInvoke(server.url, server.token)), close: () => server.close() };
  }],
];

describe.each(transports)('API contract over %s', (_name, connect) => {
  let t: TestCore;
  let api: ApiClient;
  let close: () => Promise<void>;
  beforeAll(async () => {
    t = await testCore();
    ({ api, close } = await connect(t));
  });
  afterAll(async () => {
    await close();
    t.dispose();
  });

  it('round-trips a record with umlauts', async () => {
    const created = await api.send('municipalities.create', { name: 'Bad Münstereifel', status: 'STADT', officialKey: '05366004' });
    const fetched = await api.send('municipalities.get', { id: created.id });
    expect(fetched).toEqual(created);
    expect(fetched.name).toBe('Bad Münstereifel');
  });

  it('delivers validation errors as typed ApiErrors with field issues', async () => {
    const error = await api.send('municipalities.create', { name: '', status: 'DORF' as never }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues.map((i: { field: string }) => i.field).sort()).toEqual(['name', 'status']);
  });

  it('delivers not-found and unknown-method errors', async () => {
    await expect(api.send('municipalities.get', { id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Kommune wurde nicht gefunden.' });
    await expect(api.send('nothing.here' as never, undefined as never)).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
  });

  it('rejects a non-object input', async () => {
    await expect(api.send('municipalities.create', 'Kall' as never)).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('returns the enum labels for the renderer', async () => {
    const enums = await api.send('meta.enums');
    expect(enums.postStatus.ADVERTISED).toBe('ausgeschrieben');
    expect(enums.fieldOfAction.HOUSING).toBe('Wohnen');
  });
});
