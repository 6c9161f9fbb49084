import { HistoryButton } from '../../../components/history/HistoryButton';

interface AgreementRowActionsProps {
  id: string;
  title: string;
  onEdit(): void;
  onNotes(): void;
  /** Omitted where a list offers no delete. */
  onDelete?(): void;
}

/** Edit, notes, delete and history of one agreement row; icon-only buttons carry their full accessible name. */
export function AgreementRowActions({ id, title, onEdit, onNotes, onDelete }: AgreementRowActionsProps) {
  return (
    <span className="row-actions">
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Bearbeiten: ${title}`} onClick={onEdit}>
        <span className="kern-icon kern-icon--edit" aria-hidden="true" />
        <span className="kern-sr-only">Bearbeiten: {title}</span>
      </button>
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Notizen: ${title}`} onClick={onNotes}>
        <span className="kern-icon kern-icon--draft" aria-hidden="true" />
        <span className="kern-sr-only">Notizen: {title}</span>
      </button>
      {onDelete ? (
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Löschen: ${title}`} onClick={onDelete}>
          <span className="kern-icon kern-icon--delete" aria-hidden="true" />
          <span className="kern-sr-only">Löschen: {title}</span>
        </button>
      ) : null}
      <HistoryButton entity="action_items" entityId={id} name={title} inRow />
    </span>
  );
}
