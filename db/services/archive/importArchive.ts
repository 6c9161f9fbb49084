import type { Context } from '../../core/context';
import { BUILTIN_FIELDS_OF_ACTION } from '../../core/referenceData';
import { ApiError } from '../../api/errors';
import { newId } from '../../domain/ids';
import type { Statement } from 'better-sqlite3';
import { recordAudit } from '../audit';
import { ARCHIVE_FORMAT_VERSION, refuse, tableLabel } from './archiveFormat';
import { archiveTables, currentSchemaVersion, quote, type SchemaVersion } from './archiveTables';
import { openArchive, type OpenedArchive } from './openArchive';
import { readArchiveRows, type RowSink } from './readArchiveLines';

export interface ImportResult {
  exportedAt: string;
  exportedBy: string;
  rowCounts: Record<string, number>;
}

const BUILTIN = new Map(BUILTIN_FIELDS_OF_ACTION);

/** What the database already holds besides the built-in Handlungsfelder every new database gets. */
export function existingData(ctx: Context): string[] {
  const found: string[] = [];
  // The office's records first; settings and the audit log say less about whose data this is.
  const last = new Set(['audit_log', 'settings']);
  const tables = archiveTables();
  for (const info of [...tables.filter((t) => !last.has(t.name)), ...tables.filter((t) => last.has(t.name))]) {
    if (info.name === 'fields_of_action') {
      const own = (ctx.sqlite.prepare('SELECT code, label, builtin FROM fields_of_action').all() as Array<{ code: string; label: string; builtin: number }>)
        .filter((f) => !f.builtin || BUILTIN.get(f.code) !== f.label).length;
      if (own > 0) found.push(`${tableLabel(info.name)} (${own})`);
      continue;
    }
    const n = ctx.sqlite.prepare(`SELECT count(*) FROM ${quote(info.name)}`).pluck().get() as number;
    if (n > 0) found.push(`${tableLabel(info.name)} (${n.toLocaleString('de-DE')})`);
  }
  return found;
}

export interface ImportReadiness {
  /** Whether an archive may be read in now: only into an empty database. */
  allowed: boolean;
  /** What is in the way ("Kommunen (11)", "Einstellungen (1)"), most telling first. */
  existing: string[];
  /** The newest archive format and database schema this version reads, so a file can be judged before it is sent. */
  formatVersion: number;
  schemaMigrations: number;
}

/** Asked before offering an import, so the screen can say why it is not possible instead of letting the user try. */
export function importReadiness(ctx: Context): ImportReadiness {
  const existing = existingData(ctx);
  return { allowed: existing.length === 0, existing, formatVersion: ARCHIVE_FORMAT_VERSION, schemaMigrations: currentSchemaVersion(ctx).migrations };
}

const REASONS: Record<string, string> = {
  SQLITE_CONSTRAINT_NOTNULL: 'Ein Pflichtfeld ist leer.',
  SQLITE_CONSTRAINT_UNIQUE: 'Ein Wert, der eindeutig sein muss, kommt doppelt vor.',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'Die Kennung kommt doppelt vor.',
  SQLITE_CONSTRAINT_CHECK: 'Ein Wert ist nicht zulässig.',
  SQLITE_MISMATCH: 'Ein Wert hat die falsche Art.',
};

/**
 * Inserts rows one at a time with a prepared statement per column set: rows of an archive from an older schema may
 * lack newer columns, which then take their defaults.
 */
function rowInserter(ctx: Context): RowSink {
  const statements = new Map<string, Statement>();
  return (table, row, index) => {
    const columns = Object.keys(row);
    const signature = `${table}\u0000${columns.join('\u0000')}`;
    let statement = statements.get(signature);
    if (!statement) {
      statement = ctx.sqlite.prepare(`INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')})
        VALUES (${columns.map(() => '?').join(', ')})`);
      statements.set(signature, statement);
    }
    try {
      statement.run(...columns.map((c) => row[c]));
    } catch (error) {
      const reason = REASONS[(error as { code?: string }).code ?? ''];
      if (!reason) throw error;
      throw refuse(`Tabelle „${tableLabel(table)}“, Zeile ${index + 1} lässt sich nicht einlesen: ${reason}`);
    }
  };
}

/**
 * Reads an archive into an empty database, all tables in one transaction. Foreign keys are checked once at the
 * end (deferred), because two pairs of tables refer to each other and some tables to themselves.
 */
export function importArchive(ctx: Context, dataBase64: string): ImportResult {
  const schema = currentSchemaVersion(ctx);
  return ctx.write(() => {
    const existing = existingData(ctx);
    if (existing.length > 0) {
      throw new ApiError('CONFLICT', 'Ein Archiv kann nur in eine leere Datenbank eingelesen werden. Diese Datenbank enthält '
        + `bereits Daten: ${existing.slice(0, 4).join(', ')}${existing.length > 4 ? ' und mehr' : ''}.`);
    }
    const opened = openArchive(dataBase64, schema);
    ctx.sqlite.pragma('defer_foreign_keys = ON');
    return readInto(ctx, opened, schema);
  });
}

/** Writes the archive's rows; runs inside the import transaction. */
function readInto(ctx: Context, opened: OpenedArchive, schema: SchemaVersion): ImportResult {
  // The built-in Handlungsfelder of the new database make way for the office's own list from the archive.
  ctx.sqlite.prepare('DELETE FROM fields_of_action').run();
  const insert = rowInserter(ctx);
  let rowCounts: Record<string, number>;
  if (opened.kind === 'document') {
    const { archive } = opened;
    for (const info of archiveTables()) (archive.tables[info.name] ?? []).forEach((row, index) => insert(info.name, row, index));
    rowCounts = archive.rowCounts;
  } else {
    const { header, headerLine, lines } = opened;
    // Archive order is parents first; the deferred foreign keys cover the cycles either way.
    readArchiveRows(headerLine, header, lines, schema, insert);
    rowCounts = header.tables;
  }
  const violations = ctx.sqlite.pragma('foreign_key_check') as Array<{ table: string }>;
  if (violations.length > 0) {
    throw refuse(`Das Archiv ist unvollständig: ${violations.length.toLocaleString('de-DE')} Verweise zeigen ins Leere `
      + `(zuerst in „${tableLabel(violations[0].table)}“).`);
  }
  const { exportedAt, exportedBy, schemaVersion, formatVersion } = opened.kind === 'document' ? opened.archive : opened.header;
  const result = { exportedAt, exportedBy, rowCounts };
  recordAudit(ctx, 'archive', newId(), 'RESTORE', null, { ...result, formatVersion, schemaVersion });
  return result;
}
