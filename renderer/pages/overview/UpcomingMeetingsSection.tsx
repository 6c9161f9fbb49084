import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { EmptyState } from '../../components/EmptyState';
import { formatLocalDateTime } from '../../format/date';

type Meeting = OutputOf<'overview.summary'>['upcomingMeetings'][number];

export function UpcomingMeetingsSection({ meetings }: { meetings: readonly Meeting[] }) {
  const enums = useEnums();
  return (
    <section className="page-section" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading" className="kern-heading-medium">Anstehende Sitzungen</h2>
      {meetings.length === 0 ? <EmptyState>Es sind keine Sitzungen geplant.</EmptyState> : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small">
            <caption className="visually-hidden">Anstehende Sitzungen</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Termin</th>
                <th scope="col" className="kern-table__header">Gremium</th>
                <th scope="col" className="kern-table__header">Titel</th>
                <th scope="col" className="kern-table__header">Stand</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {meetings.map((m) => (
                <tr key={m.id} className="kern-table__row">
                  <td className="kern-table__cell nowrap">{formatLocalDateTime(m.startsAt)}</td>
                  <td className="kern-table__cell">{m.committeeName}</td>
                  <td className="kern-table__cell">{m.title ?? ''}</td>
                  <td className="kern-table__cell">{enumLabel(enums, 'meetingStatus', m.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
