import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';
import type { CoreEvent, IpcReply, KimBridge } from './contract';

/**
 * The renderer's only door to the rest of the app: `invoke` and `on`, nothing else. Sandboxed preloads
 * cannot require local files, so this is bundled into one CommonJS file (scripts/build-electron.ts).
 */
const bridge: KimBridge = {
  async invoke(method: string, input?: unknown): Promise<unknown> {
    const reply = (await ipcRenderer.invoke(INVOKE_CHANNEL, method, input)) as IpcReply;
    if (reply.ok) return reply.result;
    const { code, message, issues } = reply.error;
    throw issues ? { code, message, issues } : { code, message };
  },
  on(event: 'event', callback: (event: CoreEvent) => void): () => void {
    if (event !== 'event' || typeof callback !== 'function') throw new TypeError('kim.on("event", callback) erwartet.');
    const listener = (_sender: IpcRendererEvent, payload: CoreEvent) => callback(payload);
    ipcRenderer.on(EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('kim', bridge);
