import { useState } from 'react';
import type { OutputOf } from '../../../../../db/api/contract';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import type { MeetingDetail } from '../MeetingPage';
import { quorumSentence } from './quorumText';

/** Closes the meeting as held; the opening quorum is stored with it. */
export function MarkHeldButton({ detail, quorum }: { detail: MeetingDetail; quorum: OutputOf<'attendance.get'>['quorum'] }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" className="kern-btn kern-btn--primary" onClick={() => setConfirming(true)}>
        <span className="kern-icon kern-icon--check" aria-hidden="true" />
        <span className="kern-label">Sitzung als durchgeführt markieren</span>
      </button>
      {confirming ? (
        <ConfirmDialog title="Sitzung als durchgeführt markieren" confirmLabel="Als durchgeführt markieren" failureTitle="Nicht möglich"
          onClose={() => setConfirming(false)}
          onConfirm={async () => { await api.send('meetings.markHeld', { id: detail.meeting.id }); dataChanged(); }}>
          <p className="kern-body">Mit der Sitzung wird die Beschlussfähigkeit zu Beginn gespeichert:</p>
          <p className="kern-body"><strong>{quorumSentence(quorum)}</strong></p>
          <p className="kern-body">Die Tagesordnung ist danach abgeschlossen; Beschlüsse, Aufgaben und Protokoll können Sie weiter erfassen.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
