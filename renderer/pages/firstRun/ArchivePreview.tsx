import { formatInstant } from '../../format/date';
import { formatBytes, formatNumber } from '../../format/number';
import type { ArchiveHeader } from './archiveHeader';

/** Whose data the chosen archive holds, from when, and how much of it: what the user confirms before the import. */
export function ArchivePreview({ header, fileName, sizeBytes, headingId }: {
  header: ArchiveHeader;
  fileName: string;
  sizeBytes: number;
  headingId: string;
}) {
  const facts: Array<[string, string, string?]> = [
    ['Dienststelle', header.officeName ?? 'nicht angegeben'],
    ['Exportiert am', formatInstant(header.exportedAt)],
    ['Exportiert von', header.exportedBy ?? 'nicht angegeben'],
    ['Datei', `${fileName} (${formatBytes(sizeBytes)})`, 'break-all'],
    ['Version', `Archivformat ${header.formatVersion}, Datenbankstand ${header.schemaMigrations}`],
  ];
  return (
    <div className="archive-preview">
      <h3 id={headingId} className="kern-heading-small">Inhalt des Archivs</h3>
      <dl className="kern-description-list facts">
        {facts.map(([key, value, className]) => (
          <div className="kern-description-list-item" key={key}>
            <dt className="kern-description-list-item__key">{key}</dt>
            <dd className={`kern-description-list-item__value${className ? ` ${className}` : ''}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="kern-body">Das Archiv enthält insgesamt {formatNumber(header.totalRows)} Datensätze, darunter:</p>
      <table className="kern-table kern-table--small">
        <caption className="visually-hidden">Datensätze im Archiv nach Art</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">Art</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">Anzahl</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {header.counts.map((c) => (
            <tr key={c.label} className="kern-table__row">
              <th scope="row" className="kern-table__cell">{c.label}</th>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(c.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
