import { useRef } from 'react';
import type { InputOf, OutputOf } from '../../../../db/api/contract';
import { api } from '../../../api/client';
import type { FieldsOf } from '../../../components/form/fieldSpec';
import { FormDialog } from '../../../components/form/FormDialog';

export type FundingYearRow = OutputOf<'fundingYears.list'>[number];
type Input = InputOf<'fundingYears.create'>;

const fields = (creating: boolean) => [
  {
    name: 'year', label: 'Förderjahr', kind: 'integer', required: true,
    hint: creating
      ? 'Die Fördersätze werden vom letzten früheren Förderjahr übernommen (sonst die der Richtlinie vom 12.12.2024) und lassen sich danach für dieses Jahr ändern.'
      : undefined,
  },
  { name: 'guidelineVersion', label: 'Richtlinie (Fassung)', kind: 'text', maxLength: 300, wide: true, hint: 'z. B. KIM-Richtlinie vom 12.12.2024' },
  { name: 'grantNoticeDate', label: 'Datum des Zuwendungsbescheids', kind: 'date' },
  { name: 'grantNoticeRef', label: 'Aktenzeichen des Zuwendungsbescheids', kind: 'text', maxLength: 120 },
  {
    name: 'reportDeadline', label: 'Frist für den Sachbericht', kind: 'date',
    hint: creating ? 'Leer lassen: 30.06. des Folgejahres (sechs Monate nach Ende des Förderzeitraums).' : undefined,
  },
  { name: 'notes', label: 'Notizen', kind: 'textarea', maxLength: 5000 },
] satisfies FieldsOf<Input>;

interface YearFormDialogProps {
  /** The year to edit; without one a new funding year is created with these suggestions. */
  row?: FundingYearRow;
  suggestion?: Partial<Input>;
  onSaved(saved: OutputOf<'fundingYears.create'>): void;
  onClose(): void;
}

/** Create or edit a funding year: the grant notice's facts and the deadline of the Sachbericht. */
export function YearFormDialog({ row, suggestion, onSaved, onClose }: YearFormDialogProps) {
  const saved = useRef<OutputOf<'fundingYears.create'>>(undefined);
  const record = row ?? (suggestion ? { ...suggestion } : undefined);
  return (
    <FormDialog
      title={row ? `Förderjahr ${row.year} bearbeiten` : 'Neues Förderjahr'}
      fields={fields(!row)}
      record={record as Record<string, unknown> | undefined}
      submitLabel={row ? 'Speichern' : 'Anlegen'}
      save={async (input) => {
        saved.current = row
          ? await api.send('fundingYears.update', { id: row.id, ...(input as Input) })
          : await api.send('fundingYears.create', input as Input);
      }}
      onSaved={() => { if (saved.current) onSaved(saved.current); }}
      onClose={onClose}
    />
  );
}
