import { useState } from 'react';
import type { OutputOf } from '../../../../../db/api/contract';
import { ApiFailure } from '../../../../api/ApiFailure';
import { api } from '../../../../api/client';
import { dataChanged } from '../../../../api/changes';
import { useApiData } from '../../../../api/useApiData';
import { Alert } from '../../../../components/Alert';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { FormDialog } from '../../../../components/form/FormDialog';
import { TaskDialog } from '../../../followUp/TaskDialog';
import type { MeetingDetail } from '../MeetingPage';
import { DecisionDialog } from './DecisionDialog';
import { ItemRecord, type ItemAction } from './ItemRecord';
import { PreviousMinutesApproval } from './PreviousMinutesApproval';

type Attendance = OutputOf<'attendance.get'>;
type Task = OutputOf<'tasks.get'>;

interface ItemsSectionProps {
  detail: MeetingDetail;
  attendance: Attendance;
  canRecord: boolean;
}

/** Per agenda item: decisions with results, effects and follow-up tasks, or the carry-over with its reason. */
export function ItemsSection({ detail, attendance, canRecord }: ItemsSectionProps) {
  const { data: minutes } = useApiData('minutes.get', { meetingId: detail.meeting.id });
  const [action, setAction] = useState<ItemAction>();
  const [task, setTask] = useState<Task>();
  const [notice, setNotice] = useState('');
  const [failure, setFailure] = useState<ApiFailure>();
  const close = () => { setAction(undefined); setTask(undefined); };
  const done = (message: string) => { setNotice(message); close(); };

  const act = async (next: ItemAction) => {
    setFailure(undefined);
    if (next.kind === 'editTask') {
      try {
        setTask(await api.send('tasks.get', { id: next.task.id }));
      } catch (error) {
        setFailure(ApiFailure.from(error));
        return;
      }
    }
    setAction(next);
  };

  const quorumOf = (itemId: string) => attendance.items.find((q) => q.agendaItemId === itemId);
  const opening = attendance.quorum;
  return (
    <section className="page-section" aria-labelledby="items-heading">
      <h2 id="items-heading" className="kern-heading-medium">Beratung und Beschlüsse</h2>
      {canRecord ? null : (
        <p className="kern-body kern-body--small">
          {detail.meeting.status === 'MINUTES_APPROVED'
            ? 'Das Protokoll ist genehmigt; Beschlüsse und Aufgaben dieser Sitzung sind abgeschlossen.'
            : 'Beschlüsse werden ab dem Sitzungstag erfasst, wenn zur Sitzung eingeladen wurde.'}
        </p>
      )}
      <p className="kern-body notice" role="status">{notice}</p>
      {failure ? <Alert variant="danger" title="Nicht möglich" role="alert"><p className="kern-body">{failure.message}</p></Alert> : null}
      <ol className="item-records">
        {detail.agenda.map((item) => {
          const q = quorumOf(item.id);
          return (
            <ItemRecord key={item.id} item={item} record={minutes?.items.find((i) => i.agendaItemId === item.id)} quorum={q}
              quorumDiffers={q != null && (q.presentVoting !== opening.presentVoting || q.reached !== opening.reached)}
              canRecord={canRecord} onAction={(a) => void act(a)}>
              {item.standingItem === 'APPROVE_MINUTES' && detail.previousMeetingId
                ? <PreviousMinutesApproval detail={detail} previousMeetingId={detail.previousMeetingId} canApprove={canRecord} /> : null}
            </ItemRecord>
          );
        })}
      </ol>
      {action?.kind === 'decide' ? (
        <DecisionDialog detail={detail} item={action.item} quorum={quorumOf(action.item.id)} decision={action.decision} onClose={close} onSaved={done} />
      ) : null}
      {action?.kind === 'addTask' ? (
        <TaskDialog title={`Aufgabe zu Beschluss ${action.decision.number ?? ''}`} decisionId={action.decision.id} onClose={close} onSaved={done} />
      ) : null}
      {action?.kind === 'editTask' && task ? <TaskDialog title="Aufgabe bearbeiten" task={task} onClose={close} onSaved={done} /> : null}
      {action?.kind === 'carry' ? (
        <FormDialog title={`Vertagen: ${action.item.number} ${action.item.title}`} submitLabel="Vertagen" onClose={close}
          fields={[{ name: 'reason', label: 'Grund der Vertagung', kind: 'textarea', required: true, maxLength: 1000,
            hint: 'Erscheint im Protokoll und bei den Vorschlägen für die nächste Sitzung.' }]}
          save={(input) => api.send('agenda.carryOver', { itemId: action.item.id, reason: String(input.reason) })}
          onSaved={() => { dataChanged(); done(`${action.item.number} wurde vertagt; er wird für die nächste Sitzung vorgeschlagen.`); }} />
      ) : null}
      {action?.kind === 'undoCarry' ? (
        <ConfirmDialog title="Vertagung zurücknehmen" confirmLabel="Zurücknehmen" failureTitle="Nicht möglich" onClose={close}
          onConfirm={async () => { await api.send('agenda.undoCarryOver', { itemId: action.item.id }); dataChanged(); setNotice(`Die Vertagung von ${action.item.number} wurde zurückgenommen.`); }}>
          <p className="kern-body">Soll {action.item.number} „{action.item.title}“ wieder als offen gelten?</p>
        </ConfirmDialog>
      ) : null}
      {action?.kind === 'deleteDecision' ? (
        <ConfirmDialog title="Beschluss löschen" confirmLabel="Löschen" failureTitle="Löschen nicht möglich" onClose={close}
          onConfirm={async () => { await api.send('decisions.delete', { id: action.decision.id }); dataChanged(); setNotice(`Beschluss ${action.decision.number ?? ''} wurde gelöscht.`); }}>
          <p className="kern-body">
            Möchten Sie den Beschluss {action.decision.number ?? ''} zu {action.item.number} löschen? Seine Wirkungen werden zurückgenommen,
            soweit das möglich ist.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
