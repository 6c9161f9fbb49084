import { useState } from 'react';
import type { OutputOf } from '../../../../../db/api/contract';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { useToday } from '../../../../api/useToday';
import { EmptyState } from '../../../../components/EmptyState';
import { FormDialog } from '../../../../components/form/FormDialog';
import { formatDate } from '../../../../format/date';

type Model = OutputOf<'minutes.get'>;

/** Corrections of approved minutes, each dated with its reason; the approved text itself stays as it was approved. */
export function AmendmentsSection({ model }: { model: Model }) {
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const today = useToday();
  const items = model.items.map((i) => ({ value: i.agendaItemId, label: `${i.number} ${i.title}` }));
  return (
    <section className="page-section" aria-labelledby="amendments-heading">
      <div className="section-head">
        <h2 id="amendments-heading" className="kern-heading-medium">Berichtigungen</h2>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setAdding(true)}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Berichtigung erfassen</span>
        </button>
      </div>
      <p className="kern-body notice" role="status">{notice}</p>
      {model.amendments.length === 0 ? <EmptyState>Zu diesem Protokoll gibt es keine Berichtigungen.</EmptyState> : (
        <ul className="amendments">
          {model.amendments.map((a) => (
            <li key={a.id} className="amendment">
              <p className="kern-body"><strong>{formatDate(a.amendedOn)}{a.agendaItemNumber ? `, ${a.agendaItemNumber}` : ''}:</strong> {a.text}</p>
              <p className="kern-body kern-body--small">Grund: {a.reason}</p>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <FormDialog title="Berichtigung erfassen" submitLabel="Berichtigung speichern" onClose={() => setAdding(false)}
          fields={[
            { name: 'reason', label: 'Grund der Berichtigung', kind: 'text', required: true, maxLength: 1000, wide: true,
              hint: `Wird mit dem heutigen Datum${today ? ` (${formatDate(today)})` : ''} gespeichert.` },
            { name: 'agendaItemId', label: 'Tagesordnungspunkt', kind: 'select', options: items, wide: true },
            { name: 'text', label: 'Berichtigung', kind: 'textarea', required: true, maxLength: 8000 },
          ]}
          save={(input) => api.send('minutes.amend', {
            meetingId: model.meetingId, reason: String(input.reason), text: String(input.text), agendaItemId: String(input.agendaItemId),
          })}
          onSaved={() => { dataChanged(); setAdding(false); setNotice('Die Berichtigung wurde erfasst.'); }} />
      ) : null}
    </section>
  );
}
