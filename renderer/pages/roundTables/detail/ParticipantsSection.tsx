import { enumLabel, useEnums } from '../../../api/enums';
import { EmptyState } from '../../../components/EmptyState';
import type { RoundTableDetail } from '../form/roundTableForm';
import { countOf, groupByRole, participantName } from './participantGroups';

/** Who took part, by role, with head counts per role and in total. */
export function ParticipantsSection({ detail }: { detail: RoundTableDetail }) {
  const enums = useEnums();
  const groups = groupByRole(detail.participants, Object.keys(enums.participantRole));
  const total = groups.reduce((sum, g) => sum + g.headCount, 0);
  return (
    <section className="page-section" aria-labelledby="participants-heading">
      <h2 id="participants-heading" className="kern-heading-medium">Teilnehmende{total > 0 ? ` (${total})` : ''}</h2>
      {groups.length === 0 ? <EmptyState>Es sind keine Teilnehmenden erfasst.</EmptyState> : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small participants-table">
            <caption className="visually-hidden">Teilnehmende nach Rolle</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Rolle</th>
                <th scope="col" className="kern-table__header">Organisation / Person</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">Anzahl</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {groups.map((g) => g.participants.map((p, i) => (
                <tr key={`${g.role}-${i}`} className="kern-table__row">
                  {i === 0 ? (
                    <th scope="rowgroup" rowSpan={g.participants.length} className="kern-table__cell participants-table__role">
                      {enumLabel(enums, 'participantRole', g.role)}
                      <span className="cell-sub">zusammen {g.headCount}</span>
                    </th>
                  ) : null}
                  <td className="kern-table__cell">
                    {participantName(p)}
                    {p.note && (p.organisationName || p.personName) ? <span className="cell-sub">{p.note}</span> : null}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">{countOf(p) || '–'}</td>
                </tr>
              )))}
            </tbody>
            <tfoot>
              <tr className="kern-table__row">
                <th scope="row" colSpan={2} className="kern-table__cell">Insgesamt</th>
                <td className="kern-table__cell kern-table__cell--numeric">{total}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
