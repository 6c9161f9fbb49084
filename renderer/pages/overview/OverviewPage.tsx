import { useApiData } from '../../api/useApiData';
import { Loading } from '../../components/Loading';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { CountsSection } from './CountsSection';
import { PostsByModuleSection } from './PostsByModuleSection';
import { RecentRoundTablesSection } from './RecentRoundTablesSection';
import { UpcomingMeetingsSection } from './UpcomingMeetingsSection';

export function OverviewPage() {
  useDocumentTitle('Übersicht');
  const { data, error } = useApiData('overview.summary');
  return (
    <>
      <PageTitle>Übersicht</PageTitle>
      <Loading data={data} error={error} what="Die Übersicht">
        {(summary) => (
          <div className="overview">
            <CountsSection counts={summary.counts} />
            <UpcomingMeetingsSection meetings={summary.upcomingMeetings} />
            <RecentRoundTablesSection roundTables={summary.recentRoundTables} />
            <PostsByModuleSection rows={summary.postsByModule} />
          </div>
        )}
      </Loading>
    </>
  );
}
