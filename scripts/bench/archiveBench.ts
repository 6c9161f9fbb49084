import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from '../../db/core/createCore';
import { archiveTables, quote } from '../../db/services/archive/archiveTables';
import { gunzipPieces } from '../../db/services/archive/gzipSegments';
import type { Sqlite } from '../../db/sqlite/open';

export interface ArchiveBenchResult {
  /** archive.export as the app calls it: every table read, written as JSON Lines, gzip-compressed, encoded for the transport. */
  exportMs: number | null;
  /** Size of the archive file (gzip). */
  archiveBytes: number | null;
  /** Size of its content, the JSON Lines a gunzip gives (counted segment by segment, never held at once). */
  jsonBytes?: number | null;
  /** The same rows read straight from SQLite (SELECT * of every archived table in key order), without JSON. */
  rawReadMs: number;
  rows: number;
  /** exportMs / rawReadMs: what building and compressing the JSON costs over reading the rows. */
  exportRatio: number | null;
  /** archive.import of that file into a new, empty database (all tables in one transaction, search index by trigger). */
  importMs: number | null;
  importedRows: number | null;
  /** Why a step could not run, in German for the printed table, e.g. the archive exceeding a JavaScript string. */
  problem?: string;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Calls a method and, when it fails, names the cause: the core answers an unexpected error with a general message
 * and logs the error itself, which is what a benchmark reader needs ("RangeError: Invalid string length").
 */
async function callExplained<T>(core: Core, method: string, input: Record<string, unknown>): Promise<T> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    logged.push(...args.filter((a): a is Error => a instanceof Error).map((e) => `${e.name}: ${e.message}`));
  };
  try {
    return await core.call(method, input) as T;
  } catch (error) {
    throw new Error([(error as Error).message, ...logged].join(' – '));
  } finally {
    console.error = original;
  }
}

/** Reads every row the archive holds, as the export does, but without building objects for JSON. */
export function rawArchiveRead(raw: Sqlite): { ms: number; rows: number } {
  const t0 = performance.now();
  let rows = 0;
  for (const info of archiveTables()) {
    const order = info.primaryKey.map((k) => quote(info.columns.find((c) => c.key === k)!.column)).join(', ');
    for (const _row of raw.prepare(`SELECT * FROM ${quote(info.name)} ORDER BY ${order}`).raw().iterate()) rows++;
  }
  return { ms: round(performance.now() - t0), rows };
}

/**
 * The full archive export and its import into an empty database in `scratchDir` (removed afterwards). A step that
 * fails is reported, not thrown, so one broken step does not cost the rest of the run.
 */
export async function benchArchive(core: Core, raw: Sqlite, scratchDir: string): Promise<ArchiveBenchResult> {
  const read = rawArchiveRead(raw);
  const result: ArchiveBenchResult = {
    exportMs: null, archiveBytes: null, rawReadMs: read.ms, rows: read.rows, exportRatio: null, importMs: null, importedRows: null,
  };
  let dataBase64: string | undefined;
  try {
    const t0 = performance.now();
    dataBase64 = (await callExplained<{ dataBase64: string }>(core, 'archive.export', {})).dataBase64;
    result.exportMs = round(performance.now() - t0);
    result.archiveBytes = Math.floor((dataBase64.length * 3) / 4) - (dataBase64.endsWith('==') ? 2 : dataBase64.endsWith('=') ? 1 : 0);
    result.exportRatio = round(result.exportMs / Math.max(read.ms, 1e-3));
    let jsonBytes = 0;
    for (const piece of gunzipPieces(Buffer.from(dataBase64, 'base64'))) jsonBytes += piece.length;
    result.jsonBytes = jsonBytes;
  } catch (error) {
    result.problem = `Export nicht möglich: ${(error as Error).message}`;
    return result;
  }
  const target = join(scratchDir, 'archive-import');
  const empty = await createCore({ dataDir: target, user: 'bench' });
  try {
    const t0 = performance.now();
    const imported = await callExplained<{ rowCounts: Record<string, number> }>(empty, 'archive.import', { dataBase64 });
    result.importMs = round(performance.now() - t0);
    result.importedRows = Object.values(imported.rowCounts).reduce((a, b) => a + b, 0);
  } catch (error) {
    result.problem = `Import nicht möglich: ${(error as Error).message}`;
  } finally {
    empty.close();
    rmSync(target, { recursive: true, force: true });
  }
  return result;
}
