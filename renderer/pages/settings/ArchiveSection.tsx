import { useState } from 'react';
import { ApiFailure } from '../../api/ApiFailure';
import { dataChanged } from '../../api/changes';
import { exportNotice, saveExport } from '../../api/saveExport';
import { useApiData } from '../../api/useApiData';
import { Alert } from '../../components/Alert';
import { Loading } from '../../components/Loading';
import { formatInstant } from '../../format/date';
import { formatBytes } from '../../format/number';
import { ArchiveImport } from '../firstRun/ArchiveImport';

/**
 * The archive next to the backups: a backup restores this installation, the archive carries all data elsewhere
 * (another computer, a record kept outside the app). Both texts say so, because the two are easily confused.
 */
export function ArchiveSection() {
  return (
    <section className="page-section" aria-labelledby="archive-heading">
      <h2 id="archive-heading" className="kern-heading-medium">Gesamtexport (Archiv)</h2>
      <p className="kern-body page-intro">
        Eine <strong>Sicherung</strong> (oben) ist die Datenbankdatei selbst: Mit ihr stellen Sie diese Installation auf einen
        früheren Stand zurück. Das <strong>Archiv</strong> ist eine komprimierte JSON-Datei (gzip, Endung .jsonl.gz) mit allen Daten und
        einer Versionsangabe: für den Umzug auf einen anderen Rechner oder um die Daten außerhalb von KIM Desk aufzubewahren.
        Jedes Entpackprogramm (z. B. 7-Zip oder gunzip) macht daraus lesbares JSON, eine Zeile je Datensatz.
      </p>
      <Alert variant="warning" title="Das Archiv ist nicht verschlüsselt">
        <p className="kern-body">
          Es enthält alles, auch die Texte der Fallrekonstruktionen und den vollständigen Verlauf aller Änderungen. Bewahren Sie
          die Datei so sicher auf wie die Akten selbst: nur auf dienstlichen, geschützten Laufwerken, nicht per unverschlüsselter
          E-Mail versenden, und löschen, sobald sie nicht mehr gebraucht wird.
        </p>
      </Alert>
      <ArchiveExport />
      <h3 className="kern-heading-small">Archiv importieren</h3>
      <p className="kern-body page-intro">
        Ein Archiv lässt sich nur in eine leere Datenbank einlesen, also in ein neu installiertes KIM Desk vor dem Einrichten:
        Dort bietet die Willkommensseite „Archiv importieren“ an. So vermischen sich nie zwei Datenbestände.
      </p>
      <ImportHere />
    </section>
  );
}

function ArchiveExport() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<ApiFailure>();
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    setNotice('');
    const startedAt = new Date().toISOString();
    try {
      const saved = await saveExport('exports.archive', {});
      const when = saved.outcome === 'cancelled' ? '' : ` Größe: ${formatBytes(saved.sizeBytes)}, Stand der Daten: ${formatInstant(startedAt)}.`;
      setNotice(`${exportNotice(saved)}${when}`);
    } catch (error) {
      setFailure(ApiFailure.from(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="form-actions">
      <button type="button" className="kern-btn kern-btn--primary" onClick={() => void run()} aria-disabled={busy || undefined}>
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">{busy ? 'Archiv wird erstellt …' : 'Archiv exportieren'}</span>
      </button>
      <p className="kern-body notice" role="status">{notice}</p>
      {failure ? (
        <Alert variant="danger" title="Das Archiv konnte nicht erstellt werden" role="alert"><p className="kern-body">{failure.message}</p></Alert>
      ) : null}
    </div>
  );
}

function ImportHere() {
  const { data, error } = useApiData('archive.importStatus');
  return (
    <Loading data={data} error={error} what="Der Stand der Datenbank">
      {(status) => (
        <ArchiveImport status={status} onImported={dataChanged} blocked={(
          <Alert variant="info" title="Hier nicht möglich: Diese Datenbank enthält bereits Daten">
            <p className="kern-body">Vorhanden sind unter anderem: {status.existing.slice(0, 4).join(', ')}.</p>
            <p className="kern-body">
              Um diese Installation auf einen früheren Stand zu bringen, stellen Sie oben eine Sicherung wieder her.
            </p>
          </Alert>
        )} />
      )}
    </Loading>
  );
}
