import type { ReactNode } from 'react';
import type { ReportBlock } from '../../../db/services/reports/blocks';
import { useApiData } from '../../api/useApiData';
import { Loading } from '../../components/Loading';
import { formatDate, formatInstant } from '../../format/date';
import { PreviewBlocks } from './PreviewBlocks';

export interface PreviewChapterView {
  id: string;
  /** "3." or "3.1"; empty when the document does not number its chapters. */
  number: string;
  /** 2 for a sub-section ("3.1"): one heading level lower. */
  depth?: 1 | 2;
  title: string;
  statusLabel?: string | null;
  generated: readonly ReportBlock[];
  narrative: readonly ReportBlock[];
  narrativeMissing?: boolean;
}

interface PreviewDocumentProps {
  title: string;
  subtitle?: string | null;
  facts: ReadonlyArray<readonly [string, string]>;
  note?: ReactNode;
  chapters: readonly PreviewChapterView[];
}

/** A report as the Word file will hold it: cover with key facts, then the chapters from the same model as the export. */
export function PreviewDocument({ title, subtitle, facts, note, chapters }: PreviewDocumentProps) {
  return (
    <article className="report-preview" aria-labelledby="report-preview-title">
      <header className="report-preview__cover">
        <h2 className="kern-heading-large" id="report-preview-title">{title}</h2>
        {subtitle ? <p className="kern-body report-preview__subtitle">{subtitle}</p> : null}
        <dl className="kern-description-list facts">
          {facts.map(([key, value]) => (
            <div className="kern-description-list-item" key={key}>
              <dt className="kern-description-list-item__key">{key}</dt>
              <dd className="kern-description-list-item__value">{value}</dd>
            </div>
          ))}
        </dl>
        {note ? <p className="kern-body kern-body--small">{note}</p> : null}
      </header>
      {chapters.map((c) => {
        const Heading = c.depth === 2 ? 'h3' : 'h2';
        return (
          <section key={c.id} className={`report-preview__chapter${c.depth === 2 ? ' report-preview__chapter--sub' : ''}`}
            aria-labelledby={`preview-${c.id}`}>
            <Heading className={c.depth === 2 ? 'kern-heading-small' : 'kern-heading-medium'} id={`preview-${c.id}`}>
              {c.number ? `${c.number} ` : ''}{c.title}
              {c.statusLabel ? <span className="report-preview__status kern-body kern-body--small"> ({c.statusLabel})</span> : null}
            </Heading>
            <PreviewBlocks blocks={c.generated} headingLevel={c.depth === 2 ? 4 : 3} />
            <PreviewBlocks blocks={c.narrative} headingLevel={c.depth === 2 ? 4 : 3} />
            {c.narrativeMissing ? <p className="kern-body report-preview__missing">Für dieses Kapitel fehlt noch Ihr Text.</p> : null}
          </section>
        );
      })}
    </article>
  );
}

/** The Sachbericht as the Word file will hold it, built from the same model as the export. */
export function ReportPreview({ draftId }: { draftId: string }) {
  const { data, error } = useApiData('reports.preview', { draftId });
  return (
    <Loading data={data} error={error} what="Die Vorschau">
      {(preview) => (
        <PreviewDocument title={preview.cover.title} subtitle={preview.cover.subtitle} facts={preview.cover.facts}
          note={<>
            Zahlenstand vom {formatInstant(preview.snapshot.takenAt)} zum Stichtag {formatDate(preview.snapshot.reportingDate)}.
            Werte unter {preview.smallCountThreshold} werden nicht ausgewiesen.
          </>}
          chapters={preview.chapters.map((c) => ({
            id: c.sectionId, number: c.number ?? '', title: c.title, statusLabel: c.statusLabel,
            generated: c.generated, narrative: c.narrative, narrativeMissing: c.narrativeMissing,
          }))} />
      )}
    </Loading>
  );
}
