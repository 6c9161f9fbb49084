import type { FieldSpec } from '../../../../components/form/fieldSpec';
import { FormDialog } from '../../../../components/form/FormDialog';
import type { MeetingDetail } from '../MeetingPage';
import type { AttendanceRowData } from './AttendanceRow';
import { seatName } from '../../roster/rosterGroups';

interface TimesDialogProps {
  row: AttendanceRowData;
  agenda: MeetingDetail['agenda'];
  save(change: { arrivedBeforeItemId: string | null; leftAfterItemId: string | null; note: string | null }): Promise<void>;
  onClose(): void;
}

/** Late arrival and early departure by agenda item; they change the quorum of the items in between. */
export function TimesDialog({ row, agenda, save, onClose }: TimesDialogProps) {
  const items = agenda.map((i) => ({ value: i.id, label: `${i.number} ${i.title}` }));
  const fields: FieldSpec[] = [
    { name: 'arrivedBeforeItemId', label: 'Gekommen vor', kind: 'select', options: items, hint: 'Leer lassen: von Beginn an da', wide: true },
    { name: 'leftAfterItemId', label: 'Gegangen nach', kind: 'select', options: items, hint: 'Leer lassen: bis zum Schluss da', wide: true },
    { name: 'note', label: 'Bemerkung', kind: 'text', maxLength: 500, wide: true },
  ];
  return (
    <FormDialog title={`Kommen und Gehen: ${row.personName ?? seatName(row)}`} fields={fields} submitLabel="Speichern"
      record={row as unknown as Record<string, unknown>} onClose={onClose} onSaved={onClose}
      save={(input) => save({
        arrivedBeforeItemId: (input.arrivedBeforeItemId as string) || null,
        leftAfterItemId: (input.leftAfterItemId as string) || null,
        note: (input.note as string) || null,
      })} />
  );
}
