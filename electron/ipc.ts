import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { ApiError, type ApiErrorPayload } from '../db/api/errors';
import type { Core } from '../db/core/createCore';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';
import type { CoreEvent, IpcReply } from './contract';
import { isAllowedMethod, isAllowedSender, SHELL_PREFIX } from './guards';

export type ShellHandlerMap = Readonly<Record<string, (input: unknown) => Promise<unknown>>>;

export interface IpcDeps {
  core: Pick<Core, 'call' | 'methodNames'>;
  shell: ShellHandlerMap;
}

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

const FORBIDDEN: ApiErrorPayload = { code: 'FORBIDDEN', message: 'Zugriff verweigert.' };

/** Only ApiErrors carry messages meant for users; anything else is logged here and reported generically. */
export function toErrorPayload(error: unknown): ApiErrorPayload {
  if (error instanceof ApiError) return error.toJSON();
  console.error('[kim-desk] IPC call failed', error);
  return { code: 'INTERNAL', message: 'Ein interner Fehler ist aufgetreten. Es wurde nichts gespeichert.' };
}

/** Answers one `kim:invoke`: the sender must be the app's own top-level page and the name a known method. */
export async function handleInvoke(
  deps: IpcDeps, coreMethods: ReadonlySet<string>, event: SenderEvent, method: unknown, input: unknown,
): Promise<IpcReply> {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || !isAllowedSender(frame.url)) return { ok: false, error: FORBIDDEN };
  if (!isAllowedMethod(method, coreMethods, Object.keys(deps.shell))) {
    const name = typeof method === 'string' ? method.slice(0, 80) : String(typeof method);
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Unbekannte Funktion „${name}“.` } };
  }
  try {
    const result = method.startsWith(SHELL_PREFIX)
      ? await deps.shell[method](input)
      : await deps.core.call(method, input);
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error: toErrorPayload(error) };
  }
}

/** Registers the single IPC entry point; returns its removal for shutdown. */
export function registerIpc(deps: IpcDeps): () => void {
  const coreMethods = new Set(deps.core.methodNames());
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) =>
    handleInvoke(deps, coreMethods, event, method, input));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Sends every core event to the window, so open views refresh after a change. */
export function forwardCoreEvents(events: Core['events'], target: () => WebContents | null): () => void {
  const listener = (event: CoreEvent) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  };
  events.on('event', listener);
  return () => events.off('event', listener);
}
