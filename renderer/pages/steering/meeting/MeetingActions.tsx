import { useState } from 'react';
import type { InputOf } from '../../../../db/api/contract';
import { api } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { navigate } from '../../../app/router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormDialog } from '../../../components/form/FormDialog';
import { MEETING_FIELDS } from '../meetingFields';
import { meetingName } from '../meetingWording';
import type { MeetingDetail } from './MeetingPage';

type Open = 'edit' | 'cancel' | 'delete' | undefined;
type Details = Omit<InputOf<'meetings.update'>, 'id' | 'notes'>;

/** Changing date and place, calling the meeting off or removing a meeting planned by mistake, while that is still possible. */
export function MeetingActions({ detail, back }: { detail: MeetingDetail; back: string }) {
  const [open, setOpen] = useState<Open>();
  const { meeting } = detail;
  if (meeting.status !== 'PLANNED' && meeting.status !== 'INVITED') return null;
  const close = () => setOpen(undefined);
  const name = meetingName(meeting);
  return (
    <div className="meeting-actions">
      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setOpen('edit')}>
        <span className="kern-icon kern-icon--edit" aria-hidden="true" />
        <span className="kern-label">Termin und Ort bearbeiten</span>
      </button>
      <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setOpen('cancel')}>
        <span className="kern-label">Sitzung absagen</span>
      </button>
      {detail.decisionCount === 0 ? (
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setOpen('delete')}>
          <span className="kern-icon kern-icon--delete" aria-hidden="true" />
          <span className="kern-label">Sitzung löschen</span>
        </button>
      ) : null}
      {open === 'edit' ? (
        <FormDialog title="Termin und Ort bearbeiten" fields={MEETING_FIELDS} record={meeting as unknown as Record<string, unknown>}
          submitLabel="Speichern" onClose={close} onSaved={() => { dataChanged(); close(); }}
          save={(input) => api.send('meetings.update', { ...(input as Details), id: meeting.id, notes: meeting.notes })} />
      ) : null}
      {open === 'cancel' ? (
        <FormDialog title="Sitzung absagen" submitLabel="Sitzung absagen" onClose={close} onSaved={() => { dataChanged(); close(); }}
          fields={[{ name: 'reason', label: 'Grund', kind: 'textarea', required: true, maxLength: 500, hint: 'Erscheint in der Sitzungsliste und bei den Mitgliedern.' }]}
          save={(input) => api.send('meetings.cancel', { id: meeting.id, reason: String(input.reason) })} />
      ) : null}
      {open === 'delete' ? (
        <ConfirmDialog title="Sitzung löschen" confirmLabel="Löschen" failureTitle="Löschen nicht möglich" onClose={close}
          onConfirm={async () => {
            await api.send('meetings.delete', { id: meeting.id });
            dataChanged();
            navigate(back);
          }}>
          <p className="kern-body">
            Möchten Sie die „{name}“ mit ihrer Tagesordnung wirklich löschen? Vorgemerkte Themen kehren in den Themenspeicher zurück.
            Eine Sitzung, die nicht stattfindet, sagen Sie besser ab, damit der Termin nachvollziehbar bleibt.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
