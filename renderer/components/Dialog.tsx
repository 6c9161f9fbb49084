import { useId, useLayoutEffect, useRef, type ReactNode, type SyntheticEvent } from 'react';

interface DialogProps {
  title: string;
  onClose(): void;
  /** While true, Escape and the close button do nothing (a save is running). */
  busy?: boolean;
  wide?: boolean;
  children: ReactNode;
}

/**
 * A modal <dialog>: the browser traps focus and makes the page behind inert. Focus goes to the element marked
 * data-autofocus (or the first control) and returns to whatever opened the dialog when it closes.
 * Mount it to open it, unmount it to close it.
 */
export function Dialog({ title, onClose, busy = false, wide = false, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // The opener may be gone (a deleted row); then the page heading is the sensible place to continue.
      const target = opener && opener.isConnected ? opener : document.querySelector<HTMLElement>('main h1');
      target?.focus();
    };
  }, []);

  const cancel = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!busy) onClose();
  };

  return (
    <dialog ref={ref} className={`kern-dialog app-dialog${wide ? ' app-dialog--wide' : ''}`} aria-labelledby={titleId} onCancel={cancel}>
      <header className="kern-dialog__header">
        <h2 className="kern-title kern-heading-medium" id={titleId}>{title}</h2>
        <button type="button" className="kern-btn kern-btn--tertiary app-dialog__close" onClick={cancel} disabled={busy}>
          <span className="kern-icon kern-icon--close" aria-hidden="true" />
          <span className="visually-hidden">Dialog schließen</span>
        </button>
      </header>
      {children}
    </dialog>
  );
}
