import { useMemo } from 'react';
import type { OutputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { dataChanged } from '../../api/changes';
import { useEnums } from '../../api/enums';
import { useApiData } from '../../api/useApiData';
import { FormDialog } from '../../components/form/FormDialog';
import { taskFields, type TaskFormInput } from './taskFields';

type Task = OutputOf<'tasks.get'>;

interface TaskDialogProps {
  /** A new task for this decision … */
  decisionId?: string;
  /** … or an existing task to edit. */
  task?: Task;
  title: string;
  onClose(): void;
  onSaved(message: string): void;
}

/** Creates a follow-up task for a decision, or edits one; where it came from stays as it was. */
export function TaskDialog({ decisionId, task, title, onClose, onSaved }: TaskDialogProps) {
  const enums = useEnums();
  const organisations = useApiData('organisations.list').data;
  const persons = useApiData('persons.list').data;
  const fields = useMemo(() => taskFields(enums, organisations, persons), [enums, organisations, persons]);
  return (
    <FormDialog title={title} fields={fields} record={task as unknown as Record<string, unknown> | undefined}
      submitLabel={task ? 'Speichern' : 'Aufgabe anlegen'} onClose={onClose}
      save={async (input) => {
        const values = input as TaskFormInput;
        if (task) {
          await api.send('tasks.update', {
            ...values, id: task.id, source: task.source, decisionId: task.decisionId, meetingId: task.meetingId,
            roundTableId: task.roundTableId, evidenceDocumentId: task.evidenceDocumentId,
          });
        } else {
          await api.send('tasks.create', { ...values, source: 'DECISION', decisionId: decisionId ?? null });
        }
      }}
      onSaved={() => {
        dataChanged();
        onSaved(task ? 'Die Aufgabe wurde gespeichert.' : 'Die Aufgabe wurde angelegt.');
      }} />
  );
}
