/**
 * Reads what an archive file says about itself, so the user sees whose data it is before importing it.
 * The file may be anything (a wrong pick, a broken download, an archive from a newer KIM Desk): nothing in it
 * is trusted, and every refusal is a German sentence. The core checks the whole archive again on import.
 */

export interface ArchiveHeader {
  officeName: string | null;
  exportedAt: string;
  exportedBy: string | null;
  formatVersion: number;
  schemaMigrations: number;
  /** The main kinds of records with how many the archive holds, in a fixed order; kinds with none are left out. */
  counts: Array<{ label: string; count: number }>;
  totalRows: number;
}

/** The newest archive the running KIM Desk reads (archive.importStatus). */
export interface SupportedVersions {
  formatVersion: number;
  schemaMigrations: number;
}

export type HeaderResult = { ok: true; header: ArchiveHeader } | { ok: false; message: string };

const FORMAT = 'kim-desk-archive';

const MAIN_TABLES: ReadonlyArray<[table: string, label: string]> = [
  ['municipalities', 'Kommunen'],
  ['organisations', 'Organisationen'],
  ['persons', 'Ansprechpersonen'],
  ['posts', 'Stellen'],
  ['committees', 'Gremien'],
  ['meetings', 'Sitzungen'],
  ['decisions', 'Beschlüsse'],
  ['action_items', 'Aufgaben und Vereinbarungen'],
  ['round_tables', 'Runde Tische'],
  ['case_reconstructions', 'Fallrekonstruktionen'],
  ['themes', 'Generative Themen'],
  ['measures', 'Maßnahmen'],
  ['report_drafts', 'Berichte'],
  ['audit_log', 'Verlaufseinträge'],
];

const NOT_AN_ARCHIVE = 'Die Datei ist kein KIM-Desk-Archiv.';
const fail = (message: string): HeaderResult => ({ ok: false, message });
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const shortText = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : null);
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether a line is the header of a format 2 archive (JSON Lines), whose other lines the preview does not need. */
export function isJsonLinesHeader(line: string): boolean {
  try {
    const parsed: unknown = JSON.parse(line);
    return isObject(parsed) && typeof parsed.formatVersion === 'number' && parsed.formatVersion >= 2;
  } catch {
    return false;
  }
}

/**
 * `text` is the header line of a format 2 archive ({ …, tables: { name: rowCount } }) or the whole document of a
 * format 1 archive ({ …, rowCounts, tables: { name: rows } }).
 */
export function readArchiveHeader(text: string, supported: SupportedVersions): HeaderResult {
  if (text.trim() === '') return fail('Die Datei ist leer.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('Die Archivdatei ist unvollständig oder beschädigt: Sie lässt sich nicht als JSON lesen.');
  }
  if (!isObject(parsed) || parsed.format !== FORMAT) return fail(NOT_AN_ARCHIVE);
  const { formatVersion, schemaVersion, exportedAt } = parsed;
  if (!isCount(formatVersion) || formatVersion < 1) return fail(NOT_AN_ARCHIVE);
  if (formatVersion > supported.formatVersion) {
    return fail(`Das Archiv hat die Formatversion ${formatVersion} und stammt aus einer neueren Version von KIM Desk. `
      + `Diese Version liest Archive bis Formatversion ${supported.formatVersion}. Bitte KIM Desk aktualisieren.`);
  }
  if (!isObject(schemaVersion) || !isCount(schemaVersion.migrations) || schemaVersion.migrations < 1) return fail(NOT_AN_ARCHIVE);
  if (schemaVersion.migrations > supported.schemaMigrations) {
    return fail(`Das Archiv stammt aus einer neueren Datenbankversion (${schemaVersion.migrations} Migrationen, diese Version `
      + `kennt ${supported.schemaMigrations}). Bitte KIM Desk aktualisieren.`);
  }
  if (typeof exportedAt !== 'string' || !ISO_INSTANT.test(exportedAt) || Number.isNaN(Date.parse(exportedAt))) return fail(NOT_AN_ARCHIVE);
  const rowCounts = formatVersion >= 2 ? parsed.tables : parsed.rowCounts;
  if (!isObject(rowCounts) || !Object.values(rowCounts).every(isCount) || !isObject(parsed.tables)) return fail(NOT_AN_ARCHIVE);
  const counts = MAIN_TABLES
    .map(([table, label]) => ({ label, count: Object.hasOwn(rowCounts, table) ? rowCounts[table] as number : 0 }))
    .filter((c) => c.count > 0);
  return {
    ok: true,
    header: {
      officeName: isObject(parsed.office) ? shortText(parsed.office.officeName) : null,
      exportedAt,
      exportedBy: shortText(parsed.exportedBy),
      formatVersion,
      schemaMigrations: schemaVersion.migrations,
      counts,
      totalRows: (Object.values(rowCounts) as number[]).reduce((sum, n) => sum + n, 0),
    },
  };
}
