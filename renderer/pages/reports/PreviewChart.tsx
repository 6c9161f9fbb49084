import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ReportBlock } from '../../../db/services/reports/blocks';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { AXIS_TICK, CHART_COLORS } from '../../components/charts/chartColors';

type Chart = Extract<ReportBlock, { kind: 'chart' }>;

const SERIES_COLORS = [CHART_COLORS.primary, CHART_COLORS.warning, CHART_COLORS.success, CHART_COLORS.muted, CHART_COLORS.danger];

const valueText = (value: number, format: Chart['format']) =>
  format === 'fte' ? value.toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 2 }) : value.toLocaleString('de-DE');

/** A chart of the report drawn from its data; the alternative text the Word file carries is its summary. */
export function PreviewChart({ chart }: { chart: Chart }) {
  if (chart.categories.length === 0 || chart.series.length === 0) {
    return <p className="kern-body report-preview__note">{chart.title}: {chart.altText}</p>;
  }
  const points = chart.categories.map((category, i) => ({
    category, ...Object.fromEntries(chart.series.map((s, j) => [`s${j}`, s.values[i] ?? 0])),
  }));
  return (
    <ChartFigure title={chart.title} summary={chart.altText} height={240}
      table={{ columns: ['Bezeichnung', ...chart.series.map((s) => s.name)],
        rows: chart.categories.map((category, i) => [category, ...chart.series.map((s) => valueText(s.values[i] ?? 0, chart.format))]) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="category" tick={AXIS_TICK} interval={0} />
          <YAxis tick={AXIS_TICK} allowDecimals={chart.format === 'fte'} width={40} />
          {chart.series.length > 1 ? <Legend wrapperStyle={{ fontSize: 13 }} /> : null}
          {chart.series.map((s, j) => (
            <Bar key={s.name} dataKey={`s${j}`} name={s.name} fill={SERIES_COLORS[j % SERIES_COLORS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
