import { useState, type ReactNode } from 'react';
import { ApiFailure } from '../api/ApiFailure';
import { dataChanged } from '../api/changes';
import { Dialog } from './Dialog';
import { ErrorSummary } from './form/ErrorSummary';

interface ActionDialogProps {
  title: string;
  submitLabel: string;
  /** Runs the write; a rejection keeps the dialog open with the core's messages. Return false to stay open without an error. */
  submit(): Promise<unknown>;
  onClose(): void;
  /** The form body; errorsAt(field) gives the core's messages for one field (and its sub-fields). */
  children(errorsAt: (field: string) => string[]): ReactNode;
  wide?: boolean;
}

/**
 * A dialog around one write that does not fit the flat field list of FormDialog (lists, conditional fields). Same rules:
 * nothing is half saved, messages appear at their fields and above the form, focus goes to the first invalid control.
 */
export function ActionDialog({ title, submitLabel, submit, onClose, children, wide = true }: ActionDialogProps) {
  const [failure, setFailure] = useState<ApiFailure>();
  const [busy, setBusy] = useState(false);
  const errorsAt = (field: string) => (failure?.issues ?? [])
    .filter((i) => i.field === field || i.field.startsWith(`${field}.`)).map((i) => i.message);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const result = await submit();
      dataChanged();
      if (result !== false) onClose();
      else setBusy(false);
    } catch (error) {
      setFailure(ApiFailure.from(error));
      setBusy(false);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('dialog[open] [aria-invalid="true"]:not(fieldset)')?.focus());
    }
  };
  return (
    <Dialog title={title} onClose={onClose} busy={busy} wide={wide}>
      <form noValidate className="entity-form" onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <div className="kern-dialog__body app-dialog__scroll">
          <ErrorSummary failure={failure} messages={failure ? failure.issues.map((i) => i.message) : []} />
          {children(errorsAt)}
        </div>
        <footer className="kern-dialog__footer">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">Abbrechen</span></button>
          <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined}>
            <span className="kern-label">{busy ? 'Bitte warten …' : submitLabel}</span>
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
