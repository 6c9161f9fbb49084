import type { CoreEvent } from '../db/core/context';
import type { ApiErrorPayload } from '../db/api/errors';

/**
 * Types shared by the shell and the renderer. The renderer imports this file with `import type` only;
 * nothing here exists at run time.
 */

export interface FileFilter {
  /** Shown in the dialog, e.g. "Word-Dokument". */
  name: string;
  /** Without dot, e.g. ["docx"]; "*" for all files. */
  extensions: string[];
}

/** Native dialogs and OS integration, reachable through the same `invoke` as core methods. */
export interface ShellMethods {
  'shell.chooseFolder': { input: { title?: string; defaultPath?: string }; output: { path: string | null } };
  'shell.chooseFile': { input: { title?: string; filters?: FileFilter[] }; output: { path: string | null } };
  'shell.saveFile': { input: { defaultName: string; filters?: FileFilter[] }; output: { path: string | null } };
  /** Opens a document or folder with the OS: only inside the data folder or a path a dialog returned. */
  'shell.openPath': { input: { path: string }; output: { path: string } };
  /** Runs a core `exports.*` method and saves its file where the user chooses (null when cancelled). */
  'shell.saveExport': { input: { method: string; input?: unknown }; output: { path: string | null; fileName: string; sizeBytes: number } };
}

export type ShellMethodName = keyof ShellMethods;
/** The shell methods served by electron/dialogs.ts; `shell.saveExport` lives in electron/exportSave.ts. */
export type DialogMethodName = Exclude<ShellMethodName, 'shell.saveExport'>;

/** What `window.kim` offers the renderer in the desktop app. */
export interface KimBridge {
  /** Resolves with the method's result or rejects with an {@link ApiErrorPayload} (a plain object). */
  invoke(method: string, input?: unknown): Promise<unknown>;
  /** Subscribes to core events (data changed); returns the unsubscribe function. */
  on(event: 'event', callback: (event: CoreEvent) => void): () => void;
}

/** The envelope on the IPC channel: Electron mangles thrown Errors, so failures travel as data. */
export type IpcReply = { ok: true; result: unknown } | { ok: false; error: ApiErrorPayload };

export type { CoreEvent, ApiErrorPayload };
