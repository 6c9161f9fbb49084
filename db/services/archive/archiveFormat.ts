import { createHash } from 'node:crypto';
import { ApiError } from '../../api/errors';
import { ENTITY_LABELS } from '../../domain/entityLabels';
import { allTables, tableInfo } from '../history/tables';
import type { SchemaVersion } from './archiveTables';

/*
 * Format 2 (written since the archive had to work for large offices): gzip-compressed JSON Lines.
 *   line 1      the header: { format, formatVersion: 2, schemaVersion, exportedAt, exportedBy, office, tables: { name: rowCount } }
 *   then        one line per row: {"t":"<table>","r":{…row as stored…}}, tables parents first, rows in key order
 *   last line   the trailer: { end: 'kim-desk-archive', rows, checksum: { algorithm: 'sha256', lines } }, where `lines` is
 *               the sha256 of every line before it (header included) as UTF-8 bytes, each with its "\n".
 * Format 1 (read still): one JSON document with all tables, see ArchiveV1.
 */
export const ARCHIVE_FORMAT = 'kim-desk-archive';
export const ARCHIVE_FORMAT_VERSION = 2;

export type StoredRow = Record<string, string | number | null>;

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  schemaVersion: SchemaVersion;
  exportedAt: string;
  exportedBy: string;
  /** The office settings, for a reader who wants to know whose data this is without reading the rows. */
  office: unknown;
  /** Every archived table with its number of rows. */
  tables: Record<string, number>;
}

export interface ArchiveTrailer {
  end: typeof ARCHIVE_FORMAT;
  rows: number;
  checksum: { algorithm: 'sha256'; lines: string };
}

export interface ArchiveV1 {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: 1;
  schemaVersion: SchemaVersion;
  exportedAt: string;
  exportedBy: string;
  office: unknown;
  rowCounts: Record<string, number>;
  /** sha256 over the JSON of `tables`. */
  checksum: { algorithm: 'sha256'; tables: string };
  tables: Record<string, StoredRow[]>;
}

export const tablesChecksum = (tables: Record<string, unknown>) => createHash('sha256').update(JSON.stringify(tables)).digest('hex');

const TABLE_LABELS: Record<string, string> = { audit_log: 'Verlauf', settings: 'Einstellungen', retention_policies: 'Löschfristen' };
export const tableLabel = (table: string) => TABLE_LABELS[table] ?? ENTITY_LABELS[table]?.many ?? table;

export const refuse = (message: string) => new ApiError('VALIDATION', message, [{ field: 'dataBase64', message }]);
export const NOT_AN_ARCHIVE = 'Die Datei ist kein KIM-Desk-Archiv.';
export const NOT_JSON = 'Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht als JSON lesen.';
export const CHANGED = 'Das Archiv wurde nach dem Export verändert oder ist beschädigt: Die Prüfsumme stimmt nicht.';
export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Kind, format version and schema version of an archive (either format), checked before anything else in it. */
export function checkVersions(parsed: unknown, schema: SchemaVersion): asserts parsed is Record<string, unknown> {
  if (!isObject(parsed) || parsed.format !== ARCHIVE_FORMAT) throw refuse(NOT_AN_ARCHIVE);
  const version = parsed.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw refuse(NOT_AN_ARCHIVE);
  if (version > ARCHIVE_FORMAT_VERSION) {
    throw refuse(`Das Archiv hat die Formatversion ${version} und stammt aus einer neueren Version von KIM Desk. `
      + `Diese Version liest Archive bis Formatversion ${ARCHIVE_FORMAT_VERSION}. Bitte KIM Desk aktualisieren.`);
  }
  const from = parsed.schemaVersion;
  if (!isObject(from) || typeof from.migrations !== 'number' || !Number.isInteger(from.migrations) || from.migrations < 1) {
    throw refuse(NOT_AN_ARCHIVE);
  }
  if (from.migrations > schema.migrations) {
    throw refuse(`Das Archiv stammt aus einer neueren Datenbankversion (${from.migrations} Migrationen, diese Version `
      + `kennt ${schema.migrations}). Bitte KIM Desk aktualisieren.`);
  }
  if (typeof parsed.exportedAt !== 'string') throw refuse(NOT_AN_ARCHIVE);
}

