import type { OutputOf } from '../../../db/api/contract';
import type { ChartTable } from '../../components/charts/ChartFigure';
import { formatFte } from '../../format/fte';
import { formatNumber } from '../../format/number';

export type Charts = OutputOf<'overview.charts'>;

/** A chart with nothing to show is replaced by a sentence: bars of zero height say nothing. */
export function hasData(values: readonly (number | null)[]): boolean {
  return values.some((v) => v != null && v > 0);
}

export function daysText(days: number | null): string {
  return days == null ? 'keine Daten' : `${formatNumber(days)} ${days === 1 ? 'Tag' : 'Tage'}`;
}

export function meetingsTable(rows: Charts['meetingsPerYear']): ChartTable {
  return { columns: ['Jahr', 'Sitzungen', 'Beschlüsse'], rows: rows.map((r) => [String(r.year), r.meetings, r.decisions]) };
}

export function countTable(first: string, rows: readonly { label: string; count: number }[]): ChartTable {
  return { columns: [first, 'Anzahl'], rows: rows.map((r) => [r.label, r.count]) };
}

export function roundTablesTable(rows: Charts['roundTablesByMunicipality']): ChartTable {
  return { columns: ['Kommune', 'Runde Tische'], rows: rows.map((r) => [r.name, r.count]) };
}

export function leadTimeTable(stages: Charts['leadTimeStages']): ChartTable {
  return { columns: ['Stufe', 'Median', 'Themen'], rows: stages.map((s) => [s.label, daysText(s.medianDays), s.count]) };
}

/** The stage with the longest median wait, for the sentence above the chart. */
export function slowestStage(stages: Charts['leadTimeStages']): Charts['leadTimeStages'][number] | undefined {
  return stages.filter((s) => s.medianDays != null).sort((a, b) => b.medianDays! - a.medianDays!)[0];
}

export function postsTable(rows: Charts['postsByModule']): ChartTable {
  return { columns: ['Baustein', 'VZÄ gefördert', 'VZÄ besetzt'], rows: rows.map((r) => [r.label, formatFte(r.fundedFte), formatFte(r.filledFte)]) };
}

/** Summed in hundredths, as the core does, so the total has no floating-point residue. */
export function postsTotals(rows: Charts['postsByModule']): { funded: number; filled: number } {
  const t = rows.reduce((s, r) => ({ funded: s.funded + Math.round(r.fundedFte * 100), filled: s.filled + Math.round(r.filledFte * 100) }), { funded: 0, filled: 0 });
  return { funded: t.funded / 100, filled: t.filled / 100 };
}
