import type { InputOf, MethodName, OutputOf } from '../../db/api/contract';
import type { ShellMethods } from '../../electron/contract';
import { ApiFailure } from './ApiFailure';
import { electronBridge } from './bridge';
import { api } from './client';

/** The core's document exports: each returns { fileName, mimeType, dataBase64 }. */
export type ExportMethod = Extract<MethodName, `exports.${string}`>;

export interface SavedExport {
  fileName: string;
  /** 'saved': written where the user chose (desktop); 'downloaded': handed to the browser; 'cancelled': dialog closed. */
  outcome: 'saved' | 'downloaded' | 'cancelled';
  path: string | null;
  /** Size of the file the core built, in bytes. */
  sizeBytes: number;
}

type ExportFile = OutputOf<'exports.minutes'>;

/**
 * Builds a document in the core and puts it where the user wants it. In the desktop app the shell asks with a native
 * save dialog; in the browser the file is downloaded. Failures reject with an ApiFailure carrying the core's message.
 */
export async function saveExport<M extends ExportMethod>(method: M, input: InputOf<M>): Promise<SavedExport> {
  const bridge = electronBridge();
  if (bridge) {
    let result: ShellMethods['shell.saveExport']['output'];
    try {
      result = await bridge.invoke('shell.saveExport', { method, input }) as ShellMethods['shell.saveExport']['output'];
    } catch (error) {
      throw ApiFailure.from(error);
    }
    return { fileName: result.fileName, outcome: result.path ? 'saved' : 'cancelled', path: result.path, sizeBytes: result.sizeBytes };
  }
  const send = api.send as (name: M, value: InputOf<M>) => Promise<ExportFile>;
  const file = await send(method, input);
  const bytes = base64ToBytes(file.dataBase64);
  downloadFile(file, bytes);
  return { fileName: file.fileName, outcome: 'downloaded', path: null, sizeBytes: bytes.length };
}

/** Base64 (as the core sends files over JSON) → bytes. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function downloadFile(file: ExportFile, bytes: Uint8Array): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click only starts the download; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What the page says after an export, in German. */
export function exportNotice(saved: SavedExport): string {
  switch (saved.outcome) {
    case 'saved': return `„${saved.fileName}“ wurde gespeichert.`;
    case 'downloaded': return `„${saved.fileName}“ wurde heruntergeladen.`;
    case 'cancelled': return 'Das Speichern wurde abgebrochen; es wurde keine Datei angelegt.';
  }
}
