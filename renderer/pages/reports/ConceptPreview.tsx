import { useApiData } from '../../api/useApiData';
import { Loading } from '../../components/Loading';
import { berlinDay, versionStatusText } from './conceptVersions';
import { PreviewDocument } from './ReportPreview';

/** The Konzept version as the Word file will hold it, from the same model as the export. */
export function ConceptPreview({ draftId }: { draftId: string }) {
  const { data, error } = useApiData('reports.conceptPreview', { draftId });
  return (
    <Loading data={data} error={error} what="Die Vorschau">
      {(preview) => (
        <PreviewDocument title={preview.title} subtitle={preview.officeName}
          facts={[
            ['Status', versionStatusText(preview)],
            ...(preview.basedOnTitle ? [['Fortschreibung von', preview.basedOnTitle] as const] : []),
          ]}
          note={preview.publishedAt
            ? `Die Angaben aus den erfassten Daten zeigen den Stand vom ${berlinDay(preview.publishedAt)}, dem Tag der Veröffentlichung.`
            : 'Entwurf: Die Angaben aus den erfassten Daten zeigen den heutigen Stand.'}
          chapters={preview.chapters.map((c) => ({
            id: c.sectionId, number: c.number, depth: c.depth, title: c.title, generated: c.generated, narrative: c.narrative,
          }))} />
      )}
    </Loading>
  );
}
