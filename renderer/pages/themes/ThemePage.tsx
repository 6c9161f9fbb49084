import { useMemo, useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { enumLabel, enumOptions, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { hrefFor } from '../../app/router';
import { Alert } from '../../components/Alert';
import { EmptyState } from '../../components/EmptyState';
import { FormDialog } from '../../components/form/FormDialog';
import { Loading } from '../../components/Loading';
import { PageTitle, useDocumentTitle } from '../../components/PageTitle';
import { StatusStepper } from '../../components/StatusStepper';
import { formatDate } from '../../format/date';
import { ChainTimeline } from './ChainTimeline';
import { GapAlertList } from './GapAlertList';
import { MergeDialog, SplitDialog } from './MergeSplitDialogs';
import { StatusDialog } from './StatusDialog';
import { ThemeEvidence } from './ThemeEvidence';
import { ThemeHistory } from './ThemeHistory';
import { ThemeMeasures } from './ThemeMeasures';
import { themePath, type Places } from './themePaths';
import { HistoryButton } from '../../components/history/HistoryButton';

type Theme = OutputOf<'themes.get'>;

const MAIN_PATH = ['IDENTIFIED', 'CONSOLIDATED', 'PROPOSED', 'PRIORITISED', 'ASSIGNED', 'MEASURES_PROPOSED', 'APPROVED', 'IN_IMPLEMENTATION', 'EVALUATED', 'CLOSED'];

/** One theme: where it stands, the evidence behind it, what the Lenkungsgruppe decided, the group, the measures and the whole chain. */
export function ThemePage({ id }: { id: string }) {
  const { data, error } = useApiData('themes.get', { id });
  useDocumentTitle(data ? `${data.title} – Themen` : 'Thema');
  return (
    <>
      <p className="back-link">
        <a className="kern-link" href={hrefFor(themePath())}>
          <span className="kern-icon kern-icon--chevron-left kern-icon--small" aria-hidden="true" />
          Alle Themen
        </a>
      </p>
      <Loading data={data} error={error} what="Das Thema">{(theme) => <ThemeDetail theme={theme} />}</Loading>
    </>
  );
}

function ThemeDetail({ theme }: { theme: Theme }) {
  const enums = useEnums();
  const [dialog, setDialog] = useState<'status' | 'edit' | 'merge' | 'split'>();
  const alerts = useApiData('chain.gapAlerts', { themeId: theme.id }).data;
  const places = usePlaces(theme);
  const steps = MAIN_PATH.map((key) => ({ key, label: enumLabel(enums, 'themeStatus', key) }));
  const active = !theme.mergedInto;
  return (
    <>
      <PageTitle>{theme.title}</PageTitle>
      {theme.mergedInto ? (
        <Alert variant="info" title="Zusammengeführt">
          <p className="kern-body">Dieses Thema ist im Thema <a className="kern-link" href={hrefFor(themePath(theme.mergedInto.id))}>„{theme.mergedInto.title}“</a> aufgegangen.</p>
        </Alert>
      ) : null}
      <dl className="kern-description-list facts facts--inline">
        <Fact label="Status">{theme.statusLabel}</Fact>
        <Fact label="Handlungsfeld">{theme.fieldOfActionLabel ?? '–'}</Fact>
        <Fact label="Priorität">{enumLabel(enums, 'themePriority', theme.priority) || '–'}</Fact>
        <Fact label="Beauftragte Gruppe">
          {theme.assignedGroup ? <a className="kern-link" href={hrefFor(`/gruppen/${theme.assignedGroup.id}`)}>{theme.assignedGroup.name}</a> : 'keine'}
        </Fact>
        {theme.assignedGroup?.decisionNumber ? <Fact label="Beauftragt durch">Beschluss {theme.assignedGroup.decisionNumber} vom {formatDate(theme.assignedGroup.decidedOn)}</Fact> : null}
      </dl>
      {MAIN_PATH.includes(theme.status) ? <StatusStepper label="Stand im Ablauf" steps={steps} current={theme.status} /> : null}
      {theme.description ? <p className="kern-body theme-description">{theme.description}</p> : null}
      {active ? (
        <div className="form-actions theme-actions">
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => setDialog('status')}><span className="kern-label">Status ändern</span></button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setDialog('edit')}><span className="kern-label">Thema bearbeiten</span></button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setDialog('merge')}><span className="kern-label">Themen zusammenführen</span></button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setDialog('split')}><span className="kern-label">Thema aufteilen</span></button>
          <HistoryButton entity="themes" entityId={theme.id} name={theme.title} />
        </div>
      ) : null}
      <section className="page-section" aria-labelledby="theme-gaps">
        <h2 className="kern-heading-medium" id="theme-gaps">Lücken in der Kette</h2>
        {alerts === undefined ? null : alerts.length === 0
          ? <EmptyState>Keine offenen Lücken: Die Kette ist für dieses Thema derzeit geschlossen.</EmptyState>
          : <GapAlertList alerts={alerts} showTheme={false} />}
      </section>
      <ThemeEvidence theme={theme} />
      <section className="page-section" aria-labelledby="theme-history">
        <h2 className="kern-heading-medium" id="theme-history">Statusverlauf</h2>
        <ThemeHistory theme={theme} />
      </section>
      <ThemeMeasures theme={theme} />
      <section className="page-section" aria-labelledby="theme-chain">
        <h2 className="kern-heading-medium" id="theme-chain">Verlauf: vom Fall zur Maßnahme</h2>
        <ChainTimeline themeId={theme.id} places={places} />
      </section>
      {dialog === 'status' ? <StatusDialog themeId={theme.id} onClose={() => setDialog(undefined)} /> : null}
      {dialog === 'merge' ? <MergeDialog theme={theme} onClose={() => setDialog(undefined)} /> : null}
      {dialog === 'split' ? <SplitDialog theme={theme} onClose={() => setDialog(undefined)} /> : null}
      {dialog === 'edit' ? (
        <FormDialog title="Thema bearbeiten" submitLabel="Speichern" record={{ title: theme.title, description: theme.description, fieldOfAction: theme.fieldOfAction, priority: theme.priority }} onClose={() => setDialog(undefined)} onSaved={() => setDialog(undefined)}
          save={(input) => api.send('themes.update', { id: theme.id, ...(input as { title: string }) })}
          fields={[
            { name: 'title', label: 'Titel', kind: 'text', required: true, maxLength: 200, wide: true },
            { name: 'description', label: 'Beschreibung', kind: 'textarea', maxLength: 5000 },
            { name: 'fieldOfAction', label: 'Handlungsfeld', kind: 'select', options: enumOptions(enums, 'fieldOfAction') },
            { name: 'priority', label: 'Priorität', kind: 'select', options: enumOptions(enums, 'themePriority') },
          ]} />
      ) : null}
    </>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{label}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

/** Where the timeline's references lead: findings to their case, agenda items and decisions to their meeting. */
function usePlaces(theme: Theme): Places {
  const committees = useApiData('committees.list').data;
  const decisions = useApiData('decisions.list').data;
  return useMemo(() => {
    const steeringIds = new Set((committees ?? []).filter((c) => c.kind === 'STEERING_GROUP').map((c) => c.id));
    const steeringNames = new Set((committees ?? []).filter((c) => c.kind === 'STEERING_GROUP').map((c) => c.name));
    return {
      themeId: theme.id,
      assignedGroupId: theme.assignedGroup?.id ?? null,
      findingSources: new Map(theme.findings.map((f) => [f.id, { type: f.source.type, id: f.source.id }])),
      agendaMeetings: new Map(theme.agendaItems.map((a) => [a.id, { meetingId: a.meetingId, steering: steeringNames.has(a.committeeName) }])),
      decisionMeetings: new Map((decisions ?? []).map((d) => [d.id, { meetingId: d.meetingId, steering: steeringIds.has(d.committeeId) }])),
      steeringCommitteeIds: steeringIds,
    };
  }, [theme, committees, decisions]);
}
