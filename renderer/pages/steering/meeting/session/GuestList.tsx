import { useMemo, useState } from 'react';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { useApiData } from '../../../../api/useApiData';
import type { FieldSpec } from '../../../../components/form/fieldSpec';
import { FormDialog } from '../../../../components/form/FormDialog';
import { optionsFrom } from '../../../../components/form/options';
import type { MeetingDetail } from '../MeetingPage';
import type { AttendanceRowData } from './AttendanceRow';

/** Guests without a seat: they appear in the minutes but never count for the quorum. */
export function GuestList({ detail, guests, editable }: { detail: MeetingDetail; guests: AttendanceRowData[]; editable: boolean }) {
  const [adding, setAdding] = useState(false);
  const persons = useApiData('persons.list').data;
  const organisations = useApiData('organisations.list').data;
  const fields = useMemo((): FieldSpec[] => [
    { name: 'personId', label: 'Person', kind: 'select', options: optionsFrom(persons, (p) => p.id, (p) => p.name), wide: true },
    { name: 'organisationId', label: 'Organisation', kind: 'select', options: optionsFrom(organisations, (o) => o.id, (o) => o.name), wide: true },
    { name: 'note', label: 'Bemerkung', kind: 'text', maxLength: 500, wide: true, hint: 'z. B. Name und Funktion, wenn die Person nicht erfasst ist' },
  ], [persons, organisations]);
  const nameOf = (g: AttendanceRowData) => [g.personName, g.organisationName, g.note].filter(Boolean).join(', ') || 'Gast';
  return (
    <div className="guest-list">
      <h3 className="kern-heading-small">Gäste</h3>
      {guests.length === 0 ? <p className="kern-body kern-body--small">Keine Gäste erfasst.</p> : (
        <ul className="kern-list">
          {guests.map((g) => (
            <li key={g.attendanceId} className="kern-body">
              {nameOf(g)}
              {editable ? (
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Gast entfernen: ${nameOf(g)}`}
                  onClick={async () => { await api.send('attendance.removeGuest', { id: g.attendanceId! }); dataChanged(); }}>
                  <span className="kern-icon kern-icon--delete" aria-hidden="true" />
                  <span className="kern-sr-only">Gast entfernen: {nameOf(g)}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setAdding(true)}>
          <span className="kern-icon kern-icon--add" aria-hidden="true" />
          <span className="kern-label">Gast hinzufügen</span>
        </button>
      ) : null}
      {adding ? (
        <FormDialog title="Gast hinzufügen" fields={fields} submitLabel="Hinzufügen" onClose={() => setAdding(false)}
          onSaved={() => { dataChanged(); setAdding(false); }}
          save={(input) => api.send('attendance.addGuest', {
            meetingId: detail.meeting.id, personId: String(input.personId), organisationId: String(input.organisationId), note: String(input.note),
          })} />
      ) : null}
    </div>
  );
}
