import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../api/useApiData';
import { NewSachberichtForm } from './NewSachberichtForm';
import { ReportPage } from './ReportPage';
import { SachberichtList } from './SachberichtList';
import { parseReportRoute } from './reportPaths';
import './reports.css';

export function ReportsPage({ sub }: { sub: string }) {
  const route = parseReportRoute(sub);
  if (route.kind === 'report') return <ReportPage key={route.reportId} reportId={route.reportId} tab={route.tab} />;
  return <ReportsOverview />;
}

/** The Sachberichte, one per funding year, and the years that have none yet. */
function ReportsOverview() {
  useDocumentTitle('Berichte');
  const reports = useApiData('reports.list', { kind: 'SACHBERICHT' });
  const years = useApiData('fundingYears.list');
  return (
    <>
      <PageTitle>Berichte</PageTitle>
      <p className="kern-body page-intro">
        Der Sachbericht zum Verwendungsnachweis wird je Förderjahr aus den erfassten Daten erstellt: Die Zahlen werden zu einem
        Stichtag festgeschrieben, die Texte der Kapitel ergänzen Sie selbst. Das Ergebnis speichern Sie als Word-Dokument.
      </p>
      <h2 className="kern-heading-medium">Sachberichte</h2>
      <Loading data={reports.data} error={reports.error} what="Sachberichte">
        {(rows) => <SachberichtList reports={rows} />}
      </Loading>
      <Loading data={years.data} error={years.error} what="Förderjahre">
        {(fundingYears) => reports.data ? (
          <NewSachberichtForm years={fundingYears.map((y) => y.year).filter((y) => !reports.data!.some((r) => r.year === y))}
            hasYears={fundingYears.length > 0} />
        ) : null}
      </Loading>
    </>
  );
}
