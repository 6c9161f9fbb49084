import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiFailure } from '../api/ApiFailure';
import { Alert } from './Alert';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Heading of the alert when the action is refused, e.g. "Löschen nicht möglich". */
  failureTitle: string;
  onConfirm(): Promise<void>;
  onClose(): void;
}

/**
 * Asks before a consequential action. A refusal from the core (e.g. a record that is still referenced) stays
 * in the dialog as a KERN alert with the core's German message, so the user learns why and nothing changed.
 */
export function ConfirmDialog({ title, children, confirmLabel, failureTitle, onConfirm, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure>();
  const cancelRef = useRef<HTMLButtonElement>(null);

  // After a refusal the confirm button may be gone; the way out is the sensible next focus.
  useEffect(() => {
    if (failure) cancelRef.current?.focus();
  }, [failure]);

  const confirm = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await onConfirm();
      onClose();
    } catch (error) {
      setFailure(ApiFailure.from(error));
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose} busy={busy}>
      <div className="kern-dialog__body">
        {children}
        {failure ? (
          <Alert variant="danger" title={failureTitle} role="alert">
            <p className="kern-body">{failure.message}</p>
          </Alert>
        ) : null}
      </div>
      <footer className="kern-dialog__footer">
        <button ref={cancelRef} type="button" className="kern-btn kern-btn--secondary" onClick={onClose} disabled={busy} data-autofocus>
          <span className="kern-label">{failure ? 'Schließen' : 'Abbrechen'}</span>
        </button>
        {failure?.code === 'REFERENCED' ? null : (
          <button type="button" className="kern-btn kern-btn--primary" onClick={confirm} disabled={busy}>
            <span className="kern-label">{busy ? 'Bitte warten …' : confirmLabel}</span>
          </button>
        )}
      </footer>
    </Dialog>
  );
}
