import { useApiData } from '../../../api/useApiData';
import { Alert } from '../../../components/Alert';
import { EmptyState } from '../../../components/EmptyState';
import { Loading } from '../../../components/Loading';
import { formatCents } from '../../../format/money';
import { balanceStatus, formatPercent } from './balanceStatus';

/** Planned against spent per budget line: the figures of the zahlenmäßiger Nachweis, with warnings over plan or cap. */
export function BalanceSection({ fundingYearId }: { fundingYearId: string }) {
  const { data, error } = useApiData('funding.balance', { fundingYearId });
  return (
    <section className="page-section" aria-labelledby="balance-heading">
      <h3 id="balance-heading" className="kern-heading-small">Geplant und ausgegeben</h3>
      <Loading data={data} error={error} what="Stand der Ausgaben">
        {(balance) => balance.lines.length === 0 ? (
          <EmptyState>Für dieses Jahr ist weder etwas geplant noch ausgegeben.</EmptyState>
        ) : (
          <>
            {balance.warnings.length > 0 ? (
              <Alert variant="warning" title="Ausgaben über Plan oder Obergrenze">
                <ul className="kern-list">{balance.warnings.map((w) => <li key={w} className="kern-body">{w}</li>)}</ul>
              </Alert>
            ) : null}
            <div className="funding-scroll" tabIndex={0} role="region" aria-label="Tabelle Geplant und ausgegeben">
              <table className="kern-table kern-table--small funding-table balance-table">
                <caption className="visually-hidden">Geplant und ausgegeben je Budgetlinie {balance.year}</caption>
                <thead className="kern-table__head">
                  <tr className="kern-table__row">
                    <th scope="col" className="kern-table__header">Budgetlinie</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">Geplant</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">Ausgegeben</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">Verbleibend</th>
                    <th scope="col" className="kern-table__header kern-table__header--numeric">Verbraucht</th>
                    <th scope="col" className="kern-table__header">Stand</th>
                  </tr>
                </thead>
                <tbody className="kern-table__body">
                  {balance.lines.map((line) => {
                    const status = balanceStatus(line);
                    return (
                      <tr className="kern-table__row" key={line.budgetLine} data-line={line.budgetLine}>
                        <th scope="row" className="kern-table__cell">{line.label}</th>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatCents(line.plannedCents)}</td>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatCents(line.spentCents)}</td>
                        <td className={`kern-table__cell kern-table__cell--numeric${line.differenceCents < 0 ? ' balance-table__over' : ''}`}>
                          {formatCents(line.differenceCents)}
                        </td>
                        <td className="kern-table__cell kern-table__cell--numeric">{formatPercent(line.percentUsed)}</td>
                        <td className="kern-table__cell">
                          <span className={`kern-badge kern-badge--small kern-badge--${status.variant}`}>{status.text}</span>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr className="kern-table__row funding-total">
                    <th scope="row" className="kern-table__cell">Summe</th>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatCents(balance.totals.plannedCents)}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatCents(balance.totals.spentCents)}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatCents(balance.totals.differenceCents)}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatPercent(balance.totals.percentUsed)}</td>
                    <td className="kern-table__cell" />
                  </tr>
                </tfoot>
              </table>
            </div>
          </>
        )}
      </Loading>
    </section>
  );
}
