import { useState } from 'react';
import { HistoryDialog } from './HistoryDialog';

interface HistoryButtonProps {
  entity: string;
  entityId: string;
  /** The record's name; the button's accessible name says whose history it opens. */
  name: string;
  /** Small and quiet, for table rows; otherwise a secondary button for a page's header. */
  inRow?: boolean;
}

/** "Verlauf": opens the record's change history. */
export function HistoryButton({ entity, entityId, name, inRow = false }: HistoryButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={`kern-btn ${inRow ? 'kern-btn--tertiary kern-btn--x-small' : 'kern-btn--secondary'}`}
        onClick={() => setOpen(true)}>
        <span className="kern-label" aria-hidden="true">Verlauf</span>
        <span className="visually-hidden">Verlauf: {name}</span>
      </button>
      {open ? <HistoryDialog entity={entity} entityId={entityId} name={name} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
