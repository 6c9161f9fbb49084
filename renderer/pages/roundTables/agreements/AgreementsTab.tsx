import { AgreementRowActions } from './AgreementRowActions';
import { useId, useMemo, useState } from 'react';
import type { InputOf } from '../../../../db/api/contract';
import { enumLabel, useEnums } from '../../../api/enums';
import { useApiData } from '../../../api/useApiData';
import { useToday } from '../../../api/useToday';
import { hrefFor } from '../../../app/router';
import type { ColumnSpec } from '../../../components/dataTable/columnSpec';
import { ExportButton } from '../../../components/ExportButton';
import { ReadOnlyList } from '../../../components/ReadOnlyList';
import { formatDate } from '../../../format/date';
import { dueCellText, dueText } from '../../followUp/dueText';
import { TaskNotesDialog } from '../../followUp/TaskNotesDialog';
import { municipalityPath, roundTablePath } from '../roundTablePaths';
import { AgreementDialog } from './AgreementDialog';
import type { AgreementRow } from './agreementInput';
import { AgreementStatusSelect } from './AgreementStatusSelect';
import { api } from '../../../api/client';
import { DeleteRecordDialog } from '../../../components/history/DeleteRecordDialog';
import { UndoNotice, type Deletion } from '../../../components/history/UndoNotice';

type Selection = NonNullable<NonNullable<InputOf<'tasks.list'>>['status']>;

const SELECTIONS: { value: Selection; label: string }[] = [
  { value: 'OPEN_ALL', label: 'offen' },
  { value: 'OVERDUE', label: 'überfällig' },
  { value: 'DUE_SOON', label: 'bald fällig' },
  { value: 'DONE', label: 'erledigt' },
  { value: 'ALL', label: 'alle' },
];

/** Every agreement of every round table, narrowed by municipality and state, with the status changed in place and exported for Excel. */
export function AgreementsTab() {
  const enums = useEnums();
  const today = useToday();
  const id = useId();
  const [status, setStatus] = useState<Selection>('OPEN_ALL');
  const [municipalityId, setMunicipalityId] = useState('');
  const filter = { source: 'ROUND_TABLE' as const, status, municipalityId: municipalityId || null };
  const { data, error } = useApiData('tasks.list', filter);
  const municipalities = useApiData('municipalities.list').data;
  const [editing, setEditing] = useState<AgreementRow>();
  const [notesOf, setNotesOf] = useState<AgreementRow>();
  const [notice, setNotice] = useState('');
  const [deleting, setDeleting] = useState<AgreementRow>();
  const [deletion, setDeletion] = useState<Deletion>();
  const municipality = municipalities?.find((m) => m.id === municipalityId);

  const columns = useMemo((): ColumnSpec<AgreementRow>[] => [
    { id: 'title', header: 'Vereinbarung', value: (r) => r.title, width: '15rem' },
    {
      id: 'roundTable', header: 'Runder Tisch', value: (r) => r.roundTableTitle, width: '12rem',
      render: (r) => (r.roundTableId ? <a className="kern-link table-link" href={hrefFor(roundTablePath(r.roundTableId))}>{r.roundTableTitle}</a> : null),
    },
    { id: 'owner', header: 'Verantwortlich', value: (r) => r.ownerName, width: '10rem' },
    {
      id: 'due', header: 'Fällig', value: (r) => r.dueDate, text: (r) => dueCellText(r, today), width: '10rem',
      render: (r) => {
        const state = dueText(r, today);
        return (
          <>
            {formatDate(r.dueDate) || '–'}
            {state ? <span className={`kern-badge kern-badge--small due-badge kern-badge--${r.overdue ? 'danger' : 'warning'}`}>{state}</span> : null}
          </>
        );
      },
    },
    {
      id: 'status', header: 'Status', value: (r) => enumLabel(enums, 'taskStatus', r.status), filter: 'select', width: '10.5rem',
      render: (r) => <AgreementStatusSelect row={r} />,
    },
  ], [enums, today]);

  const actions = (r: AgreementRow) => (
    <AgreementRowActions id={r.id} title={r.title} onEdit={() => setEditing(r)} onNotes={() => setNotesOf(r)} onDelete={() => setDeleting(r)} />
  );

  const exportFilter = { municipalityId: municipalityId || null, status };
  return (
    <section className="page-section" aria-labelledby={`${id}-heading`}>
      <div className="section-head">
        <h2 id={`${id}-heading`} className="kern-heading-medium">Vereinbarungen</h2>
        <div className="export-list">
          <ExportButton method="exports.agreementsXlsx" input={exportFilter} label="Excel-Liste (.xlsx)" what="Die Excel-Liste" />
          <ExportButton method="exports.agreementsCsv" input={exportFilter} label="CSV-Datei (.csv)" what="Die CSV-Datei" />
        </div>
      </div>
      <p className="kern-body page-intro">
        Was an Runden Tischen vereinbart wurde, über alle Kommunen. Die Exporte enthalten genau die gewählte Auswahl
        {municipality ? ` (${municipality.name})` : ''}.
        {municipality ? <> <a className="kern-link" href={hrefFor(municipalityPath(municipality.id))}>Zur Seite der Kommune {municipality.name}</a></> : null}
      </p>
      <div className="follow-up-filters">
        <fieldset className="kern-fieldset">
          <legend className="kern-label">Vereinbarungen</legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            {SELECTIONS.map((s) => (
              <div className="kern-form-check" key={s.value}>
                <input id={`${id}-${s.value}`} className="kern-form-check__radio" type="radio" name={`${id}-status`} value={s.value}
                  checked={status === s.value} onChange={() => setStatus(s.value)} />
                <label className="kern-label" htmlFor={`${id}-${s.value}`}>{s.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="table-filters">
          <div className="kern-form-input table-filters__select">
            <label className="kern-label" htmlFor={`${id}-municipality`}>Kommune</label>
            <div className="kern-form-input__select-wrapper">
              <select id={`${id}-municipality`} className="kern-form-input__select" value={municipalityId} onChange={(e) => setMunicipalityId(e.target.value)}>
                <option value="">Alle Kommunen</option>
                {(municipalities ?? []).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
              </select>
            </div>
          </div>
        </div>
      </div>
      <p className="kern-body notice" role="status">{notice}</p>
      <UndoNotice deletion={deletion} />
      <ReadOnlyList label="Vereinbarungen der Runden Tische" rows={data} error={error} columns={columns} getRowId={(r) => r.id}
        actions={actions} actionsWidth="11.5rem" emptyText="Zu dieser Auswahl gibt es keine Vereinbarungen." />
      {editing ? <AgreementDialog agreement={editing} onClose={() => setEditing(undefined)} onSaved={(m) => { setNotice(m); setEditing(undefined); }} /> : null}
      {notesOf ? <TaskNotesDialog taskId={notesOf.id} title={notesOf.title} onClose={() => setNotesOf(undefined)} /> : null}
      {deleting ? (
        <DeleteRecordDialog title="Vereinbarung löschen" theOne="die Vereinbarung" onClose={() => setDeleting(undefined)}
          deletion={{ entity: 'action_items', entityId: deleting.id, name: deleting.title }}
          remove={() => api.send('tasks.delete', { id: deleting.id })} onDeleted={(d) => { setNotice(''); setDeletion(d); }} />
      ) : null}
    </section>
  );
}
