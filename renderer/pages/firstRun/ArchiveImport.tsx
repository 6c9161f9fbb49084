import { useId, useState, type ChangeEvent, type ReactNode } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { ApiFailure } from '../../api/ApiFailure';
import { electronBridge } from '../../api/bridge';
import { Alert } from '../../components/Alert';
import { formatBytes } from '../../format/number';
import { archiveSizeProblem, maxArchiveBytes, readArchiveBase64, readArchiveHead } from './archiveFile';
import { readArchiveHeader, type ArchiveHeader } from './archiveHeader';
import { ArchivePreview } from './ArchivePreview';

type ImportStatus = OutputOf<'archive.importStatus'>;
export type ImportResult = OutputOf<'archive.import'>;

interface Picked {
  fileName: string;
  sizeBytes: number;
  header: ArchiveHeader;
  dataBase64: string;
}

/**
 * Choose an archive file, see what it holds, then take it over. Nothing reaches the core before the user has seen
 * the preview and confirmed; a file the preview cannot read is refused right at the field. When the database is not
 * empty the field is disabled and `blocked` says why.
 */
export function ArchiveImport({ status, blocked, onImported }: {
  status: ImportStatus;
  blocked?: ReactNode;
  onImported(result: ImportResult): void;
}) {
  const id = useId();
  const desktop = electronBridge() !== undefined;
  const [picked, setPicked] = useState<Picked>();
  const [problem, setProblem] = useState('');
  const [reading, setReading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure>();
  const allowed = status.allowed;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPicked(undefined);
    setProblem('');
    setFailure(undefined);
    if (!file) return;
    const tooBig = archiveSizeProblem(file.size, desktop);
    if (tooBig) return setProblem(tooBig);
    setReading(true);
    try {
      const head = await readArchiveHead(file);
      if (!head.ok) return setProblem(head.message);
      const result = readArchiveHeader(head.text, status);
      if (!result.ok) return setProblem(result.message);
      setPicked({ fileName: file.name, sizeBytes: file.size, header: result.header, dataBase64: await readArchiveBase64(file) });
    } catch {
      setProblem('Die Datei ließ sich nicht lesen. Bitte die Datei erneut wählen.');
    } finally {
      setReading(false);
    }
  };

  const importNow = async () => {
    if (!picked || busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await api.send('archive.import', { dataBase64: picked.dataBase64 });
      onImported(result);
    } catch (error) {
      setFailure(ApiFailure.from(error));
      setBusy(false);
    }
  };

  const describedBy = [`${id}-hint`, problem ? `${id}-error` : '', allowed ? '' : `${id}-blocked`].filter(Boolean).join(' ');
  return (
    <div className="archive-import">
      {allowed ? null : <div id={`${id}-blocked`}>{blocked}</div>}
      <div className={`kern-form-input${problem ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={`${id}-file`}>Archivdatei (.jsonl.gz)</label>
        <div className="kern-hint" id={`${id}-hint`}>
          Die Datei aus „Archiv exportieren“, z. B. kim-desk-archiv-2026-11-16.jsonl.gz (ältere Archive: .json); höchstens{' '}
          {formatBytes(maxArchiveBytes(desktop))} groß
        </div>
        <input id={`${id}-file`} className={`kern-form-input__input${problem ? ' kern-form-input__input--error' : ''}`}
          type="file" accept=".gz,application/gzip,.jsonl,.json,application/json" disabled={!allowed || busy} onChange={(e) => void choose(e)}
          aria-describedby={describedBy} aria-invalid={problem ? true : undefined} />
        {problem ? (
          <p className="kern-error" id={`${id}-error`} role="alert">
            <span className="kern-icon kern-icon--danger" aria-hidden="true" />
            <span className="kern-body">{problem}</span>
          </p>
        ) : null}
      </div>
      <p className="kern-body notice" role="status">
        {reading ? 'Die Datei wird gelesen …' : picked ? 'Die Datei ist ein KIM-Desk-Archiv. Bitte den Inhalt prüfen und dann „Daten übernehmen“ wählen.' : ''}
      </p>
      {picked ? (
        <section aria-labelledby={`${id}-preview`}>
          <ArchivePreview header={picked.header} fileName={picked.fileName} sizeBytes={picked.sizeBytes} headingId={`${id}-preview`} />
          <p className="kern-body">
            Mit „Daten übernehmen“ liest KIM Desk alle Daten des Archivs in diese noch leere Installation ein und öffnet danach die
            Übersicht{picked.header.officeName ? ` von „${picked.header.officeName}“` : ''}.
          </p>
          {failure ? (
            <Alert variant="danger" title="Import nicht möglich" role="alert"><p className="kern-body">{failure.message}</p></Alert>
          ) : null}
          <div className="form-actions">
            <button type="button" className="kern-btn kern-btn--primary" onClick={() => void importNow()} aria-disabled={busy || undefined}>
              <span className="kern-label">{busy ? 'Daten werden übernommen …' : 'Daten übernehmen'}</span>
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
