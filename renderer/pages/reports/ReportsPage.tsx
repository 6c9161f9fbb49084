import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../api/useApiData';
import { SubNav } from '../../components/SubNav';
import { ConceptList } from './ConceptList';
import { ConceptPage } from './ConceptPage';
import { NewSachberichtForm } from './NewSachberichtForm';
import { ReportPage } from './ReportPage';
import { SachberichtList } from './SachberichtList';
import { areaPath, parseReportRoute, REPORT_AREAS, type ReportArea } from './reportPaths';
import './reports.css';

export function ReportsPage({ sub }: { sub: string }) {
  const route = parseReportRoute(sub);
  if (route.kind === 'report') return <ReportPage key={route.reportId} reportId={route.reportId} tab={route.tab} />;
  if (route.kind === 'concept') return <ConceptPage key={route.conceptId} conceptId={route.conceptId} tab={route.tab} />;
  return <ReportsOverview area={route.area} />;
}

/** The two kinds of documents the office writes from its records, each in its own area. */
function ReportsOverview({ area }: { area: ReportArea }) {
  useDocumentTitle(area === 'konzept' ? 'KIM-Konzept – Berichte' : 'Berichte');
  return (
    <>
      <PageTitle>Berichte</PageTitle>
      <SubNav label="Arten von Berichten" items={REPORT_AREAS} current={area} pathOf={(slug) => areaPath(slug as ReportArea)} />
      {area === 'konzept' ? <ConceptArea /> : <SachberichtArea />}
    </>
  );
}

/** The Sachberichte, one per funding year, and the years that have none yet. */
function SachberichtArea() {
  const reports = useApiData('reports.list', { kind: 'SACHBERICHT' });
  const years = useApiData('fundingYears.list');
  return (
    <>
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

/** The versions of the KIM-Konzept: each Fortschreibung starts as a copy of an earlier one and is frozen when published. */
function ConceptArea() {
  const versions = useApiData('reports.list', { kind: 'CONCEPT_UPDATE' });
  return (
    <>
      <p className="kern-body page-intro">
        Das KIM-Konzept wird in Versionen fortgeschrieben. Abschnitte wie Stellen, Träger und Kommunen oder die Mitglieder der
        Lenkungsgruppe entstehen aus den erfassten Daten, die übrigen Texte schreiben Sie selbst. Eine veröffentlichte Version ist
        festgeschrieben; Änderungen gegenüber der Vorversion können Sie vergleichen und im Word-Dokument markieren.
      </p>
      <h2 className="kern-heading-medium">Versionen des KIM-Konzepts</h2>
      <Loading data={versions.data} error={versions.error} what="Versionen">
        {(rows) => <ConceptList versions={rows} />}
      </Loading>
    </>
  );
}
