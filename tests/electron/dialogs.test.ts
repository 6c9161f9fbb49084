import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  shell: { openPath: vi.fn(async (_path: string) => '') },
}));
vi.mock('electron', () => electron);

import { createShellHandlers, SHELL_METHOD_NAMES, type ShellHandlers } from '../../electron/dialogs';

let base: string;
let userData: string;
let elsewhere: string;
let handlers: ShellHandlers;
const win = { id: 1 };

const errorOf = (promise: Promise<unknown>) => promise.then(() => undefined, (e: { code?: string }) => e);

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'kim-dialogs-'));
  userData = path.join(base, 'userData');
  elsewhere = path.join(base, 'elsewhere');
  mkdirSync(path.join(userData, 'exports'), { recursive: true });
  mkdirSync(elsewhere);
  writeFileSync(path.join(userData, 'exports', 'Bericht.docx'), 'x');
  writeFileSync(path.join(userData, 'tool.exe'), 'x');
  writeFileSync(path.join(elsewhere, 'Protokoll.pdf'), 'x');
  handlers = createShellHandlers({ getWindow: () => win as never, userDataDir: userData });
  vi.clearAllMocks();
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('shell methods', () => {
  it('are exactly the four documented ones', () => {
    expect([...SHELL_METHOD_NAMES].sort()).toEqual(['shell.chooseFile', 'shell.chooseFolder', 'shell.openPath', 'shell.saveFile']);
    expect(Object.keys(handlers).sort()).toEqual([...SHELL_METHOD_NAMES].sort());
  });

  it('chooseFolder opens a modal folder dialog and returns the choice, or null when cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [elsewhere] });
    await expect(handlers['shell.chooseFolder']({ title: 'Sicherungsordner', defaultPath: userData })).resolves.toEqual({ path: elsewhere });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(win, expect.objectContaining({
      title: 'Sicherungsordner', defaultPath: userData, properties: expect.arrayContaining(['openDirectory']),
    }));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(handlers['shell.chooseFolder']({})).resolves.toEqual({ path: null });
  });

  it('chooseFile passes filters through', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/x/a.sqlite'] });
    const filters = [{ name: 'Sicherung', extensions: ['sqlite'] }];
    await expect(handlers['shell.chooseFile']({ filters })).resolves.toEqual({ path: '/x/a.sqlite' });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(win, expect.objectContaining({ filters, properties: ['openFile'] }));
  });

  it('saveFile suggests only a bare file name, whatever folder the renderer names', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/u/Bericht.docx' });
    await expect(handlers['shell.saveFile']({ defaultName: '../../etc/Bericht.docx' })).resolves.toEqual({ path: '/home/u/Bericht.docx' });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(win, expect.objectContaining({ defaultPath: 'Bericht.docx' }));
  });

  it('reject unknown fields and malformed filters with VALIDATION', async () => {
    for (const call of [
      handlers['shell.chooseFolder']({ title: 'x', properties: ['multiSelections'] }),
      handlers['shell.chooseFile']({ filters: [{ name: 'x', extensions: ['../../x'] }] }),
      handlers['shell.saveFile']({}),
      handlers['shell.openPath']({ path: 42 }),
    ]) {
      expect(await errorOf(call)).toMatchObject({ code: 'VALIDATION' });
    }
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('shell.openPath', () => {
  it('opens documents and folders inside the data folder', async () => {
    const file = path.join(userData, 'exports', 'Bericht.docx');
    await expect(handlers['shell.openPath']({ path: file })).resolves.toEqual({ path: file });
    await handlers['shell.openPath']({ path: path.join(userData, 'exports') });
    expect(electron.shell.openPath.mock.calls.map(([p]) => p)).toEqual([file, path.join(userData, 'exports')]);
  });

  it('refuses anything outside the data folder that no dialog returned', async () => {
    expect(await errorOf(handlers['shell.openPath']({ path: path.join(elsewhere, 'Protokoll.pdf') }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(handlers['shell.openPath']({ path: elsewhere }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(electron.shell.openPath).not.toHaveBeenCalled();
  });

  it('allows what lies in a folder the user chose, and a file the user saved', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [elsewhere] });
    await handlers['shell.chooseFolder']({});
    await expect(handlers['shell.openPath']({ path: path.join(elsewhere, 'Protokoll.pdf') })).resolves.toBeTruthy();

    const saved = path.join(base, 'Termine.ics');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: saved });
    await handlers['shell.saveFile']({ defaultName: 'Termine.ics' });
    writeFileSync(saved, 'BEGIN:VCALENDAR');
    await expect(handlers['shell.openPath']({ path: saved })).resolves.toEqual({ path: saved });
  });

  it('never opens programs, even inside allowed folders', async () => {
    expect(await errorOf(handlers['shell.openPath']({ path: path.join(userData, 'tool.exe') }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('follows symlinks before deciding, so a link in the data folder cannot point outside', async () => {
    const link = path.join(userData, 'exports', 'link.pdf');
    symlinkSync(path.join(elsewhere, 'Protokoll.pdf'), link);
    expect(await errorOf(handlers['shell.openPath']({ path: link }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reports relative paths, missing files and OS failures', async () => {
    expect(await errorOf(handlers['shell.openPath']({ path: 'exports/Bericht.docx' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await errorOf(handlers['shell.openPath']({ path: path.join(userData, 'fehlt.pdf') }))).toMatchObject({ code: 'NOT_FOUND' });
    electron.shell.openPath.mockResolvedValueOnce('No application is associated');
    expect(await errorOf(handlers['shell.openPath']({ path: path.join(userData, 'exports', 'Bericht.docx') }))).toMatchObject({ code: 'INTERNAL' });
  });
});
