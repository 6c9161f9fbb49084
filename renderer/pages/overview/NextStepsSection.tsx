import { enumLabel, useEnums } from '../../api/enums';
import { hrefFor } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatLocalDateTime } from '../../format/date';
import type { DueOverview } from './dueItems';

function inDays(days: number): string {
  if (days === 0) return 'heute';
  if (days === 1) return 'morgen';
  if (days < 0) return `vor ${-days} ${days === -1 ? 'Tag' : 'Tagen'}`;
  return `in ${days} Tagen`;
}

/** The next steering meeting with how far its preparation is, and the Sachbericht deadline. */
export function NextStepsSection({ due }: { due: DueOverview }) {
  const enums = useEnums();
  const meeting = due.nextMeeting;
  const report = due.reportDeadline;
  const inviteLate = meeting && !meeting.invitationSentOn && meeting.inviteBy < due.today;
  return (
    <section className="page-section" aria-labelledby="next-heading">
      <h2 id="next-heading" className="kern-heading-medium">Als Nächstes</h2>
      <div className="next-steps">
        <div className="next-card">
          <h3 className="kern-heading-small">Nächste Sitzung der Lenkungsgruppe</h3>
          {meeting ? (
            <>
              <p className="kern-body next-card__lead">
                <a className="kern-link" href={hrefFor(`/lenkungsgruppe/sitzung/${meeting.id}`)}>{formatLocalDateTime(meeting.startsAt)}</a>
                {' '}({inDays(meeting.daysUntil)})
              </p>
              <dl className="next-card__facts">
                <dt>Gremium</dt><dd>{meeting.committeeName}</dd>
                <dt>Stand</dt><dd>{enumLabel(enums, 'meetingStatus', meeting.status)}</dd>
                <dt>Tagesordnung</dt><dd>{meeting.agendaItemCount === 0 ? 'noch keine Punkte' : `${meeting.agendaItemCount} ${meeting.agendaItemCount === 1 ? 'Punkt' : 'Punkte'}`}</dd>
                <dt>Einladung</dt>
                <dd>
                  {meeting.invitationSentOn ? `versandt am ${formatDate(meeting.invitationSentOn)}`
                    : <>{inviteLate ? <strong>Überfällig: </strong> : null}zu versenden bis {formatDate(meeting.inviteBy)}</>}
                </dd>
              </dl>
            </>
          ) : <EmptyState>Es ist keine Sitzung der Lenkungsgruppe geplant.</EmptyState>}
        </div>
        <div className="next-card">
          <h3 className="kern-heading-small">Sachbericht</h3>
          {report ? (
            <>
              <p className="kern-body next-card__lead">
                <a className="kern-link" href={hrefFor('/berichte')}>Sachbericht {report.year}</a>: Abgabe bis {formatDate(report.deadline)}
              </p>
              <dl className="next-card__facts">
                <dt>Frist</dt>
                <dd>{report.daysLeft < 0 ? <strong>Überfällig seit {-report.daysLeft} {report.daysLeft === -1 ? 'Tag' : 'Tagen'}</strong> : `noch ${report.daysLeft} ${report.daysLeft === 1 ? 'Tag' : 'Tage'}`}</dd>
                <dt>Entwurf</dt>
                <dd>{report.draftStatus === 'PUBLISHED' ? 'abgeschlossen' : report.draftStatus === 'DRAFT' ? 'in Arbeit' : 'noch nicht begonnen'}</dd>
              </dl>
            </>
          ) : <EmptyState>Für kein Förderjahr ist eine Abgabefrist erfasst.</EmptyState>}
        </div>
      </div>
    </section>
  );
}
