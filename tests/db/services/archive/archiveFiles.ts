import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { tablesChecksum } from '../../../../db/services/archive/archiveFormat';
import { archiveTables, quote } from '../../../../db/services/archive/archiveTables';

/** An archive file taken apart the way any reader with gunzip and a JSON parser would. */
export interface ArchiveLines {
  header: Record<string, unknown> & { formatVersion: number; schemaVersion: { migrations: number; lastMigration: string }; tables: Record<string, number> };
  rows: Array<{ t: string; r: Record<string, unknown> }>;
  trailer: Record<string, unknown> & { rows: number; checksum: { algorithm: string; lines: string } };
}

export function readArchiveLines(dataBase64: string): ArchiveLines {
  const text = gunzipSync(Buffer.from(dataBase64, 'base64')).toString('utf8');
  if (!text.endsWith('\n')) throw new Error('the archive does not end with a newline');
  const lines = text.slice(0, -1).split('\n').map((line) => JSON.parse(line));
  return { header: lines[0], rows: lines.slice(1, -1), trailer: lines.at(-1) };
}

/** The rows of each table, in archive order. */
export function tablesOf(archive: ArchiveLines): Record<string, Array<Record<string, unknown>>> {
  const tables: Record<string, Array<Record<string, unknown>>> = Object.fromEntries(Object.keys(archive.header.tables).map((t) => [t, []]));
  for (const { t, r } of archive.rows) (tables[t] ??= []).push(r);
  return tables;
}

/**
 * Writes the parts back as a gzip archive. `seal` brings the header's counts and the trailer's checksum in line with
 * the rows, as a careful forger would ('checksum': only the trailer); 'none' leaves them as they were.
 */
export function writeArchiveLines(archive: ArchiveLines, seal: 'all' | 'checksum' | 'none' = 'all'): string {
  const header = { ...archive.header };
  if (seal === 'all') {
    const counts: Record<string, number> = {};
    for (const { t } of archive.rows) counts[t] = (counts[t] ?? 0) + 1;
    header.tables = Object.fromEntries(Object.keys(header.tables).map((t) => [t, counts[t] ?? 0]));
  }
  const lines = [JSON.stringify(header), ...archive.rows.map((row) => JSON.stringify(row))].map((line) => `${line}\n`).join('');
  const trailer = seal !== 'none'
    ? { ...archive.trailer, rows: archive.rows.length, checksum: { algorithm: 'sha256', lines: createHash('sha256').update(lines).digest('hex') } }
    : archive.trailer;
  return gzipSync(`${lines}${JSON.stringify(trailer)}\n`).toString('base64');
}

/** A format 1 archive (one JSON document) of what `db` holds, as KIM Desk wrote it before format 2. */
export function formatOneArchive(db: Database.Database, schemaVersion: { migrations: number; lastMigration: string }): Record<string, unknown> & {
  tables: Record<string, Array<Record<string, unknown>>>; rowCounts: Record<string, number>; checksum: { algorithm: string; tables: string };
} {
  const tables: Record<string, Array<Record<string, unknown>>> = {};
  for (const info of archiveTables()) {
    const order = info.primaryKey.map((k) => quote(info.columns.find((c) => c.key === k)!.column)).join(', ');
    tables[info.name] = db.prepare(`SELECT * FROM ${quote(info.name)} ORDER BY ${order}`).all() as Array<Record<string, unknown>>;
  }
  const settings = db.prepare("SELECT value_json FROM settings WHERE key = 'office'").pluck().get() as string | undefined;
  return {
    format: 'kim-desk-archive',
    formatVersion: 1,
    schemaVersion,
    exportedAt: '2026-11-20T16:00:00.000Z',
    exportedBy: 'frau.schmitz',
    office: settings ? JSON.parse(settings) : null,
    rowCounts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
    checksum: { algorithm: 'sha256', tables: tablesChecksum(tables) },
    tables,
  };
}

export const sealFormatOne = (archive: ReturnType<typeof formatOneArchive>) => {
  archive.rowCounts = Object.fromEntries(Object.entries(archive.tables).map(([name, rows]) => [name, rows.length]));
  archive.checksum.tables = tablesChecksum(archive.tables);
  return archive;
};

export const encodeJson = (json: unknown) => Buffer.from(JSON.stringify(json), 'utf8').toString('base64');
