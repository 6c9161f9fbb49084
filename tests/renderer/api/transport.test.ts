import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiFailure } from '../../../renderer/api/ApiFailure';
import { electronTransport, httpTransport } from '../../../renderer/api/transport';

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

describe('HTTP transport', () => {
  it('posts the input as JSON with the token and returns the result', async () => {
    const fetch = answer(200, { ok: true, result: [{ id: '1' }] });
    vi.stubGlobal('fetch', fetch);
    const result = await httpTransport('secret').invoke('municipalities.list', undefined);
    expect(result).toEqual([{ id: '1' }]);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/call/municipalities.list');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'x-kim-token': 'secret' });
    expect(init.body).toBe('null');
  });

  it('turns a refusal into an ApiFailure with code, German message and field issues', async () => {
    const issues = [{ field: 'fte', message: 'Stellenanteil (VZÄ): Muss zwischen 0 und 1,0 liegen.' }];
    vi.stubGlobal('fetch', answer(400, { ok: false, error: { code: 'VALIDATION', message: issues[0].message, issues } }));
    const error = await httpTransport('t').invoke('posts.create', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiFailure);
    expect(error).toMatchObject({ code: 'VALIDATION', message: issues[0].message, issues });
  });

  it('reports a lost connection in German instead of a browser error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const error = await httpTransport('t').invoke('meta.info', undefined).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INTERNAL', message: 'Keine Verbindung zum KIM-Desk-Kern. Bitte laden Sie die Seite neu.' });
  });
});

describe('Electron transport', () => {
  it('passes calls to the preload bridge and keeps the plain-object errors it throws', async () => {
    const bridge = {
      invoke: vi.fn(async (method: string) => {
        if (method === 'municipalities.delete') throw { code: 'REFERENCED', message: 'Kommune „Kall“ kann nicht gelöscht werden.' };
        return { ok: true };
      }),
      on: vi.fn(() => () => {}),
    };
    const transport = electronTransport(bridge);
    expect(await transport.invoke('meta.info', undefined)).toEqual({ ok: true });
    const error = await transport.invoke('municipalities.delete', { id: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiFailure);
    expect(error).toMatchObject({ code: 'REFERENCED', message: 'Kommune „Kall“ kann nicht gelöscht werden.', issues: [] });
  });

  it('delivers only change events to subscribers', () => {
    let emit: (payload: unknown) => void = () => {};
    const bridge = { invoke: vi.fn(), on: vi.fn((_: string, cb: (p: unknown) => void) => { emit = cb; return () => {}; }) };
    const seen: unknown[] = [];
    electronTransport(bridge).subscribe((e) => seen.push(e));
    emit({ type: 'changed', entity: 'posts' });
    emit({ type: 'other' });
    emit(null);
    expect(seen).toEqual([{ type: 'changed', entity: 'posts' }]);
  });
});
