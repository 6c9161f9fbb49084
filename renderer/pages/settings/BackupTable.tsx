import type { OutputOf } from '../../../db/api/contract';
import { formatInstant } from '../../format/date';
import { formatBytes } from '../../format/number';

type Backup = OutputOf<'backup.list'>[number];

export function BackupTable({ backups, onRestore }: { backups: readonly Backup[]; onRestore(backup: Backup): void }) {
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--small">
        <caption className="visually-hidden">Vorhandene Sicherungen, neueste zuerst</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">Erstellt</th>
            <th scope="col" className="kern-table__header">Datei</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">Größe</th>
            <th scope="col" className="kern-table__header kern-table__header--action"><span className="visually-hidden">Aktionen</span></th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {backups.map((b) => (
            <tr key={b.path} className="kern-table__row">
              <td className="kern-table__cell nowrap">{formatInstant(b.createdAt)}</td>
              <td className="kern-table__cell break-all">{b.fileName}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatBytes(b.sizeBytes)}</td>
              <td className="kern-table__cell kern-table__cell--action">
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small"
                  aria-label={`Wiederherstellen: ${b.fileName}`} onClick={() => onRestore(b)}>
                  <span className="kern-icon kern-icon--autorenew" aria-hidden="true" />
                  <span className="kern-label">Wiederherstellen …</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
