import type { OutputOf } from '../../../db/api/contract';

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

/** '12,5 Tage', '1 Tag', '–' for no data. */
export function daysText(days: number | null | undefined): string {
  if (days == null) return '–';
  return `${days.toLocaleString('de-DE', { maximumFractionDigits: 1 })} ${days === 1 ? 'Tag' : 'Tage'}`;
}
