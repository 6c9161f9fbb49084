import type { OutputOf } from '../../../../db/api/contract';
import type { ChartTable } from '../../../components/charts/ChartFigure';
import { formatNumber } from '../../../format/number';

export type CmSummary = OutputOf<'cmFigures.summary'>;
export type SummaryGroupBy = CmSummary['groupBy'];

export const GROUP_BY_LABELS: Record<SummaryGroupBy, string> = {
  provider: 'Träger',
  municipality: 'Kommune',
  fieldOfAction: 'Handlungsfeld',
};

export const SUMMARY_COLUMNS = [
  ['newCases', 'Neue Fälle'],
  ['activeCases', 'Aktive Fälle (Jahresende)'],
  ['closedCases', 'Abgeschlossene Fälle'],
  ['contacts', 'Kontakte'],
  ['accompaniments', 'Begleitungen'],
  ['referrals', 'Verweisberatungen'],
] as const;

type Totals = CmSummary['total'];

/** The cells of one summary row in German notation; a missing average duration shows as a dash. */
export function summaryCells(t: Totals): string[] {
  return [...SUMMARY_COLUMNS.map(([key]) => formatNumber(t[key], 0)), formatNumber(t.avgDurationDays, 1) || '–'];
}

export interface SummaryBar {
  name: string;
  newCases: number;
  closedCases: number;
}

/** Bars for the chart, largest first, and the same numbers as the chart's table view. */
export function summaryChart(summary: CmSummary): { bars: SummaryBar[]; table: ChartTable; text: string } {
  const bars = summary.groups
    .map((g) => ({ name: g.label, newCases: g.newCases, closedCases: g.closedCases }))
    .sort((a, b) => b.newCases - a.newCases || a.name.localeCompare(b.name, 'de'));
  const top = bars[0];
  const by = GROUP_BY_LABELS[summary.groupBy];
  return {
    bars,
    table: { columns: [by, 'Neue Fälle', 'Abgeschlossene Fälle'], rows: bars.map((b) => [b.name, formatNumber(b.newCases, 0), formatNumber(b.closedCases, 0)]) },
    text: top
      ? `Neue und abgeschlossene Fälle ${summary.year} je ${by}. Die meisten neuen Fälle: ${top.name} (${formatNumber(top.newCases, 0)}).`
      : `Für ${summary.year} liegen keine Zahlen je ${by} vor.`,
  };
}
