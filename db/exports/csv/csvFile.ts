import { safeFileName, type ExportFile } from '../exportFile';
import { CSV_MIME, toCsv } from './csv';
import type { TabularColumn, TabularOptions } from './tabular';

/** A CSV export as every export method returns it. */
export function csvExport<R>(baseName: string, columns: ReadonlyArray<TabularColumn<R>>, rows: readonly R[], options: TabularOptions): ExportFile {
  return {
    fileName: safeFileName(baseName, 'csv'),
    mimeType: CSV_MIME,
    dataBase64: Buffer.from(toCsv(columns, rows, options), 'utf8').toString('base64'),
  };
}
