import { formatNumber } from '../../../format/number';
import { countLabel } from '../../../format/text';
import { gridTotals, type FigureCounts } from './gridTotals';

const COLUMNS = [
  ['newCases', 'Neue Fälle'],
  ['activeCases', 'Aktive Fälle (Stand)'],
  ['closedCases', 'Abgeschl. Fälle'],
  ['contacts', 'Kontakte'],
  ['accompaniments', 'Begleitungen'],
  ['referrals', 'Verweisberatungen'],
] as const;

/** The totals row of the grid, as its own small table so it stays in view however the grid is scrolled. */
export function FigureTotals({ rows }: { rows: readonly FigureCounts[] }) {
  const totals = gridTotals(rows);
  return (
    <div className="cm-totals">
      <div className="kern-table-responsive" tabIndex={0} role="region" aria-label="Summen der gewählten Fallzahlen">
        <table className="kern-table kern-table--small">
          <caption className="kern-title">Summen der gewählten Fallzahlen</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">Einträge</th>
              {COLUMNS.map(([key, label]) => <th key={key} scope="col" className="kern-table__header kern-table__header--numeric">{label}</th>)}
              <th scope="col" className="kern-table__header kern-table__header--numeric">Ø Dauer (Tage)</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            <tr className="kern-table__row">
              <th scope="row" className="kern-table__cell">Summe ({countLabel(totals.entries, 'Eintrag', 'Einträge')})</th>
              {COLUMNS.map(([key]) => <td key={key} className="kern-table__cell kern-table__cell--numeric">{formatNumber(totals[key], 0)}</td>)}
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(totals.avgDurationDays, 1) || '–'}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="kern-body kern-body--small cm-notes">
        Aktive Fälle: Stand am Ende des jeweils letzten Zeitraums je Träger, Kommune und Handlungsfeld; die übrigen Spalten sind Summen.
        Die Dauer ist nach abgeschlossenen Fällen gewichtet. Die Suche in der Tabelle ändert die Summen nicht.
      </p>
      {totals.notes.map((n) => <p key={n} className="kern-body kern-body--small cm-notes">{n}</p>)}
    </div>
  );
}
