import { useState } from 'react';
import type { InputOf } from '../../../db/api/contract';
import { api } from '../../api/client';
import { dataChanged } from '../../api/changes';
import type { FieldsOf } from '../../components/form/fieldSpec';
import { FormDialog } from '../../components/form/FormDialog';

type Input = InputOf<'committees.create'>;

const FIELDS = [
  { name: 'name', label: 'Name', kind: 'text', required: true, maxLength: 200, wide: true, hint: 'z. B. Lenkungsgruppe KI/KIM' },
  { name: 'shortName', label: 'Kurzname', kind: 'text', maxLength: 40, hint: 'Für Beschlussnummern, z. B. LG' },
  { name: 'startDate', label: 'Beginn', kind: 'date' },
  { name: 'mandate', label: 'Auftrag', kind: 'textarea' },
] as const satisfies FieldsOf<Input>;

/** Sets up the steering group of an office that starts without demo data. */
export function NewSteeringGroupButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="kern-btn kern-btn--primary" onClick={() => setOpen(true)}>
        <span className="kern-icon kern-icon--add" aria-hidden="true" />
        <span className="kern-label">Lenkungsgruppe anlegen</span>
      </button>
      {open ? (
        <FormDialog title="Lenkungsgruppe anlegen" fields={FIELDS} submitLabel="Anlegen"
          save={(input) => api.send('committees.create', { ...(input as Omit<Input, 'kind' | 'status'>), kind: 'STEERING_GROUP', status: 'ACTIVE' })}
          onSaved={() => { dataChanged(); setOpen(false); }} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
