import { useState } from 'react';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { useApiData } from '../../../../api/useApiData';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import type { MeetingDetail } from '../MeetingPage';

interface Props {
  detail: MeetingDetail;
  previousMeetingId: string;
  canApprove: boolean;
}

/** At "Genehmigung des Protokolls der letzten Sitzung": the state of those minutes, and approving them here in one step. */
export function PreviousMinutesApproval({ detail, previousMeetingId, canApprove }: Props) {
  const { data } = useApiData('minutes.get', { meetingId: previousMeetingId });
  const [confirming, setConfirming] = useState(false);
  if (!data) return null;
  const title = data.header.title;
  if (data.status === 'APPROVED') {
    return (
      <p className="kern-body kern-body--small">
        Das Protokoll der {title} wurde{data.approval ? ` in der ${data.approval.approvedInMeetingLabel}` : ''} genehmigt.
      </p>
    );
  }
  if (data.status == null) {
    return <p className="kern-body kern-body--small">Für die {title} gibt es noch keinen Protokollentwurf.</p>;
  }
  return (
    <>
      <p className="kern-body kern-body--small">Der Protokollentwurf der {title} liegt vor.</p>
      {canApprove ? (
        <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={() => setConfirming(true)}>
          <span className="kern-icon kern-icon--check" aria-hidden="true" />
          <span className="kern-label">Protokoll der vorigen Sitzung genehmigen</span>
        </button>
      ) : null}
      {confirming ? (
        <ConfirmDialog title="Protokoll genehmigen" confirmLabel="Genehmigen" failureTitle="Genehmigung nicht möglich" onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await api.send('minutes.approve', { meetingId: previousMeetingId, approvedInMeetingId: detail.meeting.id });
            dataChanged();
          }}>
          <p className="kern-body">
            Das Protokoll der {title} wird in dieser Sitzung genehmigt. Danach ist es gesperrt; spätere Korrekturen werden als Berichtigung erfasst.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
