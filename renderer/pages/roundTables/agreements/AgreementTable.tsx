import { AgreementRowActions } from './AgreementRowActions';
import { useState } from 'react';
import { useToday } from '../../../api/useToday';
import { hrefFor } from '../../../app/router';
import { formatDate } from '../../../format/date';
import { dueText } from '../../followUp/dueText';
import { TaskNotesDialog } from '../../followUp/TaskNotesDialog';
import { roundTablePath } from '../roundTablePaths';
import { AgreementDialog } from './AgreementDialog';
import type { AgreementRow } from './agreementInput';
import { AgreementStatusSelect } from './AgreementStatusSelect';
import { api } from '../../../api/client';
import { DeleteRecordDialog } from '../../../components/history/DeleteRecordDialog';
import type { Deletion } from '../../../components/history/UndoNotice';

interface AgreementTableProps {
  caption: string;
  rows: readonly AgreementRow[];
  /** Where each agreement was made, for lists across round tables. */
  showRoundTable?: boolean;
  onNotice(message: string): void;
  /** Offers deleting an agreement; the page shows the undo message. */
  onDeleted?(deletion: Deletion): void;
}

/** A short list of agreements with their deadline in words, the status to change in place, editing and progress notes. */
export function AgreementTable({ caption, rows, showRoundTable = false, onNotice, onDeleted }: AgreementTableProps) {
  const today = useToday();
  const [editing, setEditing] = useState<AgreementRow>();
  const [notesOf, setNotesOf] = useState<AgreementRow>();
  const [deleting, setDeleting] = useState<AgreementRow>();
  return (
    <>
      <div className="kern-table-responsive">
        <table className="kern-table kern-table--small agreement-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead className="kern-table__head">
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">Vereinbarung</th>
              <th scope="col" className="kern-table__header">Verantwortlich</th>
              <th scope="col" className="kern-table__header">Fällig</th>
              <th scope="col" className="kern-table__header">Status</th>
              <th scope="col" className="kern-table__header"><span className="visually-hidden">Aktionen</span></th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {rows.map((r) => {
              const state = dueText(r, today);
              return (
                <tr key={r.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell agreement-table__title">
                    {r.title}
                    {showRoundTable && r.roundTableId ? (
                      <span className="cell-sub"><a className="kern-link table-link" href={hrefFor(roundTablePath(r.roundTableId))}>{r.roundTableTitle}</a></span>
                    ) : null}
                    {r.description ? <span className="cell-sub">{r.description}</span> : null}
                  </th>
                  <td className="kern-table__cell">{r.ownerName || '–'}</td>
                  <td className="kern-table__cell">
                    {formatDate(r.dueDate) || '–'}
                    {state ? <span className={`kern-badge kern-badge--small due-badge kern-badge--${r.overdue ? 'danger' : 'warning'}`}>{state}</span> : null}
                    {r.completedOn ? <span className="cell-sub">erledigt am {formatDate(r.completedOn)}</span> : null}
                  </td>
                  <td className="kern-table__cell"><AgreementStatusSelect row={r} /></td>
                  <td className="kern-table__cell kern-table__cell--action">
                    <AgreementRowActions id={r.id} title={r.title} onEdit={() => setEditing(r)} onNotes={() => setNotesOf(r)}
                      onDelete={onDeleted ? () => setDeleting(r) : undefined} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editing ? (
        <AgreementDialog agreement={editing} onClose={() => setEditing(undefined)}
          onSaved={(message) => { onNotice(message); setEditing(undefined); }} />
      ) : null}
      {notesOf ? <TaskNotesDialog taskId={notesOf.id} title={notesOf.title} onClose={() => setNotesOf(undefined)} /> : null}
      {deleting && onDeleted ? (
        <DeleteRecordDialog title="Vereinbarung löschen" theOne="die Vereinbarung" onClose={() => setDeleting(undefined)}
          deletion={{ entity: 'action_items', entityId: deleting.id, name: deleting.title }}
          remove={() => api.send('tasks.delete', { id: deleting.id })} onDeleted={onDeleted} />
      ) : null}
    </>
  );
}
