import { Alert } from '../../../../components/Alert';
import { ExportButton } from '../../../../components/ExportButton';
import { formatDate } from '../../../../format/date';
import type { MeetingDetail } from '../MeetingPage';
import { InviteForm } from './InviteForm';

/** Inviting: the date the invitation went out (with the notice check), and the documents to send. */
export function InvitationTab({ detail }: { detail: MeetingDetail }) {
  const { meeting } = detail;
  const open = meeting.status === 'PLANNED' || meeting.status === 'INVITED';
  const input = { meetingId: meeting.id };
  return (
    <>
      <section className="page-section" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="kern-heading-medium">Einladung versenden</h2>
        <p className="kern-body page-intro">
          Ladungsfrist laut Geschäftsordnung: {detail.rules.noticePeriodDays} Tage.
          {meeting.invitationSentOn ? ` Eingeladen wurde am ${formatDate(meeting.invitationSentOn)}.` : ' Es ist noch keine Einladung vermerkt.'}
          {open ? ' KIM Desk vermerkt den Versand; die Dateien unten verschicken Sie per E-Mail an die Mitglieder.' : ''}
        </p>
        {detail.noticeWarning ? (
          <Alert variant="warning" title="Ladungsfrist nicht eingehalten"><p className="kern-body">{detail.noticeWarning.message}</p></Alert>
        ) : null}
        {open ? <InviteForm detail={detail} /> : null}
      </section>
      <section className="page-section" aria-labelledby="documents-heading">
        <h2 id="documents-heading" className="kern-heading-medium">Unterlagen</h2>
        <div className="export-list">
          <ExportButton method="exports.invitation" input={input} label="Einladung mit Tagesordnung (.docx)" what="Die Einladung" variant="primary" />
          <ExportButton method="exports.calendar" input={input} label="Kalendereintrag (.ics)" what="Der Kalendereintrag" />
          <ExportButton method="exports.meetingPack" input={input} label="Sitzungsunterlagen (.docx)" what="Die Sitzungsunterlagen" />
          <ExportButton method="exports.agenda" input={input} label="Tagesordnung allein (.docx)" what="Die Tagesordnung" />
        </div>
        <p className="kern-body kern-body--small">
          Die Sitzungsunterlagen enthalten Einladung, Tagesordnung, das Protokoll der letzten Sitzung, den Stand der offenen Beschlüsse
          und je eine Seite zum Stand jeder Projektgruppe.
        </p>
      </section>
    </>
  );
}
