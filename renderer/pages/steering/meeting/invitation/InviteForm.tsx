import { useState } from 'react';
import type { OutputOf } from '../../../../../db/api/contract';
import { ApiFailure } from '../../../../api/ApiFailure';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { useToday } from '../../../../api/useToday';
import { Alert } from '../../../../components/Alert';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { FormField } from '../../../../components/form/FormField';
import type { FieldSpec } from '../../../../components/form/fieldSpec';
import { issuesByField } from '../../../../components/form/formValues';
import { formatDate } from '../../../../format/date';
import type { MeetingDetail } from '../MeetingPage';

type Warning = NonNullable<OutputOf<'meetings.noticeCheck'>['noticeWarning']>;

const FIELD: FieldSpec = { name: 'invitationSentOn', label: 'Einladung versandt am', kind: 'date', required: true };

/**
 * Records the day the invitation went out. The notice period of the Geschäftsordnung is checked first; when it is
 * not kept, the office sees the German warning and decides explicitly.
 */
export function InviteForm({ detail }: { detail: MeetingDetail }) {
  const today = useToday();
  // Today until the user picks another day.
  const [chosen, setDate] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiFailure>();
  const [warning, setWarning] = useState<Warning>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const { meeting } = detail;

  const date = chosen ?? today ?? '';

  const invite = async () => {
    await api.send('meetings.markInvited', { id: meeting.id, invitationSentOn: date });
    setNotice(`Die Einladung ist mit dem ${formatDate(date)} vermerkt.`);
    dataChanged();
  };

  const start = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const check = await api.send('meetings.noticeCheck', { id: meeting.id, invitationSentOn: date });
      if (check.noticeWarning) setWarning(check.noticeWarning);
      else await invite();
    } catch (error) {
      setFailure(ApiFailure.from(error));
    } finally {
      setBusy(false);
    }
  };

  const errors = issuesByField([FIELD], failure?.issues ?? [], failure?.message).get(FIELD.name) ?? [];
  return (
    <div className="invite-form">
      {failure && errors.length === 0 ? <Alert variant="danger" title="Nicht vermerkt" role="alert"><p className="kern-body">{failure.message}</p></Alert> : null}
      <form noValidate onSubmit={(e) => { e.preventDefault(); void start(); }} className="inline-form">
        <FormField field={FIELD} id="invitation-date" value={date} errors={errors} onChange={(v) => setDate(String(v))} />
        <button type="submit" className="kern-btn kern-btn--primary" aria-disabled={busy || undefined}>
          <span className="kern-icon kern-icon--mail" aria-hidden="true" />
          <span className="kern-label">{meeting.status === 'INVITED' ? 'Einladung erneut vermerken' : 'Einladung versenden'}</span>
        </button>
      </form>
      <p className="kern-body notice" role="status">{notice}</p>
      {warning ? (
        <ConfirmDialog title="Ladungsfrist nicht eingehalten" confirmLabel="Trotzdem als eingeladen vermerken" failureTitle="Nicht vermerkt"
          onConfirm={invite} onClose={() => setWarning(undefined)}>
          <Alert variant="warning" title="Warnung">
            <p className="kern-body">{warning.message}</p>
          </Alert>
          <p className="kern-body">
            Die Geschäftsordnung verlangt {warning.requiredDays} Tage; es sind {warning.actualDays}. Vermerken Sie die Einladung nur,
            wenn die Sitzung trotzdem stattfinden soll, etwa weil die Mitglieder auf die Frist verzichten. Im Protokoll sollte das festgehalten werden.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
