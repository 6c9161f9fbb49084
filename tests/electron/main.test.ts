import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the parts of Electron main.ts touches, rebuilt for every test. */
function fakeElectron(lock: boolean) {
  const appEvents = new EventEmitter();
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    readonly options: unknown;
    readonly webContents = { session: { setSpellCheckerLanguages: vi.fn() }, send: vi.fn(), isDestroyed: () => false };
    readonly loadURL = vi.fn(async () => undefined);
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    minimized = false;
    isMinimized = () => this.minimized;
    isDestroyed = () => false;
    constructor(options: unknown) {
      super();
      this.options = options;
      windows.push(this);
    }
  }
  const app = {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
    setAppUserModelId: vi.fn(),
    getAppPath: () => path.join('/opt', 'KIM Desk', 'resources', 'app.asar'),
    getPath: vi.fn((name: string) => (name === 'userData' ? path.join('/home', 'u', '.config', 'KIM Desk') : '/tmp')),
    getVersion: () => '0.1.0',
    on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appEvents.on(name, listener)),
    whenReady: vi.fn(() => ready),
  };
  return {
    markReady,
    appEvents,
    windows,
    module: {
      app,
      BrowserWindow: FakeWindow,
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn(),
        },
      },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
      dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
      shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    },
  };
}

const env = vi.hoisted(() => ({
  electron: undefined as unknown as ReturnType<typeof fakeElectron>,
  createCore: undefined as unknown as (options: unknown) => Promise<unknown>,
}));
// Getters, because main.ts is imported afresh per test while the mock module is created once.
vi.mock('electron', () => {
  const mod = {};
  for (const key of ['app', 'BrowserWindow', 'protocol', 'session', 'Menu', 'dialog', 'shell', 'ipcMain']) {
    Object.defineProperty(mod, key, { enumerable: true, get: () => (env.electron.module as Record<string, unknown>)[key] });
  }
  return mod;
});
vi.mock('../../db/core/createCore', () => ({ createCore: (options: unknown) => env.createCore(options) }));

function fakeCore() {
  return { events: new EventEmitter(), call: vi.fn(), methodNames: () => ['meta.info'], close: vi.fn() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function startMain(options: { lock?: boolean; core?: () => Promise<unknown> } = {}) {
  vi.resetModules();
  env.electron = fakeElectron(options.lock ?? true);
  const core = fakeCore();
  const createCore = vi.fn(options.core ?? (async () => core));
  env.createCore = createCore;
  await import('../../electron/main');
  return { e: env.electron, m: env.electron.module, core, createCore };
}

async function ready(options?: Parameters<typeof startMain>[0]) {
  const started = await startMain(options);
  started.e.markReady();
  await settle();
  return started;
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('before the app is ready', () => {
  it('registers app:// as a privileged scheme and enables the sandbox for every renderer', async () => {
    const { m } = await startMain();
    expect(m.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(m.app.enableSandbox).toHaveBeenCalled();
    expect(m.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'de-DE');
    expect(m.protocol.handle).not.toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    const { m, createCore } = await startMain({ lock: false });
    expect(m.app.quit).toHaveBeenCalled();
    expect(m.app.whenReady).not.toHaveBeenCalled();
    expect(createCore).not.toHaveBeenCalled();
  });
});

describe('once ready', () => {
  it('creates the core in the user data folder with the migrations shipped inside the app', async () => {
    const { m, createCore } = await ready();
    const appPath = m.app.getAppPath();
    expect(createCore).toHaveBeenCalledWith({
      dataDir: path.join('/home', 'u', '.config', 'KIM Desk'),
      user: os.userInfo().username,
      migrationsFolder: path.join(appPath, 'db', 'migrations'),
      keyStore: expect.objectContaining({ kind: 'os' }),
    });
  });

  it('serves app://, denies permissions, answers IPC and opens the window on the app', async () => {
    const { e, m } = await ready();
    expect(m.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(m.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(m.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(m.ipcMain.handle).toHaveBeenCalledWith('kim:invoke', expect.any(Function));
    expect(m.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(e.windows).toHaveLength(1);
    const [win] = e.windows;
    const prefs = (win.options as { webPreferences: { preload: string; sandbox: boolean } }).webPreferences;
    expect(prefs.preload).toBe(path.join(m.app.getAppPath(), 'dist', 'electron', 'preload.cjs'));
    expect(prefs.sandbox).toBe(true);
    expect(win.loadURL).toHaveBeenCalledWith('app://kim-desk/index.html');
  });

  it('hardens every web contents created later', async () => {
    const { e } = await ready();
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    e.appEvents.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });

  it('forwards core events to the window', async () => {
    const { e, core } = await ready();
    core.events.emit('event', { type: 'changed', entity: 'municipalities' });
    expect(e.windows[0].webContents.send).toHaveBeenCalledWith('kim:event', { type: 'changed', entity: 'municipalities' });
  });

  it('focuses and restores the existing window when a second instance starts', async () => {
    const { e } = await ready();
    const [win] = e.windows;
    win.minimized = true;
    e.appEvents.emit('second-instance', {}, [], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('quits when the window closes and closes the core and IPC on the way out', async () => {
    const { e, m, core } = await ready();
    e.appEvents.emit('window-all-closed');
    expect(m.app.quit).toHaveBeenCalled();
    e.appEvents.emit('will-quit');
    expect(core.close).toHaveBeenCalledTimes(1);
    expect(m.ipcMain.removeHandler).toHaveBeenCalledWith('kim:invoke');
    e.appEvents.emit('will-quit');
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('explains a failed start in a German error box and exits', async () => {
    const { m, e } = await ready({ core: async () => { throw new Error('Die Datenbank ist neuer als diese Version.'); } });
    expect(m.dialog.showErrorBox).toHaveBeenCalledWith('KIM Desk kann nicht starten', 'Die Datenbank ist neuer als diese Version.');
    expect(m.app.exit).toHaveBeenCalledWith(1);
    expect(e.windows).toHaveLength(0);
  });
});
