import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { hrefFor } from '../../app/router';
import { Loading } from '../../components/Loading';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { CommitteeArea } from '../steering/CommitteeArea';
import { GroupChainSection } from './GroupChainSection';
import type { CommitteeTab } from '../steering/steeringPaths';

/** One project group, working group or circle: the same meetings, roster, rules and follow-up as the Lenkungsgruppe. */
export function GroupPage({ committeeId, tab }: { committeeId: string; tab: CommitteeTab }) {
  const enums = useEnums();
  const { data, error } = useApiData('committees.list');
  const committee = data?.find((c) => c.id === committeeId);
  useDocumentTitle(committee ? `${committee.name} – Gruppen` : 'Gruppen');
  return (
    <>
      <p className="back-link">
        <a className="kern-link" href={hrefFor('/gruppen')}>
          <span className="kern-icon kern-icon--chevron-left kern-icon--small" aria-hidden="true" />
          Alle Gruppen
        </a>
      </p>
      <Loading data={data} error={error} what="Die Gruppe">
        {() => committee ? (
          <>
            <PageTitle>{committee.name}</PageTitle>
            <p className="kern-body page-intro">{enumLabel(enums, 'committeeKind', committee.kind)}</p>
            <CommitteeArea committee={committee} tab={tab} basePath={`/gruppen/${committee.id}`} meetingBase="/gruppen" showName={false} />
            {tab === 'sitzungen' ? <GroupChainSection committeeId={committee.id} /> : null}
          </>
        ) : <PageTitle>Gruppe nicht gefunden</PageTitle>}
      </Loading>
    </>
  );
}
