import type { OutputOf } from '../../../../db/api/contract';
import { formatNumber } from '../../../format/number';
import { countLabel } from '../../../format/text';

export type ImportReport = OutputOf<'cmFigures.importCsv'>;

export interface ReportIssueRow {
  key: string;
  line: string;
  column: string;
  /** The problem without the "Zeile 7, Spalte ‚Kontakte‘:" the table already shows in its own columns. */
  problem: string;
}

export interface ImportView {
  counts: { label: string; value: string }[];
  issues: ReportIssueRow[];
  /** True when every row is valid: the real import may run. */
  canImport: boolean;
  importLabel: string;
  /** One sentence saying where things stand. */
  status: string;
}

const PREFIX = /^Zeile \d+(?:, Spalte ‚[^‘]*‘)?: /;

function problemText(message: string): string {
  const rest = message.replace(PREFIX, '');
  return rest.charAt(0).toLocaleUpperCase('de-DE') + rest.slice(1);
}

/** Data rows that have at least one problem; a problem of the whole file (no line) makes every row unusable. */
function faultyRows(report: ImportReport): number {
  if (report.errors.some((e) => e.row == null)) return report.rowCount;
  return new Set(report.errors.map((e) => e.row)).size;
}

/** What the dry run's report shows: the counts, each problem by line and column, and whether importing is possible. */
export function importView(report: ImportReport): ImportView {
  const faulty = Math.min(faultyRows(report), report.rowCount);
  const canImport = report.valid && report.rowCount > 0;
  const rows = countLabel(report.rowCount, 'Zeile', 'Zeilen');
  const problems = report.errors.length + report.moreErrors;
  return {
    counts: [
      { label: 'Gelesene Zeilen', value: formatNumber(report.rowCount, 0) },
      { label: 'Gültige Zeilen', value: formatNumber(report.rowCount - faulty, 0) },
      { label: 'Fehlerhafte Zeilen', value: formatNumber(faulty, 0) },
      { label: 'Neu anzulegen', value: formatNumber(canImport ? report.createCount : 0, 0) },
      { label: 'Zu ersetzen', value: formatNumber(canImport ? report.replaceCount : 0, 0) },
    ],
    issues: report.errors.map((e, i) => ({
      key: `${i}`,
      line: e.row == null ? '–' : String(e.row),
      column: e.column ?? '–',
      problem: problemText(e.message),
    })),
    canImport,
    importLabel: `${rows} importieren`,
    status: canImport
      ? `${report.rowCount === 1 ? 'Die Zeile ist' : `Alle ${rows} sind`} gültig. Es wurde noch nichts importiert.`
      : `Die Datei hat ${countLabel(problems, 'Problem', 'Probleme')}. Es wurde nichts importiert; bitte korrigieren Sie die Datei und wählen Sie sie erneut aus.`,
  };
}

/** The sentence after a real import. */
export function importedText(report: ImportReport): string {
  const parts = [`${countLabel(report.createCount, 'Eintrag', 'Einträge')} neu angelegt`];
  if (report.replaceCount > 0) parts.push(`${countLabel(report.replaceCount, 'Eintrag', 'Einträge')} ersetzt`);
  return `${countLabel(report.rowCount, 'Zeile', 'Zeilen')} importiert: ${parts.join(', ')}.`;
}
