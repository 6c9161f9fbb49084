import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const created: Array<{ options: unknown; win: Record<string, ReturnType<typeof vi.fn>> & { webContents: unknown } }> = [];
  class BrowserWindow {
    readonly webContents = { session: { setSpellCheckerLanguages: vi.fn() } };
    readonly once = vi.fn();
    readonly show = vi.fn();
    readonly loadURL = vi.fn(async () => undefined);
    constructor(options: unknown) {
      created.push({ options, win: this as never });
    }
  }
  return { BrowserWindow, created };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

import { createMainWindow, mainWindowOptions, SPELLCHECK_LANGUAGES, WINDOW_TITLE } from '../../electron/window';

describe('main window options', () => {
  const options = mainWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs', isDev: false });
  const prefs = options.webPreferences!;

  it('isolate and sandbox the page and give it no Node', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keep web security on and forbid webviews, insecure content and experimental features', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('load the bundled preload and check spelling', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
    expect(prefs.spellcheck).toBe(true);
    expect(SPELLCHECK_LANGUAGES).toEqual(['de-DE']);
  });

  it('are titled "KIM Desk" and appear only once painted', () => {
    expect(options.title).toBe('KIM Desk');
    expect(WINDOW_TITLE).toBe('KIM Desk');
    expect(options.show).toBe(false);
  });

  it('offer developer tools only in development', () => {
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions({ preloadPath: '/p.cjs', isDev: true }).webPreferences!.devTools).toBe(true);
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    electron.created.length = 0;
  });

  it('builds the window from those options, sets German spell checking and loads the app', () => {
    createMainWindow({ preloadPath: '/p.cjs', isDev: false }, 'app://kim-desk/index.html');
    const [{ options, win }] = electron.created;
    expect(options).toEqual(mainWindowOptions({ preloadPath: '/p.cjs', isDev: false }));
    const contents = win.webContents as { session: { setSpellCheckerLanguages: ReturnType<typeof vi.fn> } };
    expect(contents.session.setSpellCheckerLanguages).toHaveBeenCalledWith(['de-DE']);
    expect(win.loadURL).toHaveBeenCalledWith('app://kim-desk/index.html');
    expect(win.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
    win.once.mock.calls[0][1]();
    expect(win.show).toHaveBeenCalled();
  });
});
