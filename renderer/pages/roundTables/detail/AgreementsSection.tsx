import { useState } from 'react';
import { EmptyState } from '../../../components/EmptyState';
import { formatRate } from '../figures';
import { AgreementDialog } from '../agreements/AgreementDialog';
import { AgreementTable } from '../agreements/AgreementTable';
import type { RoundTableDetail } from '../form/roundTableForm';
import { UndoNotice, type Deletion } from '../../../components/history/UndoNotice';

/** The outcomes of one round table, with how many are done. */
export function AgreementsSection({ detail, onNotice }: { detail: RoundTableDetail; onNotice(message: string): void }) {
  const [adding, setAdding] = useState(false);
  const [deletion, setDeletion] = useState<Deletion>();
  const owed = detail.agreements.filter((a) => a.status !== 'DISCARDED');
  const done = owed.filter((a) => a.status === 'DONE').length;
  const overdue = detail.agreements.filter((a) => a.overdue).length;
  return (
    <section className="page-section" aria-labelledby="agreements-heading">
      <div className="section-head">
        <h2 id="agreements-heading" className="kern-heading-medium">Vereinbarungen</h2>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => setAdding(true)}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Neue Vereinbarung</span>
        </button>
      </div>
      <UndoNotice deletion={deletion} />
      {detail.agreements.length === 0 ? <EmptyState>Zu diesem Termin sind noch keine Vereinbarungen erfasst.</EmptyState> : (
        <>
          <p className="kern-body agreement-summary">
            {detail.agreements.length} {detail.agreements.length === 1 ? 'Vereinbarung' : 'Vereinbarungen'}, davon {done} erledigt
            {owed.length > 0 ? ` (Umsetzungsquote ${formatRate(done / owed.length)})` : ''}{overdue > 0 ? `, ${overdue} überfällig` : ''}.
          </p>
          <AgreementTable caption={`Vereinbarungen: ${detail.title}`} rows={detail.agreements} onNotice={onNotice} onDeleted={setDeletion} />
        </>
      )}
      {adding ? (
        <AgreementDialog roundTableId={detail.id} onClose={() => setAdding(false)}
          onSaved={(message) => { setAdding(false); onNotice(message); }} />
      ) : null}
    </section>
  );
}