/** The header line of a format 2 archive, after checkVersions. */
export function checkHeader(parsed: Record<string, unknown>): ArchiveHeader {
  const { tables } = parsed;
  if (!isObject(tables) || !Object.values(tables).every(isCount)) throw refuse(NOT_AN_ARCHIVE);
  return parsed as unknown as ArchiveHeader;
}

/** The tables an archive must hold: all of this version's when it has the same schema; an older one may lack newer tables. */
export function missingTable(archived: Record<string, unknown>, from: SchemaVersion, schema: SchemaVersion): string | undefined {
  const expected = from.migrations === schema.migrations ? allTables().map((t) => t.name) : [];
  return expected.find((table) => !Object.hasOwn(archived, table));
}

export const missingTableMessage = (table: string) => `Das Archiv ist unvollständig: Die Tabelle „${tableLabel(table)}“ fehlt.`;
export const unknownTableMessage = (table: string) => `Das Archiv enthält die unbekannte Tabelle „${table}“.`;
export const countMessage = (table: string, found: number, expected: unknown) =>
  `Das Archiv ist unvollständig: Die Tabelle „${tableLabel(table)}“ enthält ${found} statt ${String(expected)} Zeilen.`;

const COLUMNS = new Map<string, Set<string>>();
const columnsOf = (table: string) => {
  let columns = COLUMNS.get(table);
  if (!columns) COLUMNS.set(table, columns = new Set(tableInfo(table)!.columns.map((c) => c.column)));
  return columns;
};

/** Why a row does not fit its table in this version (unknown column, a value neither text nor number); undefined when it fits. */
export function rowProblem(table: string, row: unknown, index: number): string | undefined {
  const where = `Tabelle „${tableLabel(table)}“, Zeile ${index + 1}`;
  if (!isObject(row)) return `${where}: Die Zeile ist kein Datensatz.`;
  const columns = columnsOf(table);
  for (const [column, value] of Object.entries(row)) {
    if (!columns.has(column)) return `${where}: Die Spalte „${column}“ gibt es in dieser Version nicht.`;
    const fits = value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
    if (!fits) return `${where}: Der Wert in „${column}“ ist weder Text noch Zahl.`;
  }
  return undefined;
}

/** Checks a format 1 archive (after checkVersions) as a whole before anything is written. */
export function checkArchiveV1(parsed: Record<string, unknown>, schema: SchemaVersion): ArchiveV1 {
  const { tables, rowCounts, checksum } = parsed;
  if (!isObject(tables) || !isObject(rowCounts) || !isObject(checksum)) throw refuse(NOT_AN_ARCHIVE);
  if (checksum.tables !== tablesChecksum(tables)) throw refuse(CHANGED);
  for (const [table, rows] of Object.entries(tables)) {
    if (!tableInfo(table)) throw refuse(unknownTableMessage(table));
    if (!Array.isArray(rows)) throw refuse(`Die Tabelle „${tableLabel(table)}“ im Archiv ist keine Liste von Zeilen.`);
    if (rowCounts[table] !== rows.length) throw refuse(countMessage(table, rows.length, rowCounts[table]));
    rows.forEach((row, index) => {
      const problem = rowProblem(table, row, index);
      if (problem) throw refuse(problem);
    });
  }
  const from = parsed.schemaVersion as SchemaVersion;
  const missing = from.migrations === schema.migrations ? missingTable(tables, from, schema) : Object.keys(rowCounts).find((t) => !Object.hasOwn(tables, t));
  if (missing) throw refuse(missingTableMessage(missing));
  return parsed as unknown as ArchiveV1;
}
