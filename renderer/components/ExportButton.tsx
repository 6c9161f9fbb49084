import { useState } from 'react';
import type { InputOf } from '../../db/api/contract';
import { ApiFailure } from '../api/ApiFailure';
import { exportNotice, saveExport, type ExportMethod } from '../api/saveExport';
import { Alert } from './Alert';

interface ExportButtonProps<M extends ExportMethod> {
  method: M;
  input: InputOf<M>;
  /** The button text, e.g. "Einladung (.docx)". */
  label: string;
  /** What is exported, for the error heading ("Die Einladung"). */
  what: string;
  variant?: 'primary' | 'secondary';
}

/** Builds one document in the core and saves or downloads it; says in German what happened. */
export function ExportButton<M extends ExportMethod>({ method, input, label, what, variant = 'secondary' }: ExportButtonProps<M>) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<ApiFailure>();
  const run = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    setNotice('');
    try {
      setNotice(exportNotice(await saveExport(method, input)));
    } catch (error) {
      setFailure(ApiFailure.from(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-button">
      <button type="button" className={`kern-btn kern-btn--${variant}`} onClick={run} aria-disabled={busy || undefined}>
        <span className="kern-icon kern-icon--download" aria-hidden="true" />
        <span className="kern-label">{busy ? 'Wird erstellt …' : label}</span>
      </button>
      <p className="kern-body kern-body--small notice" role="status">{notice}</p>
      {failure ? (
        <Alert variant="danger" title={`${what} konnte nicht erstellt werden`} role="alert">
          <p className="kern-body">{failure.message}</p>
        </Alert>
      ) : null}
    </div>
  );
}
