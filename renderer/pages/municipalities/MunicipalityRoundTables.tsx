import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { hrefFor } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../format/date';
import { roundTablePath } from '../roundTables/roundTablePaths';

type RoundTable = OutputOf<'municipalities.profile'>['roundTables'][number];

/** Every round table and other format held in the municipality, newest (and planned) first. */
export function MunicipalityRoundTables({ rows }: { rows: readonly RoundTable[] }) {
  const enums = useEnums();
  return (
    <section className="page-section" aria-labelledby="municipality-round-tables-heading">
      <h2 id="municipality-round-tables-heading" className="kern-heading-medium">Runde Tische und andere Formate ({rows.length})</h2>
      {rows.length === 0 ? <EmptyState>Hier wurde noch kein Termin erfasst.</EmptyState> : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small">
            <caption className="visually-hidden">Termine in dieser Kommune</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Datum</th>
                <th scope="col" className="kern-table__header">Termin</th>
                <th scope="col" className="kern-table__header">Format</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">Teilnehmende</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">Vereinbarungen</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">davon offen</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((r) => (
                <tr key={r.id} className="kern-table__row">
                  <td className="kern-table__cell nowrap">
                    {formatDate(r.heldOn)}
                    {r.planned ? <span className="kern-badge kern-badge--small kern-badge--info tag">geplant</span> : null}
                  </td>
                  <th scope="row" className="kern-table__cell">
                    <a className="kern-link table-link" href={hrefFor(roundTablePath(r.id))}>{r.title}</a>
                    {r.otherMunicipalityNames ? <span className="cell-sub">mit {r.otherMunicipalityNames}</span> : null}
                    {r.location ? <span className="cell-sub">{r.location}</span> : null}
                  </th>
                  <td className="kern-table__cell">{enumLabel(enums, 'roundTableFormat', r.format)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{r.headCount || '–'}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{r.agreementCount}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{r.openAgreementCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
