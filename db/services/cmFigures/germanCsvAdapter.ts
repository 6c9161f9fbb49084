import { formatNumber } from '../../domain/format';
import { readCsv } from './csvReader';
import { issueAt, type AdapterResult, type CmColumn, type CmImportAdapter, type ImportIssue, type RawCmRecord } from './importTypes';
import { nameKey } from './nameIndex';
import { quoted } from './importValues';
import { CM_LABELS } from './rules';

/** Column order of the template; also the order in which header problems are reported. */
export const CSV_COLUMNS: readonly CmColumn[] = [
  'periodStart', 'periodEnd', 'providerOrganisationId', 'municipalityId', 'fieldOfAction', 'newCases', 'activeCases',
  'closedCases', 'contacts', 'accompaniments', 'referrals', 'avgDurationDays',
];

/** Columns that may be left out of the file: no municipality / field means "not broken down", no duration "not recorded". */
const OPTIONAL: ReadonlySet<CmColumn> = new Set(['municipalityId', 'fieldOfAction', 'avgDurationDays']);

// Other spellings met in offices' own lists; compared by nameKey, so case, umlauts and punctuation do not matter.
const ALIASES: Record<CmColumn, readonly string[]> = {
  periodStart: ['Von', 'Beginn', 'Zeitraum Beginn'],
  periodEnd: ['Bis', 'Ende', 'Zeitraum Ende'],
  providerOrganisationId: ['Organisation', 'CM-Träger'],
  municipalityId: ['Gemeinde', 'Stadt/Gemeinde'],
  fieldOfAction: ['Handlungsfelder'],
  newCases: ['Neufälle', 'Neuaufnahmen'],
  activeCases: ['Laufende Fälle'],
  closedCases: ['Beendete Fälle'],
  contacts: ['Anzahl Kontakte'],
  accompaniments: ['Anzahl Begleitungen'],
  referrals: ['Verweisberatung', 'Anzahl Verweisberatungen'],
  avgDurationDays: ['Durchschnittliche Dauer', 'Durchschnittliche Falldauer (Tage)', 'Dauer (Tage)'],
};

const COLUMN_BY_KEY = new Map<string, CmColumn>(CSV_COLUMNS.flatMap((c) => [CM_LABELS[c], ...ALIASES[c]].map((n) => [nameKey(n), c] as const)));

// Spreadsheets write '=… to keep a cell from running as a formula; the apostrophe is not part of the value.
const unneutralise = (cell: string) => (/^'[=+\-@]/.test(cell.trim()) ? cell.trim().slice(1) : cell);

function readHeader(cells: readonly string[], line: number) {
  const issues: ImportIssue[] = [];
  const warnings: string[] = [];
  const positions = new Map<CmColumn, number>();
  cells.forEach((raw, index) => {
    const name = raw.trim();
    if (name === '') return;
    const column = COLUMN_BY_KEY.get(nameKey(name));
    if (!column) warnings.push(`Die Spalte ${quoted(name)} ist unbekannt und wird nicht eingelesen.`);
    else if (positions.has(column)) issues.push(issueAt(line, null, `Die Spalte ‚${CM_LABELS[column]}‘ kommt doppelt vor`));
    else positions.set(column, index);
  });
  for (const column of CSV_COLUMNS) {
    if (!positions.has(column) && !OPTIONAL.has(column)) issues.push(issueAt(line, null, `Die Spalte ‚${CM_LABELS[column]}‘ fehlt`));
  }
  return { positions, issues, warnings };
}

/**
 * The office's CSV: a header row with the German column names (any order; Kommune, Handlungsfeld and
 * Durchschnittliche Dauer may be missing), then one row per period × provider × municipality × field.
 */
export const germanCsvAdapter: CmImportAdapter = {
  name: 'CSV (deutsche Spaltennamen)',
  read(text: string): AdapterResult {
    const csv = readCsv(text);
    const result: AdapterResult = { records: [], issues: [], warnings: [], separator: csv.separator };
    if (csv.problem) {
      result.issues.push(issueAt(csv.problem.line, null, csv.problem.text));
      return result;
    }
    const [header, ...rows] = csv.records;
    if (!header) {
      result.issues.push(issueAt(null, null, 'die Datei enthält keine Zeilen'));
      return result;
    }
    const { positions, issues, warnings } = readHeader(header.cells, header.line);
    result.warnings.push(...warnings);
    if (issues.length > 0) {
      result.issues.push(...issues);
      return result;
    }
    const width = header.cells.length;
    for (const record of rows) {
      const extra = record.cells.slice(width).filter((c) => c.trim() !== '').length;
      if (extra > 0) {
        result.issues.push(issueAt(record.line, null, `mehr Werte (${formatNumber(record.cells.length)}) als Spalten in der Kopfzeile `
          + `(${formatNumber(width)}); steht ein Trennzeichen in einem Namen, bitte den Namen in Anführungszeichen setzen`));
        continue;
      }
      if (record.cells.some((c) => c.includes('\uFFFD'))) {
        result.issues.push(issueAt(record.line, null, 'enthält unlesbare Zeichen (�); die Datei ist wohl nicht als UTF-8 gespeichert. '
          + 'Bitte in Excel „CSV UTF-8“ wählen'));
        continue;
      }
      const values: RawCmRecord['values'] = {};
      for (const [column, index] of positions) values[column] = unneutralise(record.cells[index] ?? '');
      result.records.push({ row: record.line, values });
    }
    return result;
  },
};
