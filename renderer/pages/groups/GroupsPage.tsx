import { useMemo } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import type { ColumnSpec } from '../../components/dataTable/columnSpec';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { ReadOnlyList } from '../../components/ReadOnlyList';
import { formatDate } from '../../format/date';

type Row = OutputOf<'committees.list'>[number];

export function GroupsPage() {
  useDocumentTitle('Gruppen');
  const enums = useEnums();
  const { data, error } = useApiData('committees.list');
  const groups = useMemo(() => data?.filter((c) => c.kind !== 'STEERING_GROUP'), [data]);
  const columns = useMemo((): ColumnSpec<Row>[] => [
    { id: 'name', header: 'Name', value: (r) => r.name, width: '15rem' },
    { id: 'kind', header: 'Art', value: (r) => enumLabel(enums, 'committeeKind', r.kind), filter: 'select', width: '9rem' },
    { id: 'status', header: 'Status', value: (r) => enumLabel(enums, 'committeeStatus', r.status), filter: 'select', width: '7rem' },
    { id: 'members', header: 'Mitglieder', value: (r) => r.memberCount, numeric: true, width: '6.5rem' },
    { id: 'meetings', header: 'Sitzungen', value: (r) => r.meetingCount, numeric: true, width: '6rem' },
    { id: 'last', header: 'Letzte Sitzung', value: (r) => r.lastMeetingOn, text: (r) => formatDate(r.lastMeetingOn), width: '7.5rem' },
    { id: 'next', header: 'Nächste Sitzung', value: (r) => r.nextMeetingOn, text: (r) => formatDate(r.nextMeetingOn), width: '7.5rem' },
  ], [enums]);
  return (
    <>
      <PageTitle>Gruppen</PageTitle>
      <p className="kern-body page-intro">
        Projektgruppen, Arbeitsgruppen und Arbeitskreise, die im Auftrag der Lenkungsgruppe Lösungen erarbeiten.
      </p>
      <ReadOnlyList label="Gruppen" rows={groups} error={error} columns={columns} getRowId={(r) => r.id}
        initialSort={[{ id: 'name', desc: false }]}
        emptyText="Es sind noch keine Projektgruppen, Arbeitsgruppen oder Arbeitskreise erfasst." />
    </>
  );
}
