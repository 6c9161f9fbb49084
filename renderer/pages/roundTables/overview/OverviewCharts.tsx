import { Bar, BarChart, CartesianGrid, Cell, Legend, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { OutputOf } from '../../../../db/api/contract';
import { ChartFigure } from '../../../components/charts/ChartFigure';
import { AXIS_TICK, CHART_COLORS } from '../../../components/charts/chartColors';
import { agreementBars, contactBars, warningDays, yearBars } from './overviewCharts';

type Overview = OutputOf<'roundTables.overview'>;

const YEAR_COLORS = ['#5F6368', '#9A5B00', '#6A3FA0', '#1E7A3C', '#0B7A8A', '#1A3DA5'];
const rowHeight = (n: number) => Math.max(160, n * 30 + 60);

/** "Welche Kommune braucht uns als Nächstes?": contact gaps, owed agreements and visits per year at a glance. */
export function OverviewCharts({ overview }: { overview: Overview }) {
  const { bars, neverMet } = contactBars(overview.rows);
  const limit = warningDays(overview.contactWarningMonths);
  const agreements = agreementBars(overview.rows);
  const years = overview.years.slice(-YEAR_COLORS.length);
  const perYear = yearBars(overview.rows, years);
  const longest = bars[0];
  const mostOverdue = agreements[0];
  return (
    <section className="page-section" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="kern-heading-medium">Welche Kommune braucht uns als Nächstes?</h2>
      <div className="chart-grid">
        <ChartFigure title="Tage seit dem letzten Kontakt"
          summary={`${longest ? `Am längsten ohne Kontakt: ${longest.name} (${longest.days} Tage). ` : ''}Die Linie markiert ${overview.contactWarningMonths} Monate (etwa ${limit} Tage); rote Balken liegen darüber.${neverMet.length ? ` Noch nie besucht: ${neverMet.join(', ')}.` : ''}`}
          table={{ columns: ['Kommune', 'Tage seit Kontakt', 'Kontakt überfällig'], rows: bars.map((b) => [b.name, b.days, b.warning ? 'ja' : 'nein']) }}
          height={rowHeight(bars.length)}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={bars} layout="vertical" margin={{ top: 22, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
              <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} />
              <YAxis type="category" dataKey="name" tick={AXIS_TICK} width={130} interval={0} />
              <ReferenceLine x={limit} stroke={CHART_COLORS.text} strokeDasharray="4 3"
                label={{ value: `${overview.contactWarningMonths} Monate`, position: 'top', fill: CHART_COLORS.text, fontSize: 12 }} />
              <Bar dataKey="days" name="Tage seit Kontakt" isAnimationActive={false}>
                {bars.map((b) => <Cell key={b.name} fill={b.warning ? CHART_COLORS.danger : CHART_COLORS.primary} />)}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>
        <ChartFigure title="Offene und überfällige Vereinbarungen"
          summary={mostOverdue && mostOverdue.overdue > 0
            ? `Die meisten überfälligen Vereinbarungen hat ${mostOverdue.name} (${mostOverdue.overdue}). Rot: überfällig, blau: offen im Zeitplan, grün: erledigt.`
            : 'Keine Vereinbarung ist überfällig. Blau: offen im Zeitplan, grün: erledigt.'}
          table={{ columns: ['Kommune', 'überfällig', 'offen im Zeitplan', 'erledigt'], rows: agreements.map((a) => [a.name, a.overdue, a.openInTime, a.done]) }}
          height={rowHeight(agreements.length)}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={agreements} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
              <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} />
              <YAxis type="category" dataKey="name" tick={AXIS_TICK} width={130} interval={0} />
              <Legend wrapperStyle={{ fontSize: 13 }} />
              <Bar dataKey="overdue" name="überfällig" stackId="a" fill={CHART_COLORS.danger} isAnimationActive={false} />
              <Bar dataKey="openInTime" name="offen im Zeitplan" stackId="a" fill={CHART_COLORS.primary} isAnimationActive={false} />
              <Bar dataKey="done" name="erledigt" stackId="a" fill={CHART_COLORS.success} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>
        <ChartFigure title="Runde Tische je Kommune und Jahr"
          summary={`Gehaltene Termine aller Formate je Kommune, gestapelt nach Jahr (${years.join(', ')}).`}
          table={{ columns: ['Kommune', ...years.map(String)], rows: perYear.map((r) => [String(r.name), ...years.map((y) => Number(r[String(y)]))]) }}
          height={rowHeight(perYear.length)}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={perYear} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
              <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
              <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} />
              <YAxis type="category" dataKey="name" tick={AXIS_TICK} width={130} interval={0} />
              <Legend wrapperStyle={{ fontSize: 13 }} />
              {years.map((y, i) => (
                <Bar key={y} dataKey={String(y)} name={String(y)} stackId="y" fill={YEAR_COLORS[i + YEAR_COLORS.length - years.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </ChartFigure>
      </div>
    </section>
  );
}
