import { useId, useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { ApiFailure } from '../../api/ApiFailure';
import { dataChanged } from '../../api/changes';
import { useApiData } from '../../api/useApiData';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { BackupTable } from './BackupTable';
import { canChooseFolder, chooseFolder } from './folderChoice';
import { RestoreDialog } from './RestoreDialog';
import { takeRestoreNotice } from './restoreNotice';

type Backup = OutputOf<'backup.list'>[number];

// Read once per page load: the window reloads right after a restore.
const RESTORED = takeRestoreNotice();

export function BackupSection() {
  const { data, error } = useApiData('backup.list');
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true; text: string } | { ok: false; failure: ApiFailure }>();
  const [restoring, setRestoring] = useState<Backup>();
  const folderId = useId();
  const native = canChooseFolder();

  const backUp = async () => {
    if (busy) return;
    setBusy(true);
    setResult(undefined);
    try {
      const created = await api.send('backup.create', folder.trim() ? { folder: folder.trim() } : {});
      setResult({ ok: true, text: `Die Sicherung „${created.fileName}“ wurde erstellt und geprüft. Ablage: ${created.path}` });
      dataChanged();
    } catch (e) {
      setResult({ ok: false, failure: ApiFailure.from(e) });
    } finally {
      setBusy(false);
    }
  };

  const pick = async () => {
    const chosen = await chooseFolder().catch(() => undefined);
    if (chosen) setFolder(chosen);
  };

  return (
    <section className="page-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading" className="kern-heading-medium">Sicherungen</h2>
      <p className="kern-body">
        Eine Sicherung ist eine vollständige, geprüfte Kopie aller Daten. Ohne Ordnerangabe landet sie im Ordner „backups“ des Datenordners;
        für den Ernstfall sollte regelmäßig auch eine Sicherung auf einem anderen Laufwerk liegen.
      </p>
      <div className="backup-create">
        <div className="kern-form-input backup-create__folder">
          <label className="kern-label" htmlFor={folderId}>Zielordner <span className="kern-label__optional">– optional</span></label>
          <div className="kern-hint" id={`${folderId}-hint`}>Leer lassen für den Standardordner im Datenordner</div>
          <input id={folderId} className="kern-form-input__input" type="text" value={folder} readOnly={native}
            aria-describedby={`${folderId}-hint`} onChange={(e) => setFolder(e.target.value)} autoComplete="off" />
        </div>
        {native ? (
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void pick()}>
            <span className="kern-label">Ordner wählen …</span>
          </button>
        ) : null}
        {native && folder ? (
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setFolder('')}>
            <span className="kern-label">Standardordner verwenden</span>
          </button>
        ) : null}
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => void backUp()} aria-disabled={busy || undefined}>
          <span className="kern-label">{busy ? 'Sicherung läuft …' : 'Jetzt sichern'}</span>
        </button>
      </div>
      {RESTORED ? (
        <Alert variant="success" title="Sicherung wiederhergestellt">
          <p className="kern-body">Die Daten entsprechen jetzt der Sicherung vom {RESTORED.when} ({RESTORED.from}).</p>
          <p className="kern-body">Der vorherige Stand wurde gesichert unter: {RESTORED.safety}</p>
        </Alert>
      ) : null}
      <div role="status">
        {result?.ok ? <Alert variant="success" title="Sicherung erstellt"><p className="kern-body">{result.text}</p></Alert> : null}
      </div>
      {result && !result.ok ? (
        <Alert variant="danger" title="Sicherung fehlgeschlagen" role="alert"><p className="kern-body">{result.failure.message}</p></Alert>
      ) : null}
      <h3 className="kern-heading-small">Vorhandene Sicherungen im Datenordner</h3>
      <Loading data={data} error={error} what="Die Sicherungen">
        {(backups) => backups.length === 0
          ? <EmptyState>Es gibt noch keine Sicherungen im Datenordner.</EmptyState>
          : <BackupTable backups={backups} onRestore={setRestoring} />}
      </Loading>
      {restoring ? <RestoreDialog backup={restoring} onClose={() => setRestoring(undefined)} /> : null}
    </section>
  );
}
