import { formatFte } from '../../../format/fte';
import { filledShareText, MONTH_LONG, MONTH_SHORT, type StaffingReport } from './staffingCells';

type Totals = { label: string; months: StaffingReport['total']['months']; fundedFte: number; filledFte: number; filledShare: number | null };

/** Funded against filled FTE per Baustein and month, and for all Bausteine together. */
export function ModuleTotals({ report }: { report: StaffingReport }) {
  const rows: Totals[] = [...report.modules, { label: 'Alle Bausteine', ...report.total }];
  return (
    <div className="funding-scroll staffing-scroll" tabIndex={0} role="region" aria-label={`VZÄ je Baustein ${report.year}`}>
      <table className="kern-table kern-table--small staffing-grid staffing-totals">
        <caption className="visually-hidden">Geförderte und besetzte VZÄ je Baustein und Monat {report.year}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header staffing-grid__post">Baustein</th>
            <th scope="col" className="kern-table__header">VZÄ</th>
            {MONTH_SHORT.map((m, i) => (
              <th scope="col" className="kern-table__header staffing-grid__month" key={m}>
                <span aria-hidden="true">{m}</span><span className="visually-hidden">{MONTH_LONG[i]}</span>
              </th>
            ))}
            <th scope="col" className="kern-table__header staffing-grid__year">Jahresmittel</th>
          </tr>
        </thead>
        {rows.map((r) => (
          <tbody className="kern-table__body" key={r.label}>
            <tr className="kern-table__row">
              <th scope="rowgroup" rowSpan={2} className="kern-table__cell staffing-grid__post">{r.label}</th>
              <th scope="row" className="kern-table__cell">gefördert</th>
              {r.months.map((m) => <td className="kern-table__cell kern-table__cell--numeric" key={m.month}>{formatFte(m.fundedFte)}</td>)}
              <td className="kern-table__cell kern-table__cell--numeric">{formatFte(r.fundedFte)}</td>
            </tr>
            <tr className="kern-table__row">
              <th scope="row" className="kern-table__cell">besetzt</th>
              {r.months.map((m) => (
                <td className={`kern-table__cell kern-table__cell--numeric${m.vacantFte > 0 ? ' staffing-totals__gap' : ''}`} key={m.month}>
                  {formatFte(m.filledFte)}
                </td>
              ))}
              <td className="kern-table__cell kern-table__cell--numeric">
                {formatFte(r.filledFte)} <span className="staffing-grid__sub">({filledShareText(r.filledShare)} besetzt)</span>
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}
