import { useApiData } from '../../api/useApiData';
import { ExportButton } from '../../components/ExportButton';
import { Loading } from '../../components/Loading';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { hrefFor } from '../../app/router';
import { SubNav } from '../../components/SubNav';
import { ChapterList } from './ChapterList';
import { ReportPreview } from './ReportPreview';
import { REPORT_TABS, REPORTS_BASE, reportPath, type ReportTab } from './reportPaths';
import { SnapshotSection } from './SnapshotSection';

/** One Sachbericht: its figures at the Stichtag, its chapters with the office's text, the preview and the Word file. */
export function ReportPage({ reportId, tab }: { reportId: string; tab: ReportTab }) {
  const { data, error } = useApiData('reports.get', { id: reportId });
  const title = data?.draft.title ?? 'Bericht';
  useDocumentTitle(`${REPORT_TABS.find((t) => t.slug === tab)!.label} – ${title}`);
  return (
    <>
      <p className="kern-body back-link"><a className="kern-link" href={hrefFor(REPORTS_BASE)}>Alle Berichte</a></p>
      <PageTitle>{data?.draft.title ?? 'Bericht'}</PageTitle>
      <Loading data={data} error={error} what="Der Bericht">
        {(report) => (
          <>
            <SnapshotSection report={report} />
            <div className="report-export">
              <ExportButton method="exports.sachbericht" input={{ draftId: report.draft.id }} label="Als Word exportieren"
                what="Der Sachbericht" variant="primary" />
            </div>
            <SubNav label="Bereiche des Berichts" items={REPORT_TABS} current={tab} pathOf={(slug) => reportPath(report.draft.id, slug as ReportTab)} />
            {tab === 'vorschau'
              ? (report.snapshotCount > 0 ? <ReportPreview draftId={report.draft.id} />
                : <p className="kern-body empty-state">Die Vorschau zeigt den Bericht mit festgeschriebenen Zahlen. Bitte schreiben Sie zuerst die Zahlen zum Stichtag fest.</p>)
              : <ChapterList draftId={report.draft.id} sections={report.sections} />}
          </>
        )}
      </Loading>
    </>
  );
}
