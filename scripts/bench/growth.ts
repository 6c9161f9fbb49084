import type { ArchiveBenchResult } from './archiveBench';
import type { BackupBenchResult } from './backupBench';
import type { OverviewBenchResult } from './overviewBench';
import type { SearchBenchResult } from './searchBench';

/** Everything measured on one generated office. */
export interface ScaleRun {
  scale: number;
  generation: { milliseconds: number; totalRows: number; fileBytes: number; counts: Record<string, number> };
  /** Opening the office's database with createCore (migrations checked), median of a few runs. */
  openMedianMs: number;
  search: SearchBenchResult;
  overview: OverviewBenchResult;
  archive: ArchiveBenchResult;
  backup: BackupBenchResult;
}

export interface GrowthRow {
  label: string;
  unit: 'ms' | 'MB' | 'Zeilen';
  /** One value per run, in the order of the runs; null where the step could not run. */
  values: Array<number | null>;
  /** Last run's value over the first one's. */
  factor: number | null;
  /** `factor` over how much more data the last run had: 1 grows linearly, above 1 worse than linearly. */
  perData: number | null;
}

type Metric = [label: string, unit: GrowthRow['unit'], value: (run: ScaleRun) => number | null];

const MB = (bytes: number | null) => (bytes == null ? null : Math.round(bytes / 10_000) / 100);

export const GROWTH_METRICS: Metric[] = [
  ['Daten (Zeilen)', 'Zeilen', (r) => r.generation.totalRows],
  ['Datenbankdatei', 'MB', (r) => MB(r.generation.fileBytes)],
  ['Erzeugen des Büros', 'ms', (r) => r.generation.milliseconds],
  ['Öffnen (createCore)', 'ms', (r) => r.openMedianMs],
  ['Suche: Median (API)', 'ms', (r) => r.search.apiMedianMs],
  ['Suche: schlechteste (API)', 'ms', (r) => r.search.apiWorstMs],
  ['Suche: Median (FTS5 direkt)', 'ms', (r) => r.search.rawMedianMs],
  ['Übersicht laden: Median', 'ms', (r) => r.overview.pageMedianMs],
  ...['overview.summary', 'overview.dueItems', 'overview.charts'].map((method): Metric => [`  ${method}`, 'ms', (r) => r.overview.callMedianMs[method] ?? null]),
  ['JSON-Export (archive.export)', 'ms', (r) => r.archive.exportMs],
  ['  alle Tabellen direkt lesen', 'ms', (r) => r.archive.rawReadMs],
  ['  Archivgröße', 'MB', (r) => MB(r.archive.archiveBytes)],
  ['  Inhalt entpackt', 'MB', (r) => MB(r.archive.jsonBytes ?? null)],
  ['JSON-Import in leere Datenbank', 'ms', (r) => r.archive.importMs],
  ['Sicherung (backup.create)', 'ms', (r) => r.backup.backupMs],
  ['  SQLite-Backup direkt', 'ms', (r) => r.backup.rawBackupMs],
  ['  VACUUM INTO direkt', 'ms', (r) => r.backup.vacuumIntoMs],
  ['  Sicherungsdatei', 'MB', (r) => MB(r.backup.fileBytes)],
];

const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  (a == null || b == null || b === 0 ? null : Math.round((a / b) * 100) / 100);

/** Each metric at every scale with the growth from the first run to the last, runs ordered by scale. */
export function growthRows(runs: readonly ScaleRun[]): GrowthRow[] {
  const dataFactor = ratio(runs.at(-1)?.generation.totalRows, runs[0]?.generation.totalRows);
  return GROWTH_METRICS.map(([label, unit, value]) => {
    const values = runs.map(value);
    const factor = runs.length > 1 ? ratio(values.at(-1), values[0]) : null;
    return { label, unit, values, factor, perData: unit === 'Zeilen' ? null : ratio(factor, dataFactor) };
  });
}

const german = (value: number | null, digits = 2) =>
  (value == null ? '–' : value.toLocaleString('de-DE', { maximumFractionDigits: digits, minimumFractionDigits: 0 }));

/** The growth table as Markdown, plus a line per run that could not export or import. */
export function formatGrowth(runs: readonly ScaleRun[]): string {
  const header = ['Messung', ...runs.map((r) => `${german(r.scale)}×`), 'Faktor', 'Faktor je Datenmenge'];
  const rows = growthRows(runs).map((row) => [
    `${row.label}${row.unit === 'Zeilen' ? '' : ` (${row.unit})`}`,
    ...row.values.map((v) => german(v, row.unit === 'ms' ? 1 : 2)),
    german(row.factor), german(row.perData),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const problems = runs.filter((r) => r.archive.problem).map((r) => `${german(r.scale)}×: ${r.archive.problem}`);
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
    ...(problems.length > 0 ? ['', ...problems] : []),
  ].join('\n');
}
