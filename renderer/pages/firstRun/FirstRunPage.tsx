import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ApiFailure } from '../../api/ApiFailure';
import { useApiData } from '../../api/useApiData';
import { Alert } from '../../components/Alert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/PageTitle';
import { ArchiveImport } from './ArchiveImport';

/**
 * The first start: either the office names itself and chooses between an empty start and the demo Kreis, or it
 * takes over its data from an archive (a move to a new computer). Nothing is written until "Einrichten" or
 * "Daten übernehmen", and then everything in one step.
 */
export function FirstRunPage({ onDone }: { onDone(): void }) {
  useDocumentTitle('Willkommen');
  const [officeName, setOfficeName] = useState('');
  const [demo, setDemo] = useState(false);
  const [failure, setFailure] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const importStatus = useApiData('archive.importStatus');
  const nameError = failure?.issues.find((i) => i.field === 'officeName')?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await api.send('setup.initialize', { officeName, demo });
      onDone();
    } catch (error) {
      const f = ApiFailure.from(error);
      setFailure(f);
      setBusy(false);
      if (f.issues.some((i) => i.field === 'officeName')) document.getElementById(`${id}-name`)?.focus();
    }
  };

  return (
    <main id="main" className="first-run" tabIndex={-1}>
      <h1 className="kern-heading-large">Willkommen bei KIM Desk</h1>
      <p className="kern-body">
        KIM Desk unterstützt die Koordinierungsstelle des Kommunalen Integrationsmanagements: Stammdaten, Gremien, Runde Tische,
        Fallrekonstruktionen und Berichte an einem Ort. Alle Daten bleiben auf diesem Rechner.
      </p>
      <section className="page-section" aria-labelledby={`${id}-setup`}>
        <h2 id={`${id}-setup`} className="kern-heading-medium">Neu einrichten</h2>
        <form noValidate onSubmit={submit} className="first-run__form">
          {failure && !nameError ? (
            <Alert variant="danger" title="Einrichten nicht möglich" role="alert"><p className="kern-body">{failure.message}</p></Alert>
          ) : null}
          <div className={`kern-form-input${nameError ? ' kern-form-input--error' : ''}`}>
            <label className="kern-label" htmlFor={`${id}-name`}>Name des Büros<span className="required-mark" aria-hidden="true"> *</span></label>
            <div className="kern-hint" id={`${id}-hint`}>z. B. Kreis Euskirchen – Kommunales Integrationszentrum</div>
            <input id={`${id}-name`} className={`kern-form-input__input${nameError ? ' kern-form-input__input--error' : ''}`} type="text"
              value={officeName} onChange={(e) => setOfficeName(e.target.value)} maxLength={200} autoComplete="organization"
              aria-required="true" aria-invalid={nameError ? true : undefined}
              aria-describedby={`${id}-hint${nameError ? ` ${id}-error` : ''}`} />
            {nameError ? (
              <p className="kern-error" id={`${id}-error`} role="alert">
                <span className="kern-icon kern-icon--danger" aria-hidden="true" />
                <span className="kern-body">{nameError}</span>
              </p>
            ) : null}
          </div>
          <fieldset className="kern-fieldset">
            <legend className="kern-label">Wie möchten Sie beginnen?</legend>
            <div className="kern-fieldset__body">
              <div className="kern-form-check">
                <input className="kern-form-check__radio" type="radio" id={`${id}-empty`} name="start" checked={!demo} onChange={() => setDemo(false)} />
                <label className="kern-label" htmlFor={`${id}-empty`}>Leer beginnen</label>
              </div>
              <div className="kern-form-check">
                <input className="kern-form-check__radio" type="radio" id={`${id}-demo`} name="start" checked={demo} onChange={() => setDemo(true)}
                  aria-describedby={`${id}-demo-hint`} />
                <label className="kern-label" htmlFor={`${id}-demo`}>Mit Demodaten eines fiktiven Kreises beginnen</label>
              </div>
              <p className="kern-hint" id={`${id}-demo-hint`}>
                Die Demodaten zeigen, wie ein gefülltes KIM Desk aussieht. Personen und Fallzahlen darin sind erfunden.
              </p>
            </div>
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined}>
              <span className="kern-label">{busy ? 'Wird eingerichtet …' : 'Einrichten'}</span>
            </button>
          </div>
        </form>
      </section>
      <section className="page-section" aria-labelledby={`${id}-import`}>
        <h2 id={`${id}-import`} className="kern-heading-medium">Bestehende Daten übernehmen: Archiv importieren</h2>
        <p className="kern-body">
          Zieht KIM Desk auf einen neuen Rechner um, übernehmen Sie hier das Archiv, das Sie auf dem alten Rechner unter
          Einstellungen → Datensicherung → „Archiv exportieren“ erstellt haben. Der Name des Büros und alle Daten kommen aus dem
          Archiv; das Einrichten oben entfällt dann.
        </p>
        <Loading data={importStatus.data} error={importStatus.error} what="Der Stand der Datenbank">
          {(status) => <ArchiveImport status={status} onImported={() => onDone()} blocked={<BlockedHere existing={status.existing} />} />}
        </Loading>
      </section>
    </main>
  );
}

/** Only possible if something was written outside this screen (another window set up the office meanwhile). */
function BlockedHere({ existing }: { existing: string[] }) {
  return (
    <Alert variant="info" title="Import nicht mehr möglich">
      <p className="kern-body">Die Datenbank enthält inzwischen Daten ({existing.slice(0, 4).join(', ')}). Bitte die Seite neu laden.</p>
    </Alert>
  );
}
