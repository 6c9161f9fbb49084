import { useId } from 'react';
import { Alert } from '../../../components/Alert';
import { importView, type ImportReport } from './importReport';

interface ImportReportViewProps {
  fileName: string;
  report: ImportReport;
  duplicates: boolean;
  replace: boolean;
  busy: boolean;
  onReplaceChange(value: boolean): void;
  onImport(): void;
}

/** The dry run's result: counts, every problem by line and column, and the import button once the file is clean. */
export function ImportReportView({ fileName, report, duplicates, replace, busy, onReplaceChange, onImport }: ImportReportViewProps) {
  const view = importView(report);
  const replaceId = useId();
  return (
    <div className="cm-import-step" aria-labelledby="cm-report-heading" role="group">
      <h3 id="cm-report-heading" className="kern-heading-small">3. Prüfbericht für „{fileName}“</h3>
      <dl className="cm-counts">
        {view.counts.map((c) => <div key={c.label}><dt className="kern-body">{c.label}</dt><dd>{c.value}</dd></div>)}
      </dl>
      {view.canImport
        ? <Alert variant="success" title="Die Datei ist gültig" role="status"><p className="kern-body">{view.status}</p></Alert>
        : <Alert variant="danger" title="Nichts importiert" role="alert"><p className="kern-body">{view.status}</p></Alert>}
      {report.warnings.length > 0 ? (
        <Alert variant="warning" title="Hinweise">
          <ul className="kern-list kern-list--bullet">{report.warnings.map((w) => <li key={w} className="kern-body">{w}</li>)}</ul>
        </Alert>
      ) : null}
      {view.issues.length > 0 ? (
        <div className="kern-table-responsive" tabIndex={0} role="region" aria-label="Fehler in der Datei">
          <table className="kern-table kern-table--small">
            <caption className="kern-title">Fehler in der Datei</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Zeile</th>
                <th scope="col" className="kern-table__header">Spalte</th>
                <th scope="col" className="kern-table__header">Problem</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {view.issues.map((i) => (
                <tr key={i.key} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">{i.line === '–' ? 'Datei' : `Zeile ${i.line}`}</th>
                  <td className="kern-table__cell">{i.column}</td>
                  <td className="kern-table__cell">{i.problem}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="cm-import-actions">
        {duplicates ? (
          <div className="kern-form-check">
            <input id={replaceId} type="checkbox" className="kern-form-check__checkbox" checked={replace}
              onChange={(e) => onReplaceChange(e.target.checked)} />
            <label className="kern-label" htmlFor={replaceId}>Vorhandene Werte ersetzen</label>
          </div>
        ) : null}
        <button type="button" className="kern-btn kern-btn--primary" disabled={!view.canImport} aria-disabled={busy || undefined} onClick={onImport}>
          <span className="kern-label">{view.importLabel}</span>
        </button>
      </div>
    </div>
  );
}
