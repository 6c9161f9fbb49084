/** Edit and notes buttons of one agreement row; icon-only, so each carries its full accessible name. */
export function AgreementRowActions({ title, onEdit, onNotes }: { title: string; onEdit(): void; onNotes(): void }) {
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
    </span>
  );
}
