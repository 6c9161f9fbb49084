import { useApiData } from '../../api/useApiData';
import { Loading } from '../../components/Loading';
import { formatDate, formatInstant } from '../../format/date';
import { PreviewBlocks } from './PreviewBlocks';

/** The Sachbericht as the Word file will hold it, built from the same model as the export. */
export function ReportPreview({ draftId }: { draftId: string }) {
  const { data, error } = useApiData('reports.preview', { draftId });
  return (
    <Loading data={data} error={error} what="Die Vorschau">
      {(preview) => (
        <article className="report-preview" aria-labelledby="report-preview-title">
          <header className="report-preview__cover">
            <h2 className="kern-heading-large" id="report-preview-title">{preview.cover.title}</h2>
            <p className="kern-body report-preview__subtitle">{preview.cover.subtitle}</p>
            <dl className="kern-description-list facts">
              {preview.cover.facts.map(([key, value]) => (
                <div className="kern-description-list-item" key={key}>
                  <dt className="kern-description-list-item__key">{key}</dt>
                  <dd className="kern-description-list-item__value">{value}</dd>
                </div>
              ))}
            </dl>
            <p className="kern-body kern-body--small">
              Zahlenstand vom {formatInstant(preview.snapshot.takenAt)} zum Stichtag {formatDate(preview.snapshot.reportingDate)}.
              Werte unter {preview.smallCountThreshold} werden nicht ausgewiesen.
            </p>
          </header>
          {preview.chapters.map((c) => (
            <section key={c.sectionId} className="report-preview__chapter" aria-labelledby={`preview-${c.sectionId}`}>
              <h2 className="kern-heading-medium" id={`preview-${c.sectionId}`}>
                {c.number ? `${c.number} ` : ''}{c.title}
                <span className="report-preview__status kern-body kern-body--small"> ({c.statusLabel})</span>
              </h2>
              <PreviewBlocks blocks={c.generated} />
              <PreviewBlocks blocks={c.narrative} />
              {c.narrativeMissing ? <p className="kern-body report-preview__missing">Für dieses Kapitel fehlt noch Ihr Text.</p> : null}
            </section>
          ))}
        </article>
      )}
    </Loading>
  );
}
