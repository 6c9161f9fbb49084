import { describe, expect, it, vi } from 'vitest';
import type { KimBridge } from '../../electron/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('electron', () => electron);

await import('../../electron/preload');
const { ipcRenderer, contextBridge } = electron;
const [[worldKey, bridge]] = contextBridge.exposeInMainWorld.mock.calls as Array<[string, KimBridge]>;

describe('the preload', () => {
  it('exposes exactly window.kim with invoke and on, once', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(worldKey).toBe('kim');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.on).toBe('function');
  });

  it('invoke sends method and input over kim:invoke and resolves with the result', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, result: [{ id: 'm1' }] });
    await expect(bridge.invoke('municipalities.list', { a: 1 })).resolves.toEqual([{ id: 'm1' }]);
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('kim:invoke', 'municipalities.list', { a: 1 });
  });

  it('invoke rejects with a plain { code, message, issues } object on failure', async () => {
    const issues = [{ field: 'name', message: 'Name: Bitte ausfüllen.' }];
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'VALIDATION', message: 'Name: Bitte ausfüllen.', issues } });
    const error = await bridge.invoke('municipalities.create', {}).catch((e: unknown) => e);
    expect(error).toEqual({ code: 'VALIDATION', message: 'Name: Bitte ausfüllen.', issues });
    expect(error).not.toBeInstanceOf(Error);

    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'FORBIDDEN', message: 'Zugriff verweigert.' } });
    await expect(bridge.invoke('x.y')).rejects.toStrictEqual({ code: 'FORBIDDEN', message: 'Zugriff verweigert.' });
  });

  it('on subscribes to kim:event, hands over only the payload and unsubscribes the same listener', () => {
    const callback = vi.fn();
    const unsubscribe = bridge.on('event', callback);
    const [channel, listener] = ipcRenderer.on.mock.calls.at(-1)!;
    expect(channel).toBe('kim:event');
    listener({ sender: 'ipc internals' }, { type: 'changed', entity: 'municipalities' });
    expect(callback).toHaveBeenCalledWith({ type: 'changed', entity: 'municipalities' });
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith('kim:event', listener);
  });

  it('on refuses other event names and missing callbacks', () => {
    expect(() => bridge.on('message' as 'event', vi.fn())).toThrow();
    expect(() => bridge.on('event', undefined as never)).toThrow();
  });
});
