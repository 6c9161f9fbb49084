import { useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { ApiFailure } from '../../api/ApiFailure';
import { dataChanged } from '../../api/changes';
import { Alert } from '../../components/Alert';
import { formatDate, formatInstant } from '../../format/date';
import { SnapshotDiffList } from './SnapshotDiffList';

type Report = OutputOf<'reports.get'>;

/**
 * The report's key facts and the one action that freezes its figures. Freezing is explicit because preview and
 * export read only the frozen figures, so the report does not change under the office's hands.
 */
export function SnapshotSection({ report }: { report: Report }) {
  const { draft, latestSnapshot, snapshotCount } = report;
  const [reportingDate, setReportingDate] = useState(draft.reportingDate ?? `${draft.year}-12-31`);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<ApiFailure>();

  const take = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    setNotice('');
    try {
      const taken = await api.send('reports.takeSnapshot', { draftId: draft.id, reportingDate });
      setNotice(`Die Zahlen wurden zum Stichtag ${formatDate(taken.reportingDate)} festgeschrieben.`);
      dataChanged();
    } catch (error) {
      setFailure(ApiFailure.from(error));
    } finally {
      setBusy(false);
    }
  };

  const facts: [string, string][] = [
    ['Förderjahr', draft.year == null ? '–' : String(draft.year)],
    ['Stichtag', formatDate(draft.reportingDate) || '–'],
    ['Zahlen festgeschrieben', latestSnapshot ? formatInstant(latestSnapshot.takenAt) : 'noch nicht'],
    ['Zahlenstände', String(snapshotCount)],
  ];
  return (
    <section className="report-snapshot" aria-labelledby="report-snapshot-title">
      <h2 className="visually-hidden" id="report-snapshot-title">Zahlenstand</h2>
      <dl className="kern-description-list facts facts--inline">
        {facts.map(([key, value]) => (
          <div className="kern-description-list-item" key={key}>
            <dt className="kern-description-list-item__key">{key}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="report-snapshot__row">
        <div className="kern-form-input">
          <label className="kern-label" htmlFor="report-reporting-date">Stichtag der Zahlen</label>
          <input id="report-reporting-date" type="date" className="kern-form-input__input" value={reportingDate}
            onChange={(e) => setReportingDate(e.target.value)} />
        </div>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={take} aria-disabled={busy || !reportingDate || undefined}>
          <span className="kern-label">{busy ? 'Wird festgeschrieben …' : `Zahlen festschreiben (Stichtag ${formatDate(reportingDate)})`}</span>
        </button>
      </div>
      <p className="kern-body kern-body--small notice" role="status">{notice}</p>
      {failure ? (
        <Alert variant="danger" title="Die Zahlen konnten nicht festgeschrieben werden" role="alert">
          <p className="kern-body">{failure.message}</p>
        </Alert>
      ) : null}
      {snapshotCount > 1 ? <SnapshotDiffList draftId={draft.id} /> : null}
    </section>
  );
}
