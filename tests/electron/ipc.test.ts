import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../db/api/errors';
import type { CoreEvent } from '../../db/core/context';
import type { IpcReply } from '../../electron/contract';
import { testCore, type TestCore } from '../helpers/core';

const ipcMain = vi.hoisted(() => ({ handle: vi.fn(), removeHandler: vi.fn() }));
vi.mock('electron', () => ({ ipcMain }));

import { forwardCoreEvents, registerIpc, type IpcDeps } from '../../electron/ipc';

type Handler = (event: unknown, method: unknown, input?: unknown) => Promise<IpcReply>;

const APP_FRAME = { url: 'app://kim-desk/index.html', parent: null };
const from = (frame: unknown) => ({ senderFrame: frame });

function fakeCore(call: (method: string, input: unknown) => Promise<unknown>) {
  return { call: vi.fn(call), methodNames: () => ['municipalities.list', 'municipalities.create'] };
}

function register(core: IpcDeps['core'], shell: Record<string, (input: unknown) => Promise<unknown>> = {}) {
  const dispose = registerIpc({ core, shell });
  const [channel, handler] = ipcMain.handle.mock.calls.at(-1)!;
  return { channel, handler: handler as Handler, dispose };
}

beforeEach(() => {
  ipcMain.handle.mockClear();
  ipcMain.removeHandler.mockClear();
});

describe('the kim:invoke handler', () => {
  it('is the single channel registered, and is removed again on dispose', () => {
    const { channel, dispose } = register(fakeCore(async () => null));
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(channel).toBe('kim:invoke');
    dispose();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith('kim:invoke');
  });

  it('refuses calls from foreign origins, subframes and vanished frames without touching the core', async () => {
    const core = fakeCore(async () => 'secret');
    const { handler } = register(core);
    for (const frame of [
      { url: 'file:///home/user/evil.html', parent: null },
      { url: 'http://localhost:5173/', parent: null },
      { url: 'app://evil/index.html', parent: null },
      { url: 'app://kim-desk/index.html', parent: APP_FRAME },
      null,
    ]) {
      const reply = await handler(from(frame), 'municipalities.list', undefined);
      expect(reply, JSON.stringify(frame)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Zugriff verweigert.' } });
    }
    expect(core.call).not.toHaveBeenCalled();
  });

  it('refuses unknown and malformed method names', async () => {
    const core = fakeCore(async () => null);
    const { handler } = register(core);
    for (const method of ['municipalities.drop', 'shell.runProgram', '__proto__', 42, undefined]) {
      const reply = await handler(from(APP_FRAME), method);
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error.code, String(method)).toBe('UNKNOWN_METHOD');
    }
    expect(core.call).not.toHaveBeenCalled();
  });

  it('passes a valid call to the core and wraps the result', async () => {
    const core = fakeCore(async (_method, input) => [{ id: 'm1', echoed: input }]);
    const { handler } = register(core);
    const reply = await handler(from(APP_FRAME), 'municipalities.list', { q: 1 });
    expect(reply).toEqual({ ok: true, result: [{ id: 'm1', echoed: { q: 1 } }] });
    expect(core.call).toHaveBeenCalledWith('municipalities.list', { q: 1 });
  });

  it('turns an ApiError into { ok: false, error } with code, message and issues', async () => {
    const issues = [{ field: 'name', message: 'Name: Bitte ausfüllen.' }];
    const { handler } = register(fakeCore(async () => {
      throw new ApiError('VALIDATION', 'Name: Bitte ausfüllen.', issues);
    }));
    expect(await handler(from(APP_FRAME), 'municipalities.create', {})).toEqual({
      ok: false, error: { code: 'VALIDATION', message: 'Name: Bitte ausfüllen.', issues },
    });
  });

  it('reports any other failure as INTERNAL without leaking its message', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { handler } = register(fakeCore(async () => {
      throw new Error('SQLITE_IOERR at /home/user/secret/path');
    }));
    const reply = await handler(from(APP_FRAME), 'municipalities.list');
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('INTERNAL');
    expect(JSON.stringify(reply)).not.toContain('secret');
    spy.mockRestore();
  });

  it('routes shell.* names to the shell handlers, never to the core', async () => {
    const core = fakeCore(async () => null);
    const chooseFolder = vi.fn(async () => ({ path: '/home/user/Sicherungen' }));
    const { handler } = register(core, { 'shell.chooseFolder': chooseFolder });
    const reply = await handler(from(APP_FRAME), 'shell.chooseFolder', { title: 'Ordner' });
    expect(reply).toEqual({ ok: true, result: { path: '/home/user/Sicherungen' } });
    expect(chooseFolder).toHaveBeenCalledWith({ title: 'Ordner' });
    expect(core.call).not.toHaveBeenCalled();
  });
});

describe('with the real core', () => {
  let tc: TestCore;
  beforeEach(async () => {
    tc = await testCore();
  });
  afterEach(() => tc.dispose());

  it('answers core methods and reports German validation errors as data', async () => {
    const { handler } = register(tc.core);
    const info = await handler(from(APP_FRAME), 'meta.info');
    expect(info.ok && (info.result as { dataDir: string }).dataDir).toBe(tc.dataDir);
    const invalid = await handler(from(APP_FRAME), 'municipalities.create', {});
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && invalid.error.code).toBe('VALIDATION');
    expect(!invalid.ok && invalid.error.issues?.some((i) => i.field === 'name')).toBe(true);
  });
});

describe('forwardCoreEvents', () => {
  it('sends core events to the window as kim:event until disposed', () => {
    const events = new EventEmitter<{ event: [CoreEvent] }>();
    const contents = { isDestroyed: vi.fn(() => false), send: vi.fn() };
    const dispose = forwardCoreEvents(events, () => contents as never);
    events.emit('event', { type: 'changed', entity: 'municipalities' });
    expect(contents.send).toHaveBeenCalledWith('kim:event', { type: 'changed', entity: 'municipalities' });
    dispose();
    events.emit('event', { type: 'changed', entity: 'persons' });
    expect(contents.send).toHaveBeenCalledTimes(1);
  });

  it('skips a closed or destroyed window', () => {
    const events = new EventEmitter<{ event: [CoreEvent] }>();
    const destroyed = { isDestroyed: () => true, send: vi.fn() };
    forwardCoreEvents(events, () => destroyed as never);
    forwardCoreEvents(events, () => null);
    expect(() => events.emit('event', { type: 'changed', entity: 'x' })).not.toThrow();
    expect(destroyed.send).not.toHaveBeenCalled();
  });
});
