import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { dialog, shell, type BrowserWindow, type FileFilter as ElectronFileFilter, type OpenDialogOptions } from 'electron';
import { z } from 'zod';
import { ApiError } from '../db/api/errors';
import type { DialogMethodName, ShellMethods } from './contract';
import { isInside, isOpenableFile } from './guards';

/**
 * Native dialogs and "open with the OS". A path the renderer sends is trusted only when it lies in
 * the data folder or came out of one of these dialogs, so a compromised page cannot open arbitrary files.
 */

const title = z.string().max(200).optional();
const somePath = z.string().min(1).max(4096);
const filters = z.array(z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^(\*|[a-z0-9]{1,10})$/i)).min(1).max(20),
})).max(20).optional();

const inputs = {
  'shell.chooseFolder': z.strictObject({ title, defaultPath: somePath.optional() }),
  'shell.chooseFile': z.strictObject({ title, filters }),
  'shell.saveFile': z.strictObject({ defaultName: z.string().min(1).max(255), filters }),
  'shell.openPath': z.strictObject({ path: somePath }),
};

export const SHELL_METHOD_NAMES = Object.keys(inputs) as DialogMethodName[];

export interface ShellDeps {
  getWindow(): BrowserWindow | null;
  /** The app's data folder; everything in it may be opened. */
  userDataDir: string;
}

export type ShellHandlers = { [K in DialogMethodName]: (input: unknown) => Promise<ShellMethods[K]['output']> };

function parse<K extends DialogMethodName>(name: K, input: unknown): z.output<(typeof inputs)[K]> {
  const parsed = inputs[name].safeParse(input ?? {});
  if (parsed.success) return parsed.data as z.output<(typeof inputs)[K]>;
  const issues = parsed.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: `Ungültige Angabe für „${name}“: ${issue.path.map(String).join('.') || 'Eingabe'}.`,
  }));
  throw new ApiError('VALIDATION', issues[0].message, issues);
}

async function canonical(p: string): Promise<string> {
  return realpath(p).catch(() => path.resolve(p));
}

/** A file that may not exist yet (save dialog): its folder is made canonical, the name kept. */
async function canonicalFile(p: string): Promise<string> {
  return path.join(await canonical(path.dirname(p)), path.basename(p));
}

export function createShellHandlers(deps: ShellDeps): ShellHandlers {
  const grantedFolders = new Set<string>();
  const grantedFiles = new Set<string>();

  async function grant(kind: 'folder' | 'file', chosen: string | undefined): Promise<{ path: string | null }> {
    if (!chosen) return { path: null };
    if (kind === 'folder') grantedFolders.add(await canonical(chosen));
    else grantedFiles.add(await canonicalFile(chosen));
    return { path: chosen };
  }

  async function mayOpen(target: string): Promise<boolean> {
    if (isInside(await canonical(deps.userDataDir), target)) return true;
    if (grantedFiles.has(target)) return true;
    return [...grantedFolders].some((folder) => isInside(folder, target));
  }

  // Dialogs are modal to the window when there is one; without a window they still work.
  const open = (options: OpenDialogOptions) => {
    const win = deps.getWindow();
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  };
  const toFilters = (list: ElectronFileFilter[] | undefined) => list ?? [];

  return {
    async 'shell.chooseFolder'(input) {
      const { title: t, defaultPath } = parse('shell.chooseFolder', input);
      const result = await open({ title: t, defaultPath, properties: ['openDirectory', 'createDirectory'] });
      return grant('folder', result.canceled ? undefined : result.filePaths[0]);
    },
    async 'shell.chooseFile'(input) {
      const { title: t, filters: f } = parse('shell.chooseFile', input);
      const result = await open({ title: t, filters: toFilters(f), properties: ['openFile'] });
      return grant('file', result.canceled ? undefined : result.filePaths[0]);
    },
    async 'shell.saveFile'(input) {
      const { defaultName, filters: f } = parse('shell.saveFile', input);
      const win = deps.getWindow();
      // Only a bare file name is taken from the renderer; the folder is the user's choice in the dialog.
      const options = { defaultPath: path.basename(defaultName), filters: toFilters(f) };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return grant('file', result.canceled ? undefined : result.filePath);
    },
    async 'shell.openPath'(input) {
      const { path: requested } = parse('shell.openPath', input);
      if (!path.isAbsolute(requested)) throw new ApiError('FORBIDDEN', 'Nur vollständige Pfade können geöffnet werden.');
      const info = await stat(requested).catch(() => undefined);
      if (!info) throw new ApiError('NOT_FOUND', 'Die Datei oder der Ordner wurde nicht gefunden.');
      const target = await canonical(requested);
      if (!(await mayOpen(target)) || (!info.isDirectory() && !isOpenableFile(target))) {
        throw new ApiError('FORBIDDEN', 'Dieser Pfad darf aus KIM Desk heraus nicht geöffnet werden.');
      }
      const failure = await shell.openPath(target);
      if (failure) throw new ApiError('INTERNAL', `Der Pfad konnte nicht geöffnet werden: ${failure}`);
      return { path: target };
    },
  };
}
