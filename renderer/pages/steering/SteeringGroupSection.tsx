import { useId, useMemo } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import type { ColumnSpec } from '../../components/dataTable/columnSpec';
import { ReadOnlyList } from '../../components/ReadOnlyList';
import { formatDate, formatLocalDateTime } from '../../format/date';

type Committee = OutputOf<'committees.list'>[number];
type Meeting = OutputOf<'meetings.list'>[number];

/** One steering group: its key facts and its meetings. */
export function SteeringGroupSection({ committee }: { committee: Committee }) {
  const enums = useEnums();
  const headingId = useId();
  const { data, error } = useApiData('meetings.list', { committeeId: committee.id });
  const columns = useMemo((): ColumnSpec<Meeting>[] => [
    { id: 'startsAt', header: 'Termin', value: (m) => m.startsAt, text: (m) => formatLocalDateTime(m.startsAt), width: '10rem' },
    { id: 'seq', header: 'Nr.', value: (m) => m.sequenceNo, numeric: true, width: '3.5rem' },
    { id: 'title', header: 'Titel', value: (m) => m.title, width: '14rem' },
    { id: 'status', header: 'Stand', value: (m) => enumLabel(enums, 'meetingStatus', m.status), filter: 'select', width: '9rem' },
    { id: 'location', header: 'Ort', value: (m) => m.location, width: '12rem' },
    { id: 'agenda', header: 'TOPs', value: (m) => m.agendaItemCount, numeric: true, width: '4.5rem' },
    { id: 'decisions', header: 'Beschlüsse', value: (m) => m.decisionCount, numeric: true, width: '6.5rem' },
  ], [enums]);
  const facts: [string, string][] = [
    ['Stand', enumLabel(enums, 'committeeStatus', committee.status)],
    ['Mitglieder', String(committee.memberCount)],
    ['Sitzungen', String(committee.meetingCount)],
    ['Letzte Sitzung', formatDate(committee.lastMeetingOn) || '–'],
    ['Nächste Sitzung', formatDate(committee.nextMeetingOn) || '–'],
  ];
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="kern-heading-medium">{committee.name}</h2>
      <dl className="kern-description-list facts">
        {facts.map(([key, value]) => (
          <div className="kern-description-list-item" key={key}>
            <dt className="kern-description-list-item__key">{key}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="kern-heading-small">Sitzungen</h3>
      <ReadOnlyList label={`Sitzungen: ${committee.name}`} rows={data} error={error} columns={columns} getRowId={(m) => m.id}
        initialSort={[{ id: 'startsAt', desc: true }]} emptyText="Für dieses Gremium sind noch keine Sitzungen erfasst." />
    </section>
  );
}
