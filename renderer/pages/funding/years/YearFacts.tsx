import { useState } from 'react';
import { dataChanged } from '../../../api/changes';
import { useApiData } from '../../../api/useApiData';
import { hrefFor, navigate } from '../../../app/router';
import { formatDate } from '../../../format/date';
import { reportPath } from '../../reports/reportPaths';
import { REPORTS_PATH, staffingPath, yearPath } from './fundingPaths';
import { YearFormDialog, type FundingYearRow } from './YearFormDialog';

/** The grant notice of the year and the report deadline, editable; links to the staffing proof and the Sachbericht. */
export function YearFacts({ row }: { row: FundingYearRow }) {
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const reports = useApiData('reports.list', { kind: 'SACHBERICHT' });
  const report = reports.data?.find((r) => r.year === row.year);
  const facts: [string, string][] = [
    ['Richtlinie', row.guidelineVersion ?? '–'],
    ['Zuwendungsbescheid vom', formatDate(row.grantNoticeDate) || '–'],
    ['Aktenzeichen', row.grantNoticeRef ?? '–'],
    ['Frist für den Sachbericht', formatDate(row.reportDeadline) || '–'],
  ];
  return (
    <section className="page-section" aria-labelledby="year-facts-heading">
      <div className="section-head">
        <h3 id="year-facts-heading" className="kern-heading-small">Zuwendungsbescheid</h3>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setEditing(true)}>
          <span className="kern-icon kern-icon--edit" aria-hidden="true" />
          <span className="kern-label">Angaben bearbeiten</span>
        </button>
      </div>
      <p className="kern-body notice" role="status">{notice}</p>
      <dl className="kern-description-list facts">
        {facts.map(([key, value]) => (
          <div className="kern-description-list-item" key={key}>
            <dt className="kern-description-list-item__key">{key}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
        {row.notes ? (
          <div className="kern-description-list-item">
            <dt className="kern-description-list-item__key">Notizen</dt>
            <dd className="kern-description-list-item__value funding-notes">{row.notes}</dd>
          </div>
        ) : null}
      </dl>
      <ul className="kern-list funding-links">
        <li><a className="kern-link" href={hrefFor(staffingPath(row.year))}>Nachweis des geförderten Personals {row.year}</a></li>
        <li>
          {report
            ? <a className="kern-link" href={hrefFor(reportPath(report.id))}>Sachbericht {row.year}</a>
            : <a className="kern-link" href={hrefFor(REPORTS_PATH)}>Sachbericht {row.year} anlegen (Berichte)</a>}
        </li>
      </ul>
      {editing ? (
        <YearFormDialog row={row} onClose={() => setEditing(false)}
          onSaved={(saved) => {
            dataChanged();
            setEditing(false);
            setNotice(`Die Angaben zum Förderjahr ${saved.year} wurden gespeichert.`);
            if (saved.year !== row.year) navigate(yearPath(saved.year));
          }} />
      ) : null}
    </section>
  );
}
