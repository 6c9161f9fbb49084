import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/charts/ChartFigure';
import { AXIS_TICK, CHART_COLORS } from '../../components/charts/chartColors';
import { EmptyState } from '../../components/EmptyState';
import { formatFte } from '../../format/fte';
import {
  countTable, daysText, hasData, leadTimeTable, meetingsTable, postsTable, postsTotals, roundTablesTable, slowestStage, type Charts,
} from './chartData';

// Long German labels wrap onto two lines; each bar gets room for both.
const rowHeight = (n: number, perRow = 44) => Math.max(180, n * perRow + 70);
// Legend in the order the bars are drawn, not alphabetical.
const LEGEND = { wrapperStyle: { fontSize: 13 }, itemSorter: null };

/** One horizontal bar per row: long German labels stay readable on the category axis. */
function HorizontalBars({ data, dataKey, name, color = CHART_COLORS.primary, labelWidth = 210 }: {
  data: readonly object[]; dataKey: string; name: string; color?: string; labelWidth?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={[...data]} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
        <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} />
        <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={labelWidth} interval={0} />
        <Bar dataKey={dataKey} name={name} fill={color} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The start page's charts; each answers one question and carries its numbers as a table for screen readers. */
export function OverviewChartsSection({ charts }: { charts: Charts }) {
  const { meetingsPerYear, themesByStatus, themesByField, roundTablesByMunicipality, leadTimeStages, postsByModule } = charts;
  const slowest = slowestStage(leadTimeStages);
  const totals = postsTotals(postsByModule);
  const municipalities = roundTablesByMunicipality.map((r) => ({ ...r, label: r.name }));
  const stages = leadTimeStages.map((s) => ({ ...s, days: s.medianDays ?? 0 }));
  const busiest = [...roundTablesByMunicipality].sort((a, b) => b.count - a.count)[0];
  return (
    <section className="page-section" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="kern-heading-medium">Auswertungen</h2>
      <div className="chart-grid">
        {hasData(meetingsPerYear.map((r) => r.meetings)) ? (
          <ChartFigure title="Sitzungen und Beschlüsse je Jahr"
            summary={`Gehaltene Sitzungen der Lenkungsgruppe und ihre Beschlüsse, ${meetingsPerYear[0].year} bis ${meetingsPerYear[meetingsPerYear.length - 1].year}.`}
            table={meetingsTable(meetingsPerYear)}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={meetingsPerYear} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
                <XAxis dataKey="year" tick={AXIS_TICK} />
                <YAxis tick={AXIS_TICK} allowDecimals={false} width={36} />
                <Legend {...LEGEND} />
                <Bar dataKey="meetings" name="Sitzungen" fill={CHART_COLORS.primary} isAnimationActive={false} />
                <Bar dataKey="decisions" name="Beschlüsse" fill={CHART_COLORS.warning} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </ChartFigure>
        ) : <EmptyState>Die Lenkungsgruppe hat noch keine Sitzung gehalten.</EmptyState>}

        {hasData(themesByStatus.map((r) => r.count)) ? (
          <>
            <ChartFigure title="Themen nach Status" summary="Wie weit die generativen Themen auf dem Weg von der Erkenntnis zur Umsetzung sind."
              table={countTable('Status', themesByStatus)} height={rowHeight(themesByStatus.length)}>
              <HorizontalBars data={themesByStatus} dataKey="count" name="Themen" />
            </ChartFigure>
            <ChartFigure title="Themen nach Handlungsfeld" summary="In welchen Handlungsfeldern die Themen liegen."
              table={countTable('Handlungsfeld', themesByField)} height={rowHeight(themesByField.length)}>
              <HorizontalBars data={themesByField} dataKey="count" name="Themen" color={CHART_COLORS.success} labelWidth={230} />
            </ChartFigure>
          </>
        ) : <EmptyState>Es sind noch keine Themen erfasst.</EmptyState>}

        {hasData(roundTablesByMunicipality.map((r) => r.count)) ? (
          <ChartFigure title="Runde Tische je Kommune"
            summary={`Alle gehaltenen Runden Tische, an denen die Kommune beteiligt war. Die meisten: ${busiest.name} (${busiest.count}).`}
            table={roundTablesTable(roundTablesByMunicipality)} height={rowHeight(municipalities.length, 30)}>
            <HorizontalBars data={municipalities} dataKey="count" name="Runde Tische" labelWidth={140} />
          </ChartFigure>
        ) : <EmptyState>Noch ist kein Runder Tisch einer Kommune zugeordnet.</EmptyState>}

        {slowest ? (
          <ChartFigure title="Wo stockt es?"
            summary={`Median der Tage je Stufe der Themenkette. Am längsten dauert: ${slowest.label} (${daysText(slowest.medianDays)}).`}
            table={leadTimeTable(leadTimeStages)} height={rowHeight(stages.length)}>
            <HorizontalBars data={stages} dataKey="days" name="Tage (Median)" color={CHART_COLORS.danger} labelWidth={230} />
          </ChartFigure>
        ) : <EmptyState>Noch hat kein Thema eine Stufe der Themenkette durchlaufen.</EmptyState>}

        {postsByModule.length > 0 ? (
          <ChartFigure title="Stellen nach Baustein"
            summary={`Geförderte und besetzte Vollzeitäquivalente je Baustein; zusammen ${formatFte(totals.funded)} VZÄ gefördert, ${formatFte(totals.filled)} besetzt.`}
            table={postsTable(postsByModule)} height={rowHeight(postsByModule.length, 80)}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={postsByModule} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
                <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
                <XAxis type="number" tick={AXIS_TICK} />
                <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={210} interval={0} />
                <Legend {...LEGEND} />
                <Bar dataKey="fundedFte" name="VZÄ gefördert" fill={CHART_COLORS.primary} isAnimationActive={false} />
                <Bar dataKey="filledFte" name="VZÄ besetzt" fill={CHART_COLORS.success} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </ChartFigure>
        ) : <EmptyState>Es sind noch keine Stellen erfasst.</EmptyState>}
      </div>
    </section>
  );
}
