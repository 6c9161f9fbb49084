import { useId, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useApiData } from '../../../api/useApiData';
import { ChartFigure } from '../../../components/charts/ChartFigure';
import { AXIS_TICK, CHART_COLORS } from '../../../components/charts/chartColors';
import { EmptyState } from '../../../components/EmptyState';
import { Loading } from '../../../components/Loading';
import { figureYears } from './periodFilter';
import { GROUP_BY_LABELS, SUMMARY_COLUMNS, summaryCells, summaryChart, type CmSummary, type SummaryGroupBy } from './summaryTable';

/** The annual summary by provider, municipality or field of action: the figures the Sachbericht reports. */
export function SummaryView() {
  const { data, error } = useApiData('cmFigures.list');
  const years = useMemo(() => figureYears(data ?? []), [data]);
  return (
    <section className="page-section" aria-labelledby="cm-summary-heading">
      <h2 id="cm-summary-heading" className="kern-heading-medium">Auswertung je Jahr</h2>
      <Loading data={data} error={error} what="Fallzahlen">
        {() => years.length === 0
          ? <EmptyState>Es sind noch keine Fallzahlen erfasst, die ausgewertet werden könnten.</EmptyState>
          : <SummaryContent years={years} />}
      </Loading>
    </section>
  );
}

function SummaryContent({ years }: { years: readonly string[] }) {
  const yearId = useId();
  const groupId = useId();
  const [year, setYear] = useState(years[0]);
  const [groupBy, setGroupBy] = useState<SummaryGroupBy>('provider');
  const { data, error } = useApiData('cmFigures.summary', { year: Number(year), groupBy });
  return (
    <>
      <div className="cm-filters">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={yearId}>Jahr</label>
          <div className="kern-form-input__select-wrapper">
            <select id={yearId} className="kern-form-input__select" value={year} onChange={(e) => setYear(e.target.value)}>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </div>
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={groupId}>Gruppiert nach</label>
          <div className="kern-form-input__select-wrapper">
            <select id={groupId} className="kern-form-input__select" value={groupBy} onChange={(e) => setGroupBy(e.target.value as SummaryGroupBy)}>
              {Object.entries(GROUP_BY_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </div>
        </div>
      </div>
      <Loading data={data} error={error} what="Die Auswertung">
        {(summary) => <SummaryResult summary={summary} />}
      </Loading>
    </>
  );
}

function SummaryResult({ summary }: { summary: CmSummary }) {
  const by = GROUP_BY_LABELS[summary.groupBy];
  const chart = summaryChart(summary);
  const title = `Fallzahlen ${summary.year} je ${by}`;
  return (
    <>
      {summary.notes.map((n) => <p key={n} className="kern-body">{n}</p>)}
      {summary.groups.length === 0 ? <EmptyState>Für {summary.year} liegen keine Zahlen je {by} vor.</EmptyState> : (
        <>
          <div className="kern-table-responsive" tabIndex={0} role="region" aria-label={title}>
            <table className="kern-table kern-table--small cm-totals">
              <caption className="kern-title">{title}</caption>
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{by}</th>
                  {SUMMARY_COLUMNS.map(([key, label]) => <th key={key} scope="col" className="kern-table__header kern-table__header--numeric">{label}</th>)}
                  <th scope="col" className="kern-table__header kern-table__header--numeric">Ø Dauer (Tage)</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {summary.groups.map((g) => (
                  <tr key={g.key ?? ''} className="kern-table__row">
                    <th scope="row" className="kern-table__cell">{g.label}</th>
                    {summaryCells(g).map((c, i) => <td key={i} className="kern-table__cell kern-table__cell--numeric">{c}</td>)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="kern-table__row">
                  <th scope="row" className="kern-table__cell">Summe</th>
                  {summaryCells(summary.total).map((c, i) => <td key={i} className="kern-table__cell kern-table__cell--numeric"><strong>{c}</strong></td>)}
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="kern-body kern-body--small cm-notes">
            Aktive Fälle: Stand am Ende des jeweils letzten Zeitraums im Jahr. Die Dauer ist nach abgeschlossenen Fällen gewichtet.
          </p>
          <div className="chart-grid cm-chart">
            <ChartFigure title={`Neue und abgeschlossene Fälle ${summary.year}`} summary={chart.text} table={chart.table}
              height={Math.max(180, chart.bars.length * 34 + 70)}>
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={chart.bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
                  <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
                  <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} />
                  <YAxis type="category" dataKey="name" tick={AXIS_TICK} width={170} interval={0} />
                  <Legend wrapperStyle={{ fontSize: 13 }} />
                  <Bar dataKey="newCases" name="Neue Fälle" fill={CHART_COLORS.primary} isAnimationActive={false} />
                  <Bar dataKey="closedCases" name="Abgeschlossene Fälle" fill={CHART_COLORS.success} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </ChartFigure>
          </div>
        </>
      )}
    </>
  );
}
