import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { EmptyState } from '../../components/EmptyState';
import { formatDate } from '../../format/date';

type RoundTable = OutputOf<'overview.summary'>['recentRoundTables'][number];

export function RecentRoundTablesSection({ roundTables }: { roundTables: readonly RoundTable[] }) {
  const enums = useEnums();
  return (
    <section className="page-section" aria-labelledby="roundtables-heading">
      <h2 id="roundtables-heading" className="kern-heading-medium">Letzte Runde Tische</h2>
      {roundTables.length === 0 ? <EmptyState>Es haben noch keine Runden Tische stattgefunden.</EmptyState> : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small">
            <caption className="visually-hidden">Letzte Runde Tische</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Datum</th>
                <th scope="col" className="kern-table__header">Titel</th>
                <th scope="col" className="kern-table__header">Format</th>
                <th scope="col" className="kern-table__header">Kommunen</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {roundTables.map((r) => (
                <tr key={r.id} className="kern-table__row">
                  <td className="kern-table__cell nowrap">{formatDate(r.heldOn)}</td>
                  <td className="kern-table__cell">{r.title}</td>
                  <td className="kern-table__cell">{enumLabel(enums, 'roundTableFormat', r.format)}</td>
                  <td className="kern-table__cell">{r.countyWide ? 'kreisweit' : r.municipalityNames}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
