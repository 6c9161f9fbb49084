import { Alert } from '../../../components/Alert';
import { Loading } from '../../../components/Loading';
import { useApiData } from '../../../api/useApiData';
import { formatCents } from '../../../format/money';
import { formatNumber } from '../../../format/number';
import { summaryRows } from './eventSummary';

/** Events of a year by kind (count, participants, cost) and the events budget line against its cap. */
export function EventSummary({ year }: { year: number }) {
  const { data, error } = useApiData('events.summary', { year });
  const title = `Veranstaltungen ${year} nach Art`;
  return (
    <section className="page-section event-summary" aria-labelledby="event-summary-heading">
      <h2 id="event-summary-heading" className="kern-heading-medium">Übersicht {year}</h2>
      <Loading data={data} error={error} what="Die Übersicht">
        {(summary) => {
          const { rows, total, lineText } = summaryRows(summary);
          return (
            <>
              <div className="kern-table-responsive" tabIndex={0} role="region" aria-label={title}>
                <table className="kern-table kern-table--small">
                  <caption className="kern-title">{title}</caption>
                  <thead className="kern-table__head">
                    <tr className="kern-table__row">
                      <th scope="col" className="kern-table__header">Art</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">Anzahl</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">Teilnehmende</th>
                      <th scope="col" className="kern-table__header kern-table__header--numeric">Kosten</th>
                    </tr>
                  </thead>
                  <tbody className="kern-table__body">
                    {[...rows, total].map((r) => (
                      <tr key={r.label} className="kern-table__row">
                        <th scope="row" className="kern-table__cell">{r.label}</th>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(r.count, 0)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{r.participants}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatCents(r.costCents)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="kern-body">{lineText}</p>
              {summary.warnings.map((w) => <Alert key={w} variant="warning" title="Obergrenze überschritten"><p className="kern-body">{w}</p></Alert>)}
            </>
          );
        }}
      </Loading>
    </section>
  );
}
