import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = 'KIM Desk';
export const SPELLCHECK_LANGUAGES: readonly string[] = ['de-DE'];

export interface WindowSetup {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** Developer tools only while developing; the installed app keeps them closed. */
  isDev: boolean;
}

/**
 * The main window's options. The page gets no Node, runs sandboxed and isolated from the preload,
 * and cannot embed webviews; everything it needs comes through `window.kim`.
 */
export function mainWindowOptions({ preloadPath, isDev }: WindowSetup): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 840,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: isDev,
    },
  };
}

/** Creates the window, shows it once painted and loads url. */
export function createMainWindow(setup: WindowSetup, url: string): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(setup));
  win.webContents.session.setSpellCheckerLanguages([...SPELLCHECK_LANGUAGES]);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(url);
  return win;
}
