import { useMemo } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import type { ColumnSpec } from '../../components/dataTable/columnSpec';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { ReadOnlyList } from '../../components/ReadOnlyList';
import { formatDate } from '../../format/date';
import { hrefFor } from '../../app/router';
import { MeetingPage } from '../steering/meeting/MeetingPage';
import { parseCommitteeRoute } from '../steering/steeringPaths';
import { GroupPage } from './GroupPage';

type Row = OutputOf<'committees.list'>[number];

/** '/gruppen' lists the groups; '/gruppen/<id>/<area>' is one group, '/gruppen/sitzung/<id>' one of their meetings. */
export function GroupsPage({ sub }: { sub: string }) {
  const [first, ...rest] = sub.split('/').filter(Boolean);
  if (first === 'sitzung') {
    const route = parseCommitteeRoute(sub);
    if (route.kind === 'meeting') {
      return <MeetingPage key={route.meetingId} meetingId={route.meetingId} tab={route.tab} basePath="/gruppen" committeePath={(id) => `/gruppen/${id}`} />;
    }
  }
  if (first) {
    const route = parseCommitteeRoute(rest.join('/'));
    return <GroupPage key={first} committeeId={first} tab={route.kind === 'tab' ? route.tab : 'sitzungen'} />;
  }
  return <GroupList />;
}

function GroupList() {
  useDocumentTitle('Gruppen');
  const enums = useEnums();
  const { data, error } = useApiData('committees.list');
  const groups = useMemo(() => data?.filter((c) => c.kind !== 'STEERING_GROUP'), [data]);
  const columns = useMemo((): ColumnSpec<Row>[] => [
    {
      id: 'name', header: 'Name', value: (r) => r.name, width: '15rem',
      render: (r) => <a className="kern-link" href={hrefFor(`/gruppen/${r.id}`)}>{r.name}</a>,
    },
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
