import { createHash } from 'node:crypto';
import { ApiError } from '../../api/errors';
import { ENTITY_LABELS } from '../../domain/entityLabels';
import { allTables, tableInfo } from '../history/tables';
import type { SchemaVersion } from './archiveTables';

export const ARCHIVE_FORMAT = 'kim-desk-archive';
export const ARCHIVE_FORMAT_VERSION = 1;

export type StoredRow = Record<string, string | number | null>;

export interface Archive {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  schemaVersion: SchemaVersion;
  exportedAt: string;
  exportedBy: string;
  /** The office settings, for a reader who wants to know whose data this is without reading the tables. */
  office: unknown;
  rowCounts: Record<string, number>;
  /** sha256 over the JSON of `tables`: an archive changed or damaged after export is refused. */
  checksum: { algorithm: 'sha256'; tables: string };
  tables: Record<string, StoredRow[]>;
}

export const tablesChecksum = (tables: Record<string, unknown>) => createHash('sha256').update(JSON.stringify(tables)).digest('hex');

const TABLE_LABELS: Record<string, string> = { audit_log: 'Verlauf', settings: 'Einstellungen', retention_policies: 'Löschfristen' };
export const tableLabel = (table: string) => TABLE_LABELS[table] ?? ENTITY_LABELS[table]?.many ?? table;

const refuse = (message: string) => new ApiError('VALIDATION', message, [{ field: 'dataBase64', message }]);
const NOT_AN_ARCHIVE = 'Die Datei ist kein KIM-Desk-Archiv.';
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes and checks an archive before anything is written: its kind and version, its checksum and row counts,
 * and that every row fits the tables of this version. `schema` is the version of the database it goes into.
 */
export function readArchive(dataBase64: string, schema: SchemaVersion): Archive {
  const compact = dataBase64.replace(/\s+/g, '');
  if (!BASE64.test(compact) || compact.length % 4 !== 0) throw refuse('Archivdatei: Die Daten sind nicht Base64-kodiert.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(compact, 'base64').toString('utf8'));
  } catch {
    throw refuse('Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht als JSON lesen.');
  }
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
  const { tables, rowCounts, checksum } = parsed;
  if (!isObject(tables) || !isObject(rowCounts) || !isObject(checksum) || typeof parsed.exportedAt !== 'string') throw refuse(NOT_AN_ARCHIVE);
  if (checksum.tables !== tablesChecksum(tables)) {
    throw refuse('Das Archiv wurde nach dem Export verändert oder ist beschädigt: Die Prüfsumme stimmt nicht.');
  }
  for (const [table, rows] of Object.entries(tables)) checkTable(table, rows, rowCounts[table]);
  // An archive of the same schema has every table; one from an older schema may lack tables added since.
  const expected = from.migrations === schema.migrations ? allTables().map((t) => t.name) : Object.keys(rowCounts);
  for (const table of expected) {
    if (!Object.hasOwn(tables, table)) throw refuse(`Das Archiv ist unvollständig: Die Tabelle „${tableLabel(table)}“ fehlt.`);
  }
  return parsed as unknown as Archive;
}

function checkTable(table: string, rows: unknown, count: unknown): void {
  const info = tableInfo(table);
  if (!info) throw refuse(`Das Archiv enthält die unbekannte Tabelle „${table}“.`);
  if (!Array.isArray(rows)) throw refuse(`Die Tabelle „${tableLabel(table)}“ im Archiv ist keine Liste von Zeilen.`);
  if (count !== rows.length) {
    throw refuse(`Das Archiv ist unvollständig: Die Tabelle „${tableLabel(table)}“ enthält ${rows.length} statt ${String(count)} Zeilen.`);
  }
  const columns = new Set(info.columns.map((c) => c.column));
  rows.forEach((row, index) => {
    const where = `Tabelle „${tableLabel(table)}“, Zeile ${index + 1}`;
    if (!isObject(row)) throw refuse(`${where}: Die Zeile ist kein Datensatz.`);
    for (const [column, value] of Object.entries(row)) {
      if (!columns.has(column)) throw refuse(`${where}: Die Spalte „${column}“ gibt es in dieser Version nicht.`);
      const fits = value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
      if (!fits) throw refuse(`${where}: Der Wert in „${column}“ ist weder Text noch Zahl.`);
    }
  });
}
