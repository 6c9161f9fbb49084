import type { OutputOf } from '../../../db/api/contract';
import { useApiData } from '../../api/useApiData';
import { hrefFor } from '../../app/router';
import { Alert } from '../../components/Alert';
import { Loading } from '../../components/Loading';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { SubNav } from '../../components/SubNav';
import { ChapterList } from './ChapterList';
import { ConceptCompare } from './ConceptCompare';
import { ConceptExport } from './ConceptExport';
import { ConceptPreview } from './ConceptPreview';
import { ConceptPublish } from './ConceptPublish';
import { recordSources } from './conceptSources';
import { berlinDay, versionStatusText } from './conceptVersions';
import { areaPath, CONCEPT_TABS, conceptPath, type ConceptTab } from './reportPaths';

type Section = OutputOf<'reports.get'>['sections'][number];

/** One version of the KIM-Konzept: its chapters, the preview, the comparison with another version, publication and Word file. */
export function ConceptPage({ conceptId, tab }: { conceptId: string; tab: ConceptTab }) {
  const { data, error } = useApiData('reports.get', { id: conceptId });
  const versions = useApiData('reports.list', { kind: 'CONCEPT_UPDATE' }).data;
  const title = data?.draft.title ?? 'KIM-Konzept';
  useDocumentTitle(`${CONCEPT_TABS.find((t) => t.slug === tab)!.label} – ${title}`);
  return (
    <>
      <p className="kern-body back-link"><a className="kern-link" href={hrefFor(areaPath('konzept'))}>Alle Versionen des KIM-Konzepts</a></p>
      <PageTitle>{title}</PageTitle>
      <Loading data={data} error={error} what="Die Version">
        {({ draft, sections }) => {
          const published = draft.status === 'PUBLISHED';
          const base = versions?.find((v) => v.id === draft.basedOnDraftId);
          const facts: [string, string][] = [
            ['Status', versionStatusText(draft)],
            ['Grundlage', draft.basedOnDraftId ? base?.versionLabel ?? '…' : 'keine (erste Version)'],
          ];
          return (
            <>
              <dl className="kern-description-list facts facts--inline">
                {facts.map(([key, value]) => (
                  <div className="kern-description-list-item" key={key}>
                    <dt className="kern-description-list-item__key">{key}</dt>
                    <dd className="kern-description-list-item__value">{value}</dd>
                  </div>
                ))}
              </dl>
              {published ? (
                <Alert variant="info" title="Diese Version ist veröffentlicht und festgeschrieben">
                  <p className="kern-body">
                    Texte, Kapitel und Reihenfolge lassen sich nicht mehr ändern; die Angaben aus den erfassten Daten zeigen den Stand
                    vom Tag der Veröffentlichung. Für Änderungen legen Sie eine neue Fortschreibung an.
                  </p>
                </Alert>
              ) : null}
              <div className="report-actions">
                <ConceptExport draftId={draft.id} hasBase={draft.basedOnDraftId != null} />
                {published ? null : <ConceptPublish draft={draft} />}
              </div>
              <SubNav label="Bereiche der Version" items={CONCEPT_TABS} current={tab} pathOf={(slug) => conceptPath(draft.id, slug as ConceptTab)} />
              {tab === 'vorschau' ? <ConceptPreview draftId={draft.id} /> : null}
              {tab === 'vergleich' ? (versions ? <ConceptCompare current={draft} versions={versions} /> : null) : null}
              {tab === 'kapitel' ? (
                <ChapterList draftId={draft.id} sections={sections} readOnly={published} inDocumentLabel="Im Konzept"
                  generatedHint={(s) => <GeneratedHint section={s} publishedAt={published ? draft.publishedAt : null} />} />
              ) : null}
            </>
          );
        }}
      </Loading>
    </>
  );
}

/** Where a generated section's tables and lists come from, with links to the places where the office changes them. */
function GeneratedHint({ section, publishedAt }: { section: Section; publishedAt: string | null }) {
  const sources = recordSources(section.key);
  return (
    <p className="kern-body kern-body--small">
      {publishedAt
        ? `Tabellen und Listen dieses Abschnitts wurden bei der Veröffentlichung am ${berlinDay(publishedAt)} aus den erfassten Daten festgeschrieben.`
        : 'Tabellen und Listen dieses Abschnitts entstehen aus den erfassten Daten.'}
      {sources.length > 0 ? <>{' '}{publishedAt ? 'Die Daten pflegen Sie unter' : 'Ändern Sie sie unter'}{' '}
        {sources.map((s, i) => (
          <span key={s.path + s.label}>{i > 0 ? (i === sources.length - 1 ? ' und ' : ', ') : ''}<a className="kern-link" href={hrefFor(s.path)}>{s.label}</a></span>
        ))}.</> : null}
    </p>
  );
}
