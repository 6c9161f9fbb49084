import type { OutputOf } from '../../../../db/api/contract';
import { enumLabel, useEnums } from '../../../api/enums';
import { periodText, seatName } from './rosterGroups';

export type Seat = OutputOf<'memberships.list'>[number];
export type SeatAction = 'edit' | 'replace' | 'end' | 'delete';

interface RosterTableProps {
  caption: string;
  rows: readonly Seat[];
  onAction(action: SeatAction, seat: Seat): void;
}

const ACTIONS: { action: SeatAction; label: string; icon: string; currentOnly: boolean }[] = [
  { action: 'edit', label: 'Bearbeiten', icon: 'edit', currentOnly: false },
  { action: 'replace', label: 'Mitglied wechseln', icon: 'autorenew', currentOnly: true },
  { action: 'end', label: 'Sitz beenden', icon: 'close', currentOnly: true },
  { action: 'delete', label: 'Löschen', icon: 'delete', currentOnly: false },
];

/** The seats of one group of the roster; former holders are marked in words, not only by colour. */
export function RosterTable({ caption, rows, onAction }: RosterTableProps) {
  const enums = useEnums();
  return (
    <div className="kern-table-responsive roster-table">
      <table className="kern-table kern-table--small">
        <caption className="kern-heading-small roster-table__caption">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">Sitz</th>
            <th scope="col" className="kern-table__header">Mitglied</th>
            <th scope="col" className="kern-table__header">Vertretung</th>
            <th scope="col" className="kern-table__header">Rolle</th>
            <th scope="col" className="kern-table__header">Zeitraum</th>
            <th scope="col" className="kern-table__header kern-table__header--action"><span className="visually-hidden">Aktionen</span></th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((seat) => {
            const name = seatName(seat);
            return (
              <tr key={seat.id} className={`kern-table__row${seat.current ? '' : ' roster-table__former'}`}>
                <th scope="row" className="kern-table__cell">
                  {name}
                  {seat.seatLabel && seat.organisationName && seat.organisationName !== seat.seatLabel
                    ? <span className="cell-sub">{seat.organisationName}</span> : null}
                </th>
                <td className="kern-table__cell">{seat.personName ?? '–'}</td>
                <td className="kern-table__cell">{seat.deputyName ?? '–'}</td>
                <td className="kern-table__cell">
                  {enumLabel(enums, 'membershipRole', seat.role)}
                  {seat.occasional ? <span className="kern-badge kern-badge--info kern-badge--small tag">anlassbezogen</span> : null}
                </td>
                <td className="kern-table__cell">
                  {periodText(seat.validFrom, seat.validTo)}
                  {seat.current ? null : <span className="cell-sub">frühere Besetzung</span>}
                </td>
                <td className="kern-table__cell kern-table__cell--action">
                  <span className="row-actions">
                    {ACTIONS.filter((a) => seat.current || !a.currentOnly).map((a) => (
                      <button key={a.action} type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small"
                        title={`${a.label}: ${name}`} onClick={() => onAction(a.action, seat)}>
                        <span className={`kern-icon kern-icon--${a.icon}`} aria-hidden="true" />
                        <span className="kern-sr-only">{a.label}: {name}</span>
                      </button>
                    ))}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
