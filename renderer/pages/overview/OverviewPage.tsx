import { useApiData } from '../../api/useApiData';
import { Loading } from '../../components/Loading';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { CountsSection } from './CountsSection';
import { DueSection } from './DueSection';
import { NextStepsSection } from './NextStepsSection';
import { OverviewChartsSection } from './OverviewChartsSection';
import { RecentRoundTablesSection } from './RecentRoundTablesSection';
import { UpcomingMeetingsSection } from './UpcomingMeetingsSection';
import './overview.css';

/** The start page: what is due first, then what comes next, then the figures. */
export function OverviewPage() {
  useDocumentTitle('Übersicht');
  const summary = useApiData('overview.summary');
  const due = useApiData('overview.dueItems');
  const charts = useApiData('overview.charts');
  return (
    <>
      <PageTitle>Übersicht</PageTitle>
      <div className="overview">
        <Loading data={due.data} error={due.error} what="Die fälligen Aufgaben">
          {(d) => (
            <>
              <DueSection due={d} />
              <NextStepsSection due={d} />
            </>
          )}
        </Loading>
        <Loading data={charts.data} error={charts.error} what="Die Auswertungen">
          {(c) => <OverviewChartsSection charts={c} />}
        </Loading>
        <Loading data={summary.data} error={summary.error} what="Die Übersicht">
          {(s) => (
            <>
              <CountsSection counts={s.counts} />
              <UpcomingMeetingsSection meetings={s.upcomingMeetings} />
              <RecentRoundTablesSection roundTables={s.recentRoundTables} />
            </>
          )}
        </Loading>
      </div>
    </>
  );
}
