import { useId, useState } from 'react';
import type { EncryptionChange, EncryptionStatus } from '../../../../db/services/encryption/encryption';
import { api } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { useApiData } from '../../../api/useApiData';
import { Alert } from '../../../components/Alert';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Loading } from '../../../components/Loading';
import { changeText, keyText, stateText } from './encryptionText';

/**
 * Encryption at rest as a setting. The consequences come before the button, because the one thing that can go
 * wrong here is losing access: the key exists only for this user account on this computer.
 */
export function EncryptionSection() {
  const { data, error } = useApiData('encryption.status');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string>();
  return (
    <section className="page-section" aria-labelledby="encryption-heading">
      <h2 id="encryption-heading" className="kern-heading-medium">Verschlüsselung</h2>
      <p className="kern-body page-intro">
        Auf Wunsch verschlüsselt KIM Desk die Datenbank im Datenordner und die Sicherungen. Wer die Dateien kopiert – von einem
        verlorenen Laptop, einem Netzlaufwerk oder aus einer Sicherung –, kann sie ohne den Schlüssel nicht lesen.
      </p>
      <div role="status">
        {done ? <Alert variant="success" title="Verschlüsselung geändert"><p className="kern-body">{done}</p></Alert> : null}
      </div>
      <Loading data={data} error={error} what="Der Verschlüsselungsstatus">
        {(status) => (
          <>
            <StatusFacts status={status} />
            <Consequences encrypted={status.encrypted} />
            <Toggle status={status} onToggle={() => { setDone(undefined); setConfirming(true); }} />
            {confirming ? (
              <ToggleDialog status={status} onDone={setDone} onClose={() => setConfirming(false)} />
            ) : null}
          </>
        )}
      </Loading>
    </section>
  );
}

function StatusFacts({ status }: { status: EncryptionStatus }) {
  return (
    <dl className="kern-description-list facts facts--inline">
      <div className="kern-description-list-item">
        <dt className="kern-description-list-item__key">Datenbank</dt>
        <dd className="kern-description-list-item__value" data-testid="encryption-state">{stateText(status)}</dd>
      </div>
      <div className="kern-description-list-item">
        <dt className="kern-description-list-item__key">Schlüssel</dt>
        <dd className="kern-description-list-item__value">{keyText(status)}</dd>
      </div>
    </dl>
  );
}

function Consequences({ encrypted }: { encrypted: boolean }) {
  return (
    <>
      <h3 className="kern-heading-small">{encrypted ? 'Was die Verschlüsselung bedeutet' : 'Bevor Sie einschalten'}</h3>
      <ul className="kern-list kern-list--bullet">
        <li className="kern-body">
          Die Daten lassen sich <strong>nur unter diesem Benutzerkonto auf diesem Computer</strong> öffnen. Geht das Konto verloren
          – neuer Computer, neu eingerichtetes Profil, ein von der IT zurückgesetztes Kennwort –, ist auch der Schlüssel verloren.
        </li>
        <li className="kern-body">
          Bewahren Sie deshalb regelmäßig einen <strong>Gesamtexport (Archiv)</strong> an einem geschützten Ort auf (Einstellungen →
          Datensicherung). Das Archiv ist nicht verschlüsselt und lässt sich auf jedem Computer in ein neues KIM Desk einlesen.
        </li>
        <li className="kern-body">
          <strong>Sicherungen</strong> sind so verschlüsselt wie die Datenbank. Beim Ein- und Ausschalten werden die Sicherungen im
          Datenordner mit umgestellt; Sicherungen in anderen Ordnern bleiben, wie sie sind. Eine verschlüsselte Sicherung lässt sich
          nur hier wiederherstellen (Einstellungen → Datensicherung), und nach dem Ausschalten gar nicht mehr.
        </li>
      </ul>
    </>
  );
}

function Toggle({ status, onToggle }: { status: EncryptionStatus; onToggle(): void }) {
  const reasonId = useId();
  // Switching off needs no key store; switching on needs one that keeps the key safe.
  const blocked = !status.encrypted && !status.available;
  const label = status.encrypted ? 'Verschlüsselung ausschalten …' : 'Verschlüsselung einschalten …';
  return (
    <>
      {blocked ? (
        <Alert variant="info" title={status.keyStore === 'none' ? 'Nur in der Desktop-App verfügbar' : 'Derzeit nicht möglich'} id={reasonId}>
          <p className="kern-body">{status.reason}</p>
        </Alert>
      ) : null}
      <div className="form-actions">
        <button type="button" className={`kern-btn kern-btn--${status.encrypted ? 'secondary' : 'primary'}`}
          aria-disabled={blocked || undefined} aria-describedby={blocked ? reasonId : undefined}
          onClick={() => { if (!blocked) onToggle(); }}>
          <span className="kern-label">{label}</span>
        </button>
      </div>
    </>
  );
}

function ToggleDialog({ status, onDone, onClose }: { status: EncryptionStatus; onDone(text: string): void; onClose(): void }) {
  const { encrypted } = status;
  const confirm = async () => {
    const change: EncryptionChange = await api.send(encrypted ? 'encryption.disable' : 'encryption.enable');
    onDone(changeText(change));
    dataChanged();
  };
  return encrypted ? (
    <ConfirmDialog title="Verschlüsselung ausschalten" confirmLabel="Ausschalten" failureTitle="Ausschalten nicht möglich"
      onConfirm={confirm} onClose={onClose}>
      <p className="kern-body">
        Die Datenbank und die Sicherungen im Datenordner werden entschlüsselt; danach wird der Schlüssel gelöscht. Verschlüsselte
        Sicherungen in anderen Ordnern lassen sich dann nicht mehr öffnen.
      </p>
    </ConfirmDialog>
  ) : (
    <ConfirmDialog title="Verschlüsselung einschalten" confirmLabel="Einschalten" failureTitle="Einschalten nicht möglich"
      onConfirm={confirm} onClose={onClose}>
      <p className="kern-body">
        KIM Desk erzeugt einen neuen Schlüssel, legt ihn {status.keyLocation} ab und verschlüsselt die Datenbank
        und die Sicherungen im Datenordner. Das dauert bei großen Datenbeständen einige Sekunden.
      </p>
      <p className="kern-body">
        Ab dann lassen sich die Daten nur unter diesem Benutzerkonto auf diesem Computer öffnen. Haben Sie einen aktuellen
        Gesamtexport (Archiv) an einem sicheren Ort?
      </p>
    </ConfirmDialog>
  );
}
