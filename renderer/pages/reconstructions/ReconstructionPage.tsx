import { useApiData } from '../../api/useApiData';
import { useToday } from '../../api/useToday';
import { hrefFor, navigate } from '../../app/router';
import { Alert } from '../../components/Alert';
import { Loading } from '../../components/Loading';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { formatDate, formatInstant } from '../../format/date';
import { FindingsSection } from './FindingsSection';
import { ReconstructionForm } from './ReconstructionForm';
import { draftFromDetail, emptyDraft } from './reconstructionForm';
import { reconstructionPath } from './reconstructionPaths';
import { HistoryButton } from '../../components/history/HistoryButton';

function BackLink() {
  return (
    <p className="back-link">
      <a className="kern-link" href={hrefFor(reconstructionPath())}>
        <span className="kern-icon kern-icon--chevron-left kern-icon--small" aria-hidden="true" />
        Alle Fallrekonstruktionen
      </a>
    </p>
  );
}

/** A new reconstruction; after the first save the record's page opens, where its findings are added. */
export function NewReconstructionPage() {
  useDocumentTitle('Neue Fallrekonstruktion');
  const today = useToday();
  return (
    <>
      <BackLink />
      <PageTitle>Neue Fallrekonstruktion</PageTitle>
      <p className="kern-body page-intro">
        Erfasst werden nur Strukturen, nie Personen: Fälle tragen allein den Fallcode des Trägers. Erkenntnisse erfassen Sie nach dem Speichern.
      </p>
      {today ? (
        <ReconstructionForm initial={emptyDraft(today)} onSaved={(saved) => navigate(reconstructionPath(saved.reconstruction.id))}
          onCancel={() => navigate(reconstructionPath())} />
      ) : <p className="kern-body loading-note" role="status">Formular wird geladen …</p>}
    </>
  );
}

/** One reconstruction: its record (read-only once purged) and its findings. */
export function ReconstructionPage({ id }: { id: string }) {
  const { data, error } = useApiData('reconstructions.get', { id });
  const title = data ? `Fallrekonstruktion vom ${formatDate(data.reconstruction.heldOn)}` : 'Fallrekonstruktion';
  useDocumentTitle(title);
  return (
    <>
      <BackLink />
      <Loading data={data} error={error} what="Die Fallrekonstruktion">
        {(detail) => (
          <>
            <PageTitle>{title}</PageTitle>
            <p className="kern-body page-intro">
              Löschfrist: {formatDate(detail.reconstruction.deleteAfter)}. Danach werden Fallcode, Zusammenfassung und Rollentexte bereinigt;
              Erkenntnisse, Handlungsfelder und Themenbezüge bleiben erhalten.
            </p>
            <p className="history-page-action"><HistoryButton entity="case_reconstructions" entityId={id} name={title} /></p>
            {detail.purged ? (
              <Alert variant="info" title="Nach Ablauf der Löschfrist bereinigt">
                <p className="kern-body">
                  Bereinigt am {formatInstant(detail.reconstruction.purgedAt)}. Fallcode und Zusammenfassung sind gelöscht; die Erkenntnisse bleiben bearbeitbar.
                </p>
              </Alert>
            ) : (
              // Keyed by the saved state, so the form starts from what the core stored after each save.
              <ReconstructionForm key={detail.reconstruction.updatedAt} id={id} initial={draftFromDetail(detail)}
                onSaved={() => undefined} onCancel={() => navigate(reconstructionPath())} />
            )}
            <FindingsSection detail={detail} />
          </>
        )}
      </Loading>
    </>
  );
}
