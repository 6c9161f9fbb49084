import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OutputOf } from '../../../db/api/contract';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { AXIS_TICK, CHART_COLORS } from '../../components/charts/chartColors';
import { daysText, leadTimeRows, leadTimeTable } from './leadTimeRows';

// Distinct in hue; the table carries every value, so nothing depends on telling colours apart.
const COLOURS = [CHART_COLORS.primary, CHART_COLORS.warning, CHART_COLORS.success, CHART_COLORS.danger];

/** "Wo stockt es?": median days per stage, overall and per group, as a bar chart with the same numbers as a table. */
export function LeadTimeChart({ data }: { data: OutputOf<'chain.leadTimes'> }) {
  const { series, rows } = leadTimeRows(data);
  const slowest = data.stages.find((s) => s.stage === data.slowestStage);
  const summary = slowest ? `Am längsten dauert derzeit: ${slowest.label} (Median ${daysText(slowest.medianDays)}).`
    : 'Noch hat kein Thema eine Stufe vollständig durchlaufen.';
  return (
    <ChartFigure title="Median der Tage je Stufe" summary={summary} table={leadTimeTable(data)} height={80 + rows.length * 72} tableOpen>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
          <CartesianGrid stroke={CHART_COLORS.grid} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} label={{ value: 'Tage (Median)', position: 'insideBottom', offset: -12 }} />
          <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={220} interval={0} />
          <Tooltip formatter={(value) => daysText(typeof value === 'number' ? value : null)} />
          <Legend verticalAlign="top" wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
          {series.map((s, i) => <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />)}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
