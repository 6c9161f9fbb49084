import { useState } from 'react';
import type { OutputOf } from '../../../../../db/api/contract';
import { ApiFailure } from '../../../../api/ApiFailure';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { useApiData } from '../../../../api/useApiData';
import { Alert } from '../../../../components/Alert';
import { ExportButton } from '../../../../components/ExportButton';
import { Loading } from '../../../../components/Loading';
import type { MeetingDetail } from '../MeetingPage';
import { AmendmentsSection } from './AmendmentsSection';
import { AttendanceSummary } from './AttendanceSummary';
import { MinutesApproval } from './MinutesApproval';
import { MinutesClosingField, MinutesOpeningFields, useHeaderSaver } from './MinutesHeaderFields';
import { MinutesItems } from './MinutesItems';

type Model = OutputOf<'minutes.get'>;

/** The Ergebnisprotokoll: generated from the records, written per TOP, exported, approved in a later meeting, then amended. */
export function MinutesTab({ detail }: { detail: MeetingDetail }) {
  const { data, error } = useApiData('minutes.get', { meetingId: detail.meeting.id });
  return (
    <Loading data={data} error={error} what="Das Protokoll">
      {(model) => <MinutesView key={model.status ?? 'none'} detail={detail} model={model} />}
    </Loading>
  );
}

function MinutesView({ detail, model }: { detail: MeetingDetail; model: Model }) {
  const saveHeader = useHeaderSaver(model);
  const held = detail.meeting.status === 'HELD' || detail.meeting.status === 'MINUTES_APPROVED';
  if (model.status == null) return <NoMinutes detail={detail} held={held} />;
  const draft = model.status === 'DRAFT';
  return (
    <>
      <section className="page-section" aria-labelledby="minutes-heading">
        <div className="section-head">
          <h2 id="minutes-heading" className="kern-heading-medium">Ergebnisprotokoll {draft ? '(Entwurf)' : '(genehmigt)'}</h2>
          <ExportButton method="exports.minutes" input={{ meetingId: detail.meeting.id }} label="Protokoll als Word-Datei (.docx)" what="Das Protokoll" variant="primary" />
        </div>
        {draft ? (
          <p className="kern-body page-intro">
            Anwesenheit, Beschlüsse und Aufgaben stammen aus den Eingaben zur Sitzung. Schreiben Sie je Tagesordnungspunkt das Ergebnis der
            Beratung; jeder Text wird gespeichert, sobald Sie das Feld verlassen.
          </p>
        ) : <ApprovedNote model={model} />}
        {draft ? <MinutesOpeningFields model={model} save={saveHeader} /> : model.preamble ? <p className="kern-body">{model.preamble}</p> : null}
      </section>
      <AttendanceSummary model={model} />
      <section className="page-section" aria-labelledby="minutes-items-heading">
        <h2 id="minutes-items-heading" className="kern-heading-medium">Tagesordnungspunkte</h2>
        <MinutesItems model={model} editable={draft} />
        {draft ? <MinutesClosingField model={model} save={saveHeader} /> : model.closingText ? <p className="kern-body">{model.closingText}</p> : null}
      </section>
      {draft ? <MinutesApproval detail={detail} /> : <AmendmentsSection model={model} />}
    </>
  );
}

function ApprovedNote({ model }: { model: Model }) {
  return (
    <>
      <Alert variant="success" title="Protokoll genehmigt">
        <p className="kern-body">
          Genehmigt in der {model.approval?.approvedInMeetingLabel ?? 'späteren Sitzung'}. Das Protokoll ist gesperrt; Korrekturen werden
          unten als Berichtigung erfasst.
        </p>
      </Alert>
      {model.intact === false ? (
        <Alert variant="danger" title="Inhalt weicht vom genehmigten Stand ab">
          <p className="kern-body">Die gespeicherten Angaben ergeben nicht mehr die Prüfsumme der Genehmigung. Bitte prüfen Sie das Änderungsprotokoll.</p>
        </Alert>
      ) : null}
      {model.intact ? <p className="kern-body kern-body--small">Der Inhalt ist seit der Genehmigung unverändert (Prüfsumme stimmt).</p> : null}
    </>
  );
}

function NoMinutes({ detail, held }: { detail: MeetingDetail; held: boolean }) {
  const [failure, setFailure] = useState<ApiFailure>();
  const create = async () => {
    setFailure(undefined);
    try {
      await api.send('minutes.create', { meetingId: detail.meeting.id });
      dataChanged();
    } catch (error) {
      setFailure(ApiFailure.from(error));
    }
  };
  return (
    <section className="page-section" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading" className="kern-heading-medium">Ergebnisprotokoll</h2>
      {held ? (
        <>
          <p className="kern-body page-intro">
            Der Entwurf wird aus Anwesenheit, Beschlussfähigkeit, Beschlüssen, Aufgaben und vertagten Punkten erzeugt; danach ergänzen Sie die Texte je Punkt.
          </p>
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => void create()}>
            <span className="kern-icon kern-icon--draft" aria-hidden="true" />
            <span className="kern-label">Protokollentwurf erstellen</span>
          </button>
        </>
      ) : (
        <p className="kern-body">Ein Protokoll gibt es erst für durchgeführte Sitzungen. Markieren Sie die Sitzung im Bereich „Sitzung“ als durchgeführt.</p>
      )}
      {failure ? <Alert variant="danger" title="Entwurf nicht erstellt" role="alert"><p className="kern-body">{failure.message}</p></Alert> : null}
    </section>
  );
}
