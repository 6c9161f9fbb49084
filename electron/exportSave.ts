import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { z } from 'zod';
import { ApiError } from '../db/api/errors';

/** What every `exports.*` core method returns. */
export interface ExportFile { fileName: string; mimeType: string; dataBase64: string }

export interface ExportSaveDeps {
  getWindow(): BrowserWindow | null;
  /** Runs a core export method; only names starting with "exports." reach it. */
  runExport(method: string, input: unknown): Promise<unknown>;
  /** Remembers a path the user chose, so `shell.openPath` may open the saved file afterwards. */
  grantFile?(filePath: string): void;
}

const request = z.strictObject({
  method: z.string().regex(/^exports\.[a-zA-Z]+$/),
  input: z.unknown().optional(),
});

const exportFile = z.strictObject({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().min(1).max(200),
  dataBase64: z.string(),
});

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.docx': { name: 'Word-Dokument', extensions: ['docx'] },
  '.xlsx': { name: 'Excel-Arbeitsmappe', extensions: ['xlsx'] },
  '.csv': { name: 'CSV-Datei', extensions: ['csv'] },
  '.ics': { name: 'Kalenderdatei', extensions: ['ics'] },
  '.json': { name: 'JSON-Datei', extensions: ['json'] },
  '.gz': { name: 'Gepacktes Archiv (gzip)', extensions: ['gz'] },
};

/**
 * `shell.saveExport`: the core builds the document, the user picks where it goes in a native dialog,
 * and the shell writes it. The renderer never names a path, so a compromised page cannot write files.
 */
export function createExportSaver(deps: ExportSaveDeps) {
  return {
    async 'shell.saveExport'(input: unknown): Promise<{ path: string | null; fileName: string; sizeBytes: number }> {
      const parsed = request.safeParse(input);
      if (!parsed.success) throw new ApiError('VALIDATION', 'Ungültiger Exportauftrag.');
      const file = exportFile.safeParse(await deps.runExport(parsed.data.method, parsed.data.input));
      if (!file.success) throw new ApiError('INTERNAL', 'Der Export hat keine Datei geliefert.');
      const fileName = path.basename(file.data.fileName);
      const filter = FILTERS[path.extname(fileName).toLowerCase()];
      const options = { defaultPath: fileName, filters: filter ? [filter] : [] };
      const win = deps.getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      const bytes = Buffer.from(file.data.dataBase64, 'base64');
      if (result.canceled || !result.filePath) return { path: null, fileName, sizeBytes: bytes.length };
      await writeFile(result.filePath, bytes);
      deps.grantFile?.(result.filePath);
      return { path: result.filePath, fileName, sizeBytes: bytes.length };
    },
  };
}
