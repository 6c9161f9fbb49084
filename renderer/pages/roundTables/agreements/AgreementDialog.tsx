import { useMemo } from 'react';
import type { InputOf } from '../../../../db/api/contract';
import { api } from '../../../api/client';
import { dataChanged } from '../../../api/changes';
import { useEnums } from '../../../api/enums';
import { useApiData } from '../../../api/useApiData';
import { FormDialog } from '../../../components/form/FormDialog';
import { taskFields, type TaskFormInput } from '../../followUp/taskFields';
import { agreementUpdate, AGREEMENT_STATUSES, type AgreementRow } from './agreementInput';

const KEEP = ['title', 'ownerOrganisationId', 'ownerPersonId', 'ownerText', 'dueDate', 'status', 'delayReason', 'description'];

interface AgreementDialogProps {
  /** A new agreement of this round table … */
  roundTableId?: string;
  /** … or an existing one to edit. */
  agreement?: AgreementRow;
  onClose(): void;
  onSaved(message: string): void;
}

/** An outcome of a round table: what, who (organisation, person or free text), until when, how far. It is a task of source "Runder Tisch". */
export function AgreementDialog({ roundTableId, agreement, onClose, onSaved }: AgreementDialogProps) {
  const enums = useEnums();
  const organisations = useApiData('organisations.list').data;
  const persons = useApiData('persons.list').data;
  const fields = useMemo(() => taskFields(enums, organisations, persons)
    .filter((f) => KEEP.includes(f.name))
    .map((f) => {
      if (f.name === 'title') return { ...f, label: 'Vereinbarung' };
      if (f.name === 'status') return { ...f, options: f.options.filter((o) => (AGREEMENT_STATUSES as readonly string[]).includes(o.value) || o.value === agreement?.status) };
      if (f.name === 'delayReason') return { ...f, hint: 'Nötig, wenn eine überfällige Vereinbarung einen neuen Termin bekommt' };
      if (f.name === 'description') return { ...f, label: 'Erläuterung' };
      return f;
    }), [enums, organisations, persons, agreement?.status]);
  return (
    <FormDialog title={agreement ? 'Vereinbarung bearbeiten' : 'Neue Vereinbarung'} fields={fields}
      record={agreement as unknown as Record<string, unknown> | undefined}
      submitLabel={agreement ? 'Speichern' : 'Vereinbarung anlegen'} onClose={onClose}
      save={async (input) => {
        const values = input as Partial<TaskFormInput>;
        if (agreement) {
          await api.send('tasks.update', agreementUpdate(agreement, values));
        } else {
          const create: InputOf<'tasks.create'> = {
            ...values, title: values.title ?? '', source: 'ROUND_TABLE', roundTableId: roundTableId ?? null, decisionId: null, meetingId: null,
            reviewDate: null, evidenceText: null, evidenceDocumentId: null,
          };
          await api.send('tasks.create', create);
        }
      }}
      onSaved={() => {
        dataChanged();
        onSaved(agreement ? 'Die Vereinbarung wurde gespeichert.' : 'Die Vereinbarung wurde angelegt.');
      }} />
  );
}
