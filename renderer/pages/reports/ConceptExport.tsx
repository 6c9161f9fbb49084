import { useId, useState } from 'react';
import { ExportButton } from '../../components/ExportButton';

/**
 * The version as a Word file; on request with the changes against the version it is based on as tracked changes,
 * which the reader accepts or rejects in Word.
 */
export function ConceptExport({ draftId, hasBase }: { draftId: string; hasBase: boolean }) {
  const id = useId();
  const [markChanges, setMarkChanges] = useState(false);
  return (
    <div className="report-export concept-export">
      <div className="kern-form-check">
        <input id={id} type="checkbox" className="kern-form-check__checkbox" checked={hasBase && markChanges} disabled={!hasBase}
          aria-describedby={hasBase ? undefined : `${id}-hint`} onChange={(e) => setMarkChanges(e.target.checked)} />
        <label className="kern-label" htmlFor={id}>Änderungen gegenüber der Vorversion markieren</label>
        {hasBase ? null : <p className="kern-hint" id={`${id}-hint`}>Die erste Version hat keine Vorversion.</p>}
      </div>
      <ExportButton method="exports.konzept" input={{ draftId, markChanges: hasBase && markChanges }} label="Als Word speichern"
        what="Das KIM-Konzept" variant="primary" />
    </div>
  );
}
