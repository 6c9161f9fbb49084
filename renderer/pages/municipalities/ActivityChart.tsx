import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { OutputOf } from '../../../db/api/contract';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { AXIS_TICK, CHART_COLORS } from '../../components/charts/chartColors';
import { EmptyState } from '../../components/EmptyState';
import { activityPoints } from './activityData';

/** Round tables, agreements made and agreements completed over time, per quarter (or year for a long history). */
export function ActivityChart({ activity, name }: { activity: OutputOf<'municipalities.profile'>['activity']; name: string }) {
  const { unit, points } = activityPoints(activity);
  if (points.length === 0) return <EmptyState>Mit {name} ist noch kein Termin erfasst; es gibt noch keinen Verlauf.</EmptyState>;
  const total = points.reduce((s, p) => s + p.roundTables, 0);
  return (
    <ChartFigure title={`Aktivität je ${unit === 'quarter' ? 'Quartal' : 'Jahr'}`} height={220}
      summary={`${total} ${total === 1 ? 'Termin' : 'Termine'} von ${points[0].label} bis ${points[points.length - 1].label}, mit den dort getroffenen und den erledigten Vereinbarungen.`}
      table={{ columns: [unit === 'quarter' ? 'Quartal' : 'Jahr', 'Termine', 'Vereinbarungen getroffen', 'Vereinbarungen erledigt'],
        rows: points.map((p) => [p.label, p.roundTables, p.agreements, p.completed]) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} interval="preserveStartEnd" />
          <YAxis tick={AXIS_TICK} allowDecimals={false} width={32} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Bar dataKey="roundTables" name="Termine" fill={CHART_COLORS.primary} isAnimationActive={false} />
          <Bar dataKey="agreements" name="Vereinbarungen getroffen" fill={CHART_COLORS.warning} isAnimationActive={false} />
          <Bar dataKey="completed" name="Vereinbarungen erledigt" fill={CHART_COLORS.success} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
