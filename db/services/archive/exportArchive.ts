import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import type { ExportFile } from '../../exports/exportFile';
import { readOfficeSettings } from '../settings/officeSettings';
import { ARCHIVE_FORMAT, ARCHIVE_FORMAT_VERSION, tablesChecksum, type Archive, type StoredRow } from './archiveFormat';
import { archiveTables, currentSchemaVersion, storedRows } from './archiveTables';

/** Everything the database holds, audit log included, as one versioned archive (see archiveFormat.ts). */
export function buildArchive(ctx: Context): Archive {
  // One read transaction, so a write from another window cannot land between two tables.
  return ctx.sqlite.transaction((): Archive => {
    const tables: Record<string, StoredRow[]> = {};
    for (const info of archiveTables()) tables[info.name] = storedRows(ctx, info) as StoredRow[];
    return {
      format: ARCHIVE_FORMAT,
      formatVersion: ARCHIVE_FORMAT_VERSION,
      schemaVersion: currentSchemaVersion(ctx),
      exportedAt: ctx.nowIso(),
      exportedBy: ctx.user,
      office: readOfficeSettings(ctx) ?? null,
      rowCounts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
      checksum: { algorithm: 'sha256' as const, tables: tablesChecksum(tables) },
      tables,
    };
  }).deferred();
}

export function exportArchive(ctx: Context): ExportFile {
  const archive = buildArchive(ctx);
  return {
    fileName: `kim-desk-archiv-${berlinToday(ctx.clock)}.json`,
    mimeType: 'application/json',
    dataBase64: Buffer.from(JSON.stringify(archive), 'utf8').toString('base64'),
  };
}
