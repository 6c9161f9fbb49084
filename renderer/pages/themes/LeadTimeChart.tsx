import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { OutputOf } from '../../../db/api/contract';
import { daysText, leadTimeRows } from './leadTimeRows';

// Distinct in hue and lightness; the table below carries every value, so nothing depends on telling colours apart.
const COLOURS = ['#1f4e9a', '#7a9cd6', '#b3561c', '#e6a36b'];

/** "Wo stockt es?": median days per stage, overall and per group, as a bar chart and the same numbers as a table. */
export function LeadTimeChart({ data }: { data: OutputOf<'chain.leadTimes'> }) {
  const { series, rows } = leadTimeRows(data);
  const slowest = data.stages.find((s) => s.stage === data.slowestStage);
  return (
    <>
      <p className="kern-body">
        {slowest ? <>Am längsten dauert derzeit: <strong>{slowest.label}</strong> (Median {daysText(slowest.medianDays)}).</>
          : 'Noch hat kein Thema eine Stufe vollständig durchlaufen.'}
      </p>
      <figure className="chart" aria-label="Balkendiagramm: Median der Tage je Stufe; dieselben Werte stehen in der Tabelle darunter.">
        <div className="chart__canvas" aria-hidden="true">
          <ResponsiveContainer width="100%" height={80 + rows.length * 72}>
            <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} label={{ value: 'Tage (Median)', position: 'insideBottom', offset: -12 }} />
              <YAxis type="category" dataKey="label" width={220} interval={0} />
              <Tooltip formatter={(value) => daysText(typeof value === 'number' ? value : null)} />
              <Legend verticalAlign="top" />
              {series.map((s, i) => <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />)}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <div className="kern-table-responsive" role="region" aria-label="Durchlaufzeiten als Tabelle" tabIndex={0}>
        <table className="kern-table">
          <caption className="kern-title">Median der Tage je Stufe</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th className="kern-table__header" scope="col">{data.groupBy === 'year' ? 'Jahr' : 'Handlungsfeld'}</th>
              <th className="kern-table__header kern-table__header--numeric" scope="col">Themen</th>
              {series.map((s) => <th key={s.key} className="kern-table__header kern-table__header--numeric" scope="col">{s.label}</th>)}
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {rows.map((r) => (
              <tr key={String(r.label)} className="kern-table__row">
                <th className="kern-table__header" scope="row">{r.label}</th>
                <td className="kern-table__cell kern-table__cell--numeric">{r.themeCount}</td>
                {series.map((s) => <td key={s.key} className="kern-table__cell kern-table__cell--numeric">{daysText(r[s.key] as number | null)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
