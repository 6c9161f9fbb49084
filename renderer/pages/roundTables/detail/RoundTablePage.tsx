import { useState, type ReactNode } from 'react';
import { api } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { enumLabel, useEnums } from '../../../api/enums';
import { useApiData } from '../../../api/useApiData';
import { hrefFor, navigate } from '../../../app/router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Loading } from '../../../components/Loading';
import { PageTitle, useDocumentTitle } from '../../../components/PageTitle';
import { formatDate } from '../../../format/date';
import { RoundTableDialog } from '../form/RoundTableDialog';
import type { RoundTableDetail } from '../form/roundTableForm';
import { municipalityPath, roundTableTabPath } from '../roundTablePaths';
import { AgreementsSection } from './AgreementsSection';
import { FindingsSection } from './FindingsSection';
import { ParticipantsSection } from './ParticipantsSection';
import { HistoryButton } from '../../../components/history/HistoryButton';

/** One round table: its facts, who came, what was discussed and agreed, and what was found out. */
export function RoundTablePage({ roundTableId }: { roundTableId: string }) {
  const { data, error } = useApiData('roundTables.get', { id: roundTableId });
  return (
    <>
      <p className="back-link">
        <a className="kern-link" href={hrefFor(roundTableTabPath('termine'))}>
          <span className="kern-icon kern-icon--chevron-left kern-icon--small" aria-hidden="true" />
          Alle Termine
        </a>
      </p>
      <Loading data={data} error={error} what="Der Termin">{(detail) => <RoundTableView detail={detail} />}</Loading>
    </>
  );
}

function RoundTableView({ detail }: { detail: RoundTableDetail }) {
  const enums = useEnums();
  useDocumentTitle(`${detail.title} – Runde Tische`);
  const [mode, setMode] = useState<'edit' | 'delete'>();
  const [notice, setNotice] = useState('');
  const facts: [string, ReactNode][] = [
    ['Format', enumLabel(enums, 'roundTableFormat', detail.format)],
    ['Datum', `${formatDate(detail.heldOn)}${detail.startTime ? `, ${detail.startTime} Uhr` : ''}`],
    ['Ort', detail.location ?? '–'],
  ];
  if (detail.onlineUrl) facts.push(['Online', <span className="break-all" key="url">{detail.onlineUrl}</span>]);
  facts.push(['Kommunen', detail.countyWide ? 'kreisweit' : (
    <span key="m">
      {detail.municipalities.map((m, i) => (
        <span key={m.id}>{i > 0 ? ', ' : ''}<a className="kern-link" href={hrefFor(municipalityPath(m.id))}>{m.name}</a></span>
      ))}
    </span>
  )]);
  facts.push(['Teilnehmende', detail.headCount > 0 ? String(detail.headCount) : '–']);
  return (
    <>
      <PageTitle>{detail.title}</PageTitle>
      <dl className="kern-description-list facts facts--inline">
        {facts.map(([key, value]) => (
          <div className="kern-description-list-item" key={key}>
            <dt className="kern-description-list-item__key">{key}</dt>
            <dd className="kern-description-list-item__value">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="meeting-actions">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setMode('edit')}>
          <span className="kern-icon kern-icon--edit" aria-hidden="true" />
          <span className="kern-label">Termin bearbeiten</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setMode('delete')}>
          <span className="kern-icon kern-icon--delete" aria-hidden="true" />
          <span className="kern-label">Termin löschen</span>
        </button>
        <HistoryButton entity="round_tables" entityId={detail.id} name={detail.title} />
      </div>
      <p className="kern-body notice" role="status">{notice}</p>
      <section className="page-section" aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="kern-heading-medium">Besprochene Themen und Notizen</h2>
        <h3 className="kern-heading-small">Themen</h3>
        <p className="kern-body pre-line">{detail.topics || 'Keine Themen erfasst.'}</p>
        <h3 className="kern-heading-small">Notizen</h3>
        <p className="kern-body pre-line">{detail.notes || 'Keine Notizen erfasst.'}</p>
      </section>
      <AgreementsSection detail={detail} onNotice={setNotice} />
      <ParticipantsSection detail={detail} />
      <FindingsSection detail={detail} onNotice={setNotice} />
      {mode === 'edit' ? (
        <RoundTableDialog detail={detail} onClose={() => setMode(undefined)}
          onSaved={(_, message) => { setMode(undefined); setNotice(message); }} />
      ) : null}
      {mode === 'delete' ? (
        <ConfirmDialog title="Termin löschen" confirmLabel="Löschen" failureTitle="Löschen nicht möglich"
          onConfirm={async () => {
            await api.send('roundTables.delete', { id: detail.id });
            dataChanged();
            navigate(roundTableTabPath('termine'));
          }}
          onClose={() => setMode(undefined)}>
          <p className="kern-body">
            Möchten Sie den Termin „{detail.title}“ vom {formatDate(detail.heldOn)} wirklich löschen? Die Löschung wird im Änderungsprotokoll festgehalten.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
