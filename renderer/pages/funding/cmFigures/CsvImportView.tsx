import { useId, useRef, useState, type ChangeEvent } from 'react';
import { ApiFailure } from '../../../api/ApiFailure';
import { api } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { hrefFor } from '../../../app/router';
import { Alert } from '../../../components/Alert';
import { ImportReportView } from './ImportReportView';
import { importedText, type ImportReport } from './importReport';
import { exportNotice, saveExport } from '../../../api/saveExport';
import { cmViewPath } from './cmViews';

interface Checked {
  fileName: string;
  text: string;
  report: ImportReport;
  /** Rows that match stored entries exist; only then is replacing offered. */
  duplicates: boolean;
}

const check = async (text: string, replaceExisting: boolean) =>
  api.send('cmFigures.importCsv', { csvText: text, dryRun: true, replaceExisting });

/**
 * CSV import in two steps: choosing a file runs a dry run whose report names every bad row and column; only a
 * file without a single bad row can be imported, and then all its rows are written in one transaction.
 */
export function CsvImportView() {
  const fileId = useId();
  const hintId = useId();
  const [checked, setChecked] = useState<Checked>();
  const [replace, setReplace] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure>();
  const [notice, setNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Controls stay enabled while a check runs (disabling would drop keyboard focus); repeated actions wait here.
  const busyRef = useRef(false);

  const run = async (task: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setFailure(undefined);
    try {
      await task();
    } catch (error) {
      setFailure(ApiFailure.from(error));
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const review = (fileName: string, text: string, replaceExisting: boolean) => run(async () => {
    const report = await check(text, replaceExisting);
    const duplicates = replaceExisting ? report.replaceCount > 0 : (await check(text, true)).replaceCount > 0;
    setChecked({ fileName, text, report, duplicates });
  });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so choosing the corrected file under the same name counts as a new choice.
    event.target.value = '';
    if (!file) return;
    setNotice('');
    setChecked(undefined);
    await review(file.name, await file.text(), replace);
  };

  const changeReplace = async (value: boolean) => {
    if (busyRef.current) return;
    setReplace(value);
    if (checked) await review(checked.fileName, checked.text, value);
  };

  const importAll = () => run(async () => {
    if (!checked) return;
    const report = await api.send('cmFigures.importCsv', { csvText: checked.text, dryRun: false, replaceExisting: replace });
    if (report.imported) {
      setChecked(undefined);
      setNotice(importedText(report));
      dataChanged();
      // The report and its button are gone; the heading is where the keyboard user continues.
      headingRef.current?.focus();
    } else {
      setChecked({ ...checked, report });
    }
  });

  return (
    <section className="page-section" aria-labelledby="cm-import-heading">
      <h2 id="cm-import-heading" ref={headingRef} tabIndex={-1} className="kern-heading-medium">Fallzahlen aus CSV importieren</h2>
      <div className="cm-import-step">
        <h3 className="kern-heading-small">1. Vorlage</h3>
        <p className="kern-body">
          Die Vorlage enthält die Kopfzeile mit den deutschen Spaltennamen und eine Beispielzeile, die Sie ersetzen. Trennzeichen ist das
          Semikolon, Datumsangaben wie 01.01.2025, Zahlen mit Dezimalkomma. Träger und Kommune werden über ihren Namen aus den Stammdaten erkannt.
        </p>
        <button type="button" className="kern-btn kern-btn--secondary"
          onClick={() => run(async () => setNotice(exportNotice(await saveExport('exports.cmCsvTemplate', {}))))}>
          <span className="kern-icon kern-icon--download" aria-hidden="true" />
          <span className="kern-label">Vorlage herunterladen</span>
        </button>
      </div>
      <div className="cm-import-step">
        <h3 className="kern-heading-small">2. Datei prüfen</h3>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={fileId}>CSV-Datei auswählen</label>
          <div className="kern-hint" id={hintId}>Die Datei wird zuerst nur geprüft; importiert wird erst, wenn alle Zeilen gültig sind.</div>
          <input id={fileId} className="kern-form-input__input" type="file" accept=".csv,text/csv,text/plain" aria-describedby={hintId}
            onChange={choose} />
        </div>
      </div>
      <p className="kern-body notice" role="status">{busy ? 'Bitte warten …' : notice}</p>
      {notice && !checked ? <p className="kern-body"><a className="kern-link" href={hrefFor(cmViewPath(''))}>Zur Tabelle der Fallzahlen</a></p> : null}
      {failure ? (
        <Alert variant="danger" title="Die Datei konnte nicht geprüft oder importiert werden" role="alert">
          <p className="kern-body">{failure.message}</p>
        </Alert>
      ) : null}
      {checked ? (
        <ImportReportView fileName={checked.fileName} report={checked.report} duplicates={checked.duplicates} replace={replace}
          busy={busy} onReplaceChange={changeReplace} onImport={importAll} />
      ) : null}
    </section>
  );
}
