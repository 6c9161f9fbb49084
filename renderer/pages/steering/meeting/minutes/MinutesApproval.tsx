import { useMemo, useState } from 'react';
import { ApiFailure } from '../../../../api/ApiFailure';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { useApiData } from '../../../../api/useApiData';
import { Alert } from '../../../../components/Alert';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { FormField } from '../../../../components/form/FormField';
import type { FieldSpec } from '../../../../components/form/fieldSpec';
import { issuesByField } from '../../../../components/form/formValues';
import { meetingChoiceLabel } from '../../meetingWording';
import type { MeetingDetail } from '../MeetingPage';

/** Approving the draft "in Sitzung …": a later meeting of the same committee; afterwards the minutes are locked. */
export function MinutesApproval({ detail }: { detail: MeetingDetail }) {
  const { data: meetings } = useApiData('meetings.list', { committeeId: detail.meeting.committeeId });
  const later = useMemo(() => (meetings ?? [])
    .filter((m) => m.startsAt > detail.meeting.startsAt && m.status !== 'CANCELLED')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt)), [meetings, detail.meeting.startsAt]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<ApiFailure>();
  const value = chosen ?? later[0]?.id ?? '';
  const field: FieldSpec = {
    name: 'approvedInMeetingId', label: 'Genehmigt in Sitzung', kind: 'select', required: true,
    options: later.map((m) => ({ value: m.id, label: meetingChoiceLabel(m) })),
    hint: 'Das Protokoll wird in einer späteren Sitzung genehmigt, meist unter „Genehmigung des Protokolls der letzten Sitzung“.',
  };
  const errors = issuesByField([field], failure?.issues ?? [], failure?.message).get(field.name) ?? [];
  return (
    <section className="page-section" aria-labelledby="approval-heading">
      <h2 id="approval-heading" className="kern-heading-medium">Genehmigung</h2>
      {later.length === 0 ? (
        <p className="kern-body">Es ist noch keine spätere Sitzung geplant. Legen Sie die nächste Sitzung an; dort wird das Protokoll genehmigt.</p>
      ) : (
        <form noValidate className="inline-form" onSubmit={(e) => { e.preventDefault(); setFailure(undefined); setConfirming(true); }}>
          <FormField field={field} id="approval-meeting" value={value} errors={errors} onChange={(v) => setChosen(String(v))} />
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-icon kern-icon--check" aria-hidden="true" />
            <span className="kern-label">Protokoll genehmigen</span>
          </button>
        </form>
      )}
      {failure && errors.length === 0 ? <Alert variant="danger" title="Genehmigung nicht möglich" role="alert"><p className="kern-body">{failure.message}</p></Alert> : null}
      {confirming ? (
        <ConfirmDialog title="Protokoll genehmigen" confirmLabel="Genehmigen" failureTitle="Genehmigung nicht möglich"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            try {
              await api.send('minutes.approve', { meetingId: detail.meeting.id, approvedInMeetingId: value });
              dataChanged();
            } catch (error) {
              // A refusal about the chosen meeting belongs at its field, not in the dialog.
              const f = ApiFailure.from(error);
              if (f.code !== 'VALIDATION') throw f;
              setFailure(f);
            }
          }}>
          <p className="kern-body">
            Nach der Genehmigung sind Protokoll, Anwesenheit und Beschlüsse dieser Sitzung gesperrt. Spätere Korrekturen werden als
            Berichtigung mit Datum und Grund erfasst.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
