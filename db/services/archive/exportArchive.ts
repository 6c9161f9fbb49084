import { createHash } from 'node:crypto';
import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import type { ExportFile } from '../../exports/exportFile';
import { readOfficeSettings } from '../settings/officeSettings';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, type ArchiveHeader, type ArchiveTrailer } from './archiveFormat';
import { archiveTables, countRows, currentSchemaVersion, iterateStoredRows } from './archiveTables';
import { GzipSegmentWriter } from './gzipSegments';

/** Lines are compressed in batches of about this many characters: the largest text the export builds besides one row. */
export const BATCH_CHARS = 1024 * 1024;

/**
 * Everything the database holds, audit log included, as a format 2 archive (see archiveFormat.ts): the rows are read
 * one at a time and compressed in batches, so no string ever holds more than a batch, whatever the office's size.
 * Returns the gzip file in pieces.
 */
export function writeArchive(ctx: Context): Buffer[] {
  const gzip = new GzipSegmentWriter();
  const hash = createHash('sha256');
  let batch: string[] = [];
  let batchChars = 0;
  const flush = () => {
    const bytes = Buffer.from(batch.join(''), 'utf8');
    hash.update(bytes);
    gzip.write(bytes);
    batch = [];
    batchChars = 0;
  };
  const line = (json: string) => {
    batch.push(json, '\n');
    batchChars += json.length + 1;
    if (batchChars >= BATCH_CHARS) flush();
  };
  // One read transaction, so a write from another window cannot land between two tables (or between count and rows).
  ctx.sqlite.transaction(() => {
    const tables = archiveTables();
    const header: ArchiveHeader = {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      schemaVersion: currentSchemaVersion(ctx),
      exportedAt: ctx.nowIso(),
      exportedBy: ctx.user,
      office: readOfficeSettings(ctx) ?? null,
      tables: Object.fromEntries(tables.map((info) => [info.name, countRows(ctx, info)])),
    };
    line(JSON.stringify(header));
    let rows = 0;
    for (const info of tables) {
      const prefix = `{"t":${JSON.stringify(info.name)},"r":`;
      for (const row of iterateStoredRows(ctx, info)) {
        line(`${prefix}${JSON.stringify(row)}}`);
        rows++;
      }
    }
    flush();
    const trailer: ArchiveTrailer = { end: ARCHIVE_FORMAT, rows, checksum: { algorithm: 'sha256', lines: hash.digest('hex') } };
    gzip.write(Buffer.from(`${JSON.stringify(trailer)}\n`, 'utf8'));
  }).deferred();
  return gzip.finish();
}

export function exportArchive(ctx: Context): ExportFile {
  return {
    fileName: `kim-desk-archiv-${berlinToday(ctx.clock)}.jsonl.gz`,
    mimeType: 'application/gzip',
    // The transports carry files as base64; compressed, even a tenfold office stays far below a string's limit.
    dataBase64: Buffer.concat(writeArchive(ctx)).toString('base64'),
  };
}
