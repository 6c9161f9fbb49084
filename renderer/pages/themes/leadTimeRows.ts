import type { OutputOf } from '../../../db/api/contract';
import type { ChartTable } from '../../components/charts/ChartFigure';

type LeadTimes = OutputOf<'chain.leadTimes'>;

export interface StageSeries {
  key: string;
  label: string;
}

/** One chart row per group plus "Alle Themen" first: median days per stage, null where no theme got that far. */
export function leadTimeRows(data: LeadTimes): { series: StageSeries[]; rows: Array<Record<string, string | number | null>> } {
  const series = data.stages.map((s) => ({ key: s.stage, label: s.label }));
  const row = (label: string, themeCount: number, stages: LeadTimes['stages']) => ({
    label, themeCount, ...Object.fromEntries(stages.map((s) => [s.stage, s.medianDays])),
  });
  return {
    series,
    rows: [row('Alle Themen', data.themes.length, data.stages), ...data.groups.map((g) => row(g.label, g.themeCount, g.stages))],
  };
}

/** The same figures for the table under the chart: one row per group, the number of themes, then days per stage. */
export function leadTimeTable(data: LeadTimes): ChartTable {
  const { series, rows } = leadTimeRows(data);
  return {
    columns: [data.groupBy === 'year' ? 'Jahr' : 'Handlungsfeld', 'Themen', ...series.map((s) => s.label)],
    rows: rows.map((r) => [String(r.label), Number(r.themeCount), ...series.map((s) => daysText(r[s.key] as number | null))]),
  };
}

/** '12,5 Tage', '1 Tag', '–' for no data. */
export function daysText(days: number | null | undefined): string {
  if (days == null) return '–';
  return `${days.toLocaleString('de-DE', { maximumFractionDigits: 1 })} ${days === 1 ? 'Tag' : 'Tage'}`;
}
