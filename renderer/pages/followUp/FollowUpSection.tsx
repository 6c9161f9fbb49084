import { useMemo, useState } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { ApiFailure } from '../../api/ApiFailure';
import { api } from '../../api/client';
import { enumLabel, useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { useToday } from '../../api/useToday';
import { hrefFor } from '../../app/router';
import { Alert } from '../../components/Alert';
import type { ColumnSpec } from '../../components/dataTable/columnSpec';
import { ReadOnlyList } from '../../components/ReadOnlyList';
import { formatDate, formatLocalDateTime } from '../../format/date';
import { committeeMeetingPath } from '../steering/steeringPaths';
import { dueCellText, dueText } from './dueText';
import { FollowUpFilters, type TaskFilter } from './FollowUpFilters';
import { TaskDialog } from './TaskDialog';
import { TaskNotesDialog } from './TaskNotesDialog';
import { HistoryButton } from '../../components/history/HistoryButton';

type Row = OutputOf<'tasks.list'>[number];
type Task = OutputOf<'tasks.get'>;

/**
 * Beschlusskontrolle: one list of follow-up tasks across meetings and committees, filtered by state, committee and
 * owner. Overdue tasks say so in words ("überfällig seit 12 Tagen"); delays carry their reason.
 */
export function FollowUpSection({ defaultCommitteeId }: { defaultCommitteeId?: string }) {
  const enums = useEnums();
  const today = useToday();
  const [filter, setFilter] = useState<TaskFilter>({ status: 'OPEN_ALL', committeeId: defaultCommitteeId ?? null });
  const { data, error } = useApiData('tasks.list', filter);
  const kinds = useApiData('committees.list').data;
  const [editing, setEditing] = useState<Task>();
  const [notesOf, setNotesOf] = useState<Row>();
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<ApiFailure>();

  const columns = useMemo((): ColumnSpec<Row>[] => {
    const kindOf = (id: string | null) => kinds?.find((c) => c.id === id)?.kind;
    return [
      { id: 'title', header: 'Aufgabe', value: (r) => r.title, width: '13rem' },
      {
        id: 'due', header: 'Fällig', value: (r) => r.dueDate, text: (r) => dueCellText(r, today), width: '9.5rem',
        render: (r) => {
          const state = dueText(r, today);
          return (
            <>
              {formatDate(r.dueDate) || '–'}
              {state ? <span className={`kern-badge kern-badge--small tag kern-badge--${r.overdue ? 'danger' : 'warning'}`}>{state}</span> : null}
            </>
          );
        },
      },
      { id: 'owner', header: 'Verantwortlich', value: (r) => r.ownerName, width: '9rem' },
      { id: 'status', header: 'Status', value: (r) => enumLabel(enums, 'taskStatus', r.status), filter: 'select', width: '6.5rem' },
      { id: 'delay', header: 'Grund der Verzögerung', value: (r) => r.delayReason, width: '9rem' },
      {
        id: 'decision', header: 'Beschluss', value: (r) => r.meetingStartsAt, width: '10.5rem',
        text: (r) => [r.decisionNumber ? `Beschluss ${r.decisionNumber}` : null, r.committeeName, r.meetingStartsAt ? formatLocalDateTime(r.meetingStartsAt).slice(0, 10) : r.roundTableTitle]
          .filter(Boolean).join(', '),
        render: (r) => (
          <>
            {r.decisionNumber ? `Beschluss ${r.decisionNumber}` : enumLabel(enums, 'taskSource', r.source)}
            {r.meetingId ? (
              <span className="cell-sub">
                <a className="kern-link" href={hrefFor(committeeMeetingPath(kindOf(r.committeeId), r.meetingId, 'sitzung'))}>
                  {r.committeeName}, {formatDate(r.meetingStartsAt)}
                </a>
              </span>
            ) : <span className="cell-sub">{r.roundTableTitle ?? ''}</span>}
          </>
        ),
      },
    ];
  }, [enums, today, kinds]);

  const edit = async (row: Row) => {
    setFailure(undefined);
    try {
      setEditing(await api.send('tasks.get', { id: row.id }));
    } catch (e) {
      setFailure(ApiFailure.from(e));
    }
  };

  const actions = (row: Row) => (
    <span className="row-actions">
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Bearbeiten: ${row.title}`} onClick={() => void edit(row)}>
        <span className="kern-icon kern-icon--edit" aria-hidden="true" />
        <span className="kern-sr-only">Bearbeiten: {row.title}</span>
      </button>
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={`Notizen: ${row.title}`} onClick={() => setNotesOf(row)}>
        <span className="kern-icon kern-icon--draft" aria-hidden="true" />
        <span className="kern-sr-only">Notizen: {row.title}</span>
      </button>
      <HistoryButton entity="action_items" entityId={row.id} name={row.title} inRow />
    </span>
  );

  return (
    <section className="page-section" aria-labelledby="follow-up-heading">
      <h3 id="follow-up-heading" className="kern-heading-small">Beschlusskontrolle</h3>
      <p className="kern-body page-intro">
        Alle Aufgaben aus Beschlüssen und Sitzungen, gremienübergreifend. Der Punkt „Stand der Beschlüsse“ der nächsten Sitzung und die
        Sitzungsunterlagen werden aus dieser Liste erzeugt.
      </p>
      <FollowUpFilters filter={filter} onChange={setFilter} />
      <p className="kern-body notice" role="status">{notice}</p>
      {failure ? <Alert variant="danger" title="Nicht möglich" role="alert"><p className="kern-body">{failure.message}</p></Alert> : null}
      <ReadOnlyList label="Aufgaben der Beschlusskontrolle" rows={data} error={error} columns={columns} getRowId={(r) => r.id}
        actions={actions} actionsWidth="10rem" emptyText="Zu dieser Auswahl gibt es keine Aufgaben." />
      {editing ? (
        <TaskDialog title="Aufgabe bearbeiten" task={editing} onClose={() => setEditing(undefined)}
          onSaved={(message) => { setNotice(message); setEditing(undefined); }} />
      ) : null}
      {notesOf ? <TaskNotesDialog taskId={notesOf.id} title={notesOf.title} onClose={() => setNotesOf(undefined)} /> : null}
    </section>
  );
}
