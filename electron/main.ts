import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, session, shell } from 'electron';
import { createCore, type Core } from '../db/core/createCore';
import { createShellHandlers } from './dialogs';
import { createExportSaver } from './exportSave';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './guards';
import { forwardCoreEvents, registerIpc } from './ipc';
import { createOsKeyStore } from './keyStore';
import { aboutText, menuTemplate } from './menu';
import { appResponse } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

/**
 * The desktop shell: lifecycle, one instance, one window, the app:// protocol, IPC to the core.
 * Everything with a decision in it lives in the small modules imported above.
 */

export const APP_ID = 'de.kim-desk.app';

/**
 * Paths inside the app. app.getAppPath() is the asar root when packaged and the project folder in
 * development; the bundle has no usable import.meta.url, so migrations are always passed explicitly.
 */
export function appPaths(appPath: string) {
  return {
    rendererRoot: path.join(appPath, 'dist', 'renderer'),
    preload: path.join(appPath, 'dist', 'electron', 'preload.cjs'),
    migrations: path.join(appPath, 'db', 'migrations'),
  };
}

/** The OS account names who acted in the audit log; some systems have no passwd entry for it. */
function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USERNAME ?? process.env.USER ?? 'unbekannt';
  }
}

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
const disposers: Array<() => void> = [];

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function openExternal(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.error('[kim-desk] openExternal failed', error));
}

function showAbout(): void {
  const text = aboutText(app.getVersion());
  const options = { type: 'info' as const, buttons: ['OK'], ...text };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function start(): Promise<void> {
  const isDev = !app.isPackaged;
  const paths = appPaths(app.getAppPath());
  const dataDir = app.getPath('userData');
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => appResponse(paths.rendererRoot, request));
  // The key store is created after 'ready': safeStorage can only tell whether it works from then on.
  core = await createCore({ dataDir, user: osUser(), migrationsFolder: paths.migrations, keyStore: createOsKeyStore(dataDir) });
  const shellHandlers = createShellHandlers({ getWindow: () => mainWindow, userDataDir: dataDir });
  const activeCore = core;
  const exportSaver = createExportSaver({
    getWindow: () => mainWindow,
    runExport: (method, input) => activeCore.call(method, input),
  });
  disposers.push(registerIpc({ core, shell: { ...shellHandlers, ...exportSaver } }));
  disposers.push(forwardCoreEvents(core.events, () => mainWindow?.webContents ?? null));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isDev, onAbout: showAbout })));
  mainWindow = createMainWindow({ preloadPath: paths.preload, isDev }, APP_ENTRY_URL);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function shutdown(): void {
  while (disposers.length > 0) disposers.pop()?.();
  core?.close();
  core = null;
}

function failStart(error: unknown): void {
  console.error('[kim-desk] start failed', error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('KIM Desk kann nicht starten', detail);
  shutdown();
  app.exit(1);
}

// Both must happen before the app is ready: privileged schemes and the sandbox for every renderer.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
app.enableSandbox();
// Date inputs and spellcheck follow the browser language; the office works in German whatever the OS says.
app.commandLine.appendSwitch('lang', 'de-DE');

if (!app.requestSingleInstanceLock()) {
  // Another KIM Desk runs with the same database; it gets focused through 'second-instance'.
  app.quit();
} else {
  app.setAppUserModelId(APP_ID);
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', shutdown);
  app.whenReady().then(start).catch(failStart);
}
